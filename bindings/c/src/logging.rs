//! `cscim_set_log_callback`: the client's log records, handed to a C function through the
//! core's bridge, which forwards the client's own records only.

use std::ffi::{c_char, c_void};

use celonis_scim::http::exchange_log::forward_to;
use log::LevelFilter;

use crate::error::cscim_error;
use crate::guard::{Failure, guard, owned_text};
use crate::status::cscim_status;
use crate::sync::UserData;

/// How much a log record matters; a callback gets the records up to the level it asked for.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum cscim_log_level {
    /// Nothing is logged.
    CSCIM_LOG_OFF = 0,
    /// Errors.
    CSCIM_LOG_ERROR = 1,
    /// Warnings.
    CSCIM_LOG_WARN = 2,
    /// Retries and their waits.
    CSCIM_LOG_INFO = 3,
    /// Every exchange: method, path, status, duration, attempt, support id.
    CSCIM_LOG_DEBUG = 4,
    /// Request and answer bodies too (never those of the OAuth token exchange).
    CSCIM_LOG_TRACE = 5,
}

/// A log function: the level, where the record comes from (`celonis_scim::http`) and what
/// happened. Called synchronously on the thread that logs (any thread, possibly several at
/// once); `target` and `message` are owned by the library and valid only during the call.
pub type cscim_log_fn = Option<unsafe extern "C" fn(level: cscim_log_level, target: *const c_char, message: *const c_char, user_data: *mut c_void)>;

fn c_level(level: log::Level) -> cscim_log_level {
    match level {
        log::Level::Error => cscim_log_level::CSCIM_LOG_ERROR,
        log::Level::Warn => cscim_log_level::CSCIM_LOG_WARN,
        log::Level::Info => cscim_log_level::CSCIM_LOG_INFO,
        log::Level::Debug => cscim_log_level::CSCIM_LOG_DEBUG,
        log::Level::Trace => cscim_log_level::CSCIM_LOG_TRACE,
    }
}

/// Sends the client's log records up to `max_level` (a `cscim_log_level`) to `callback`
/// (NULL, or CSCIM_LOG_OFF, stops). Process-wide: the last call wins. Records of calls
/// already running may still reach the previous callback while this one switches. A
/// `max_level` that is not a `cscim_log_level` is CSCIM_INVALID_ARGUMENT.
///
/// # Safety
/// `callback` is NULL or safe to call from any thread with `user_data`; `out_error` is NULL or
/// points to storage for a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_set_log_callback(callback: cscim_log_fn, user_data: *mut c_void, max_level: i32, out_error: *mut *mut cscim_error) -> cscim_status {
    let set = move || {
        // An integer, not the enum: a C caller can pass any value, and a Rust enum must not
        // hold one it does not name.
        let max = match max_level {
            0 => LevelFilter::Off,
            1 => LevelFilter::Error,
            2 => LevelFilter::Warn,
            3 => LevelFilter::Info,
            4 => LevelFilter::Debug,
            5 => LevelFilter::Trace,
            other => return Err(Failure::Argument(format!("max_level {other} is not a cscim_log_level"))),
        };
        let data = UserData(user_data);
        let sink = callback.map(|f| -> celonis_scim::http::exchange_log::Sink {
            Box::new(move |record| {
                let target = owned_text(record.target());
                let message = owned_text(&record.args().to_string());
                // SAFETY: the caller promised a function safe to call from any thread with
                // `user_data`; both strings live until the call returns.
                unsafe { f(c_level(record.level()), target.as_ptr(), message.as_ptr(), data.get()) };
            })
        });
        forward_to(sink, max);
        Ok(())
    };
    // SAFETY: `out_error` is passed on under the caller's promise.
    unsafe { guard(out_error, set) }
}
