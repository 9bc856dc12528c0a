//! `setLogger(callback, level)`: the client's log records, handed to a JS function on the
//! event loop (never blocking the calls that log). Only the client's own records are
//! forwarded: its dependencies' trace output shows raw bytes, tokens included.

use std::sync::{Once, RwLock};

use celonis_scim::http::exchange_log::is_ours;
use log::{Level, LevelFilter};
use napi::bindgen_prelude::*;
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi_derive::napi;

/// One log record.
#[napi(object)]
pub struct LogRecord {
    /// `error`, `warn`, `info`, `debug` or `trace`.
    pub level: String,
    /// Where it comes from (`celonis_scim::http` for exchanges).
    pub target: String,
    /// What happened.
    pub message: String,
}

/// The JS function records go to; weak, so that a logger never keeps the process alive.
type LogCallback = ThreadsafeFunction<LogRecord, Unknown<'static>, LogRecord, Status, false, true>;

/// The current callback and the most detailed level it wants.
static SINK: RwLock<Option<(LogCallback, LevelFilter)>> = RwLock::new(None);

struct JsLog;

impl log::Log for JsLog {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        is_ours(metadata.target()) && SINK.read().is_ok_and(|s| s.as_ref().is_some_and(|(_, max)| metadata.level() <= *max))
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        if let Ok(sink) = SINK.read()
            && let Some((callback, _)) = sink.as_ref()
        {
            let entry = LogRecord { level: record.level().as_str().to_lowercase(), target: record.target().to_owned(), message: record.args().to_string() };
            callback.call(entry, ThreadsafeFunctionCallMode::NonBlocking);
        }
    }

    fn flush(&self) {}
}

static LOGGER: JsLog = JsLog;

/// Sends the client's log records to `callback` (`null` stops), up to `level` ('error',
/// 'warn', 'info', 'debug' — each exchange — or 'trace' — bodies too; default 'debug').
#[napi(ts_args_type = "callback: ((record: LogRecord) => void) | null, level?: 'error' | 'warn' | 'info' | 'debug' | 'trace'")]
pub fn set_logger(env: Env, callback: Option<LogCallback>, level: Option<String>) -> Result<()> {
    let name = level.as_deref().unwrap_or("debug");
    let max = name.parse::<Level>().map(|l| l.to_level_filter()).map_err(|_| {
        crate::errors::to_js(&env, &celonis_scim::Error::config(format!("level {name:?} is not error, warn, info, debug or trace")))
    })?;
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let _ = log::set_logger(&LOGGER);
    });
    let mut sink = SINK.write().map_err(|_| Error::from_reason("the logger lock is poisoned"))?;
    *sink = callback.map(|c| (c, max));
    log::set_max_level(if sink.is_some() { max } else { LevelFilter::Off });
    Ok(())
}
