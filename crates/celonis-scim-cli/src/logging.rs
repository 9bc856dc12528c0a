//! `-v` / `-vv`: the client's log records on stderr, as text or JSON lines. Only the client's
//! own records (`celonis_scim...`): its dependencies' trace output shows raw bytes, tokens
//! included.

use std::io::Write;

use celonis_scim::http::exchange_log::is_ours;

use crate::args::LogFormat;

struct StderrLog {
    format: LogFormat,
    level: log::LevelFilter,
}

impl log::Log for StderrLog {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= self.level && is_ours(metadata.target())
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let time = celonis_scim::clock::now_rfc3339_millis();
        let line = match self.format {
            LogFormat::Text => format!("{time} {:<5} {}", record.level(), record.args()),
            LogFormat::Json => serde_json::json!({
                "time": time,
                "level": record.level().as_str().to_lowercase(),
                "target": record.target(),
                "message": record.args().to_string(),
            })
            .to_string(),
        };
        // A log line that cannot be written is dropped: logging never fails the command.
        let _ = writeln!(std::io::stderr().lock(), "{line}");
    }

    fn flush(&self) {}
}

/// Installs the stderr log for `verbose` (0 none, 1 debug, 2 or more trace).
pub fn install(verbose: u8, format: LogFormat) {
    let level = match verbose {
        0 => return,
        1 => log::LevelFilter::Debug,
        _ => log::LevelFilter::Trace,
    };
    if log::set_boxed_logger(Box::new(StderrLog { format, level })).is_ok() {
        log::set_max_level(level);
    }
}
