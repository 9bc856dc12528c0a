//! `setLogger(callback, level)`: the client's log records, handed to a JS function on the
//! event loop (never blocking the calls that log), through the core's bridge, which forwards
//! the client's own records only.

use celonis_scim::http::exchange_log::{fields_of, forward_to};
use log::Level;
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
    /// The record's fields: `method`, `path`, `status`, `duration_ms`, `attempt`,
    /// `support_id` for an exchange; `run`, `operations`, `done`, `failed` for an apply.
    #[napi(ts_type = "Record<string, string | number | boolean>")]
    pub fields: serde_json::Value,
}

/// The JS function records go to; weak, so that a logger never keeps the process alive.
type LogCallback = ThreadsafeFunction<LogRecord, Unknown<'static>, LogRecord, Status, false, true>;

/// Sends the client's log records to `callback` (`null` stops), up to `level` ('error',
/// 'warn', 'info', 'debug' — each exchange — or 'trace' — bodies too; default 'debug').
#[napi(ts_args_type = "callback: ((record: LogRecord) => void) | null, level?: 'error' | 'warn' | 'info' | 'debug' | 'trace'")]
pub fn set_logger(env: Env, callback: Option<LogCallback>, level: Option<String>) -> Result<()> {
    let name = level.as_deref().unwrap_or("debug");
    let max = name.parse::<Level>().map(|l| l.to_level_filter()).map_err(|_| {
        crate::errors::to_js(&env, &celonis_scim::Error::config(format!("level {name:?} is not error, warn, info, debug or trace")))
    })?;
    let sink = callback.map(|callback| -> celonis_scim::http::exchange_log::Sink {
        Box::new(move |record| {
            let entry = LogRecord { level: record.level().as_str().to_lowercase(), target: record.target().to_owned(), message: record.args().to_string(), fields: serde_json::Value::Object(fields_of(record)) };
            callback.call(entry, ThreadsafeFunctionCallMode::NonBlocking);
        })
    });
    forward_to(sink, max);
    Ok(())
}
