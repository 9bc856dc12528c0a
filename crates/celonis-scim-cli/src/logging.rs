//! `-v` / `-vv`: the client's log records on stderr, as text or JSON lines (through the
//! core's bridge, which forwards the client's own records only). A JSON line carries the
//! record's fields as keys of their own: `method`, `path`, `status`, `duration_ms`,
//! `attempt`, `support_id` for an exchange, `run` for an apply.

use std::io::Write;

use celonis_scim::http::exchange_log::{fields_of, forward_to};

use crate::args::LogFormat;

/// One record as a line of `format`.
fn line(format: LogFormat, record: &log::Record<'_>) -> String {
    let time = celonis_scim::clock::now_rfc3339_millis();
    match format {
        LogFormat::Text => format!("{time} {:<5} {}", record.level(), record.args()),
        LogFormat::Json => crate::stderr::json_line(&record.level().as_str().to_lowercase(), record.target(), &record.args().to_string(), serde_json::Value::Object(fields_of(record))),
    }
}

/// Logs to stderr for `verbose` (0 none, 1 debug, 2 or more trace).
pub fn install(verbose: u8, format: LogFormat) {
    let level = match verbose {
        0 => return,
        1 => log::LevelFilter::Debug,
        _ => log::LevelFilter::Trace,
    };
    // A log line that cannot be written is dropped: logging never fails the command.
    forward_to(Some(Box::new(move |record| drop(writeln!(std::io::stderr().lock(), "{}", line(format, record))))), level);
}
