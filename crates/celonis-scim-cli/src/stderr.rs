//! Everything the command writes to stderr, in one format: text as people read it, or (with
//! `--log-format json`) one JSON object a line for a log shipper: `ts`, `level`, `target`,
//! `message` and the record's own fields (a progress record's `phase`, `done` and `total`, an
//! error's `code`, ...). Progress, warnings, notes, errors and the client's log records all
//! come through here.

use std::io::Write;
use std::sync::OnceLock;

use serde_json::{Map, Value, json};

use crate::args::LogFormat;

static FORMAT: OnceLock<LogFormat> = OnceLock::new();

/// The target of the command's own records (the client's are `celonis_scim::...`).
pub const TARGET: &str = "celonis_scim::cli";

/// Sets the format for the rest of the run (the first call wins).
pub fn set_format(format: LogFormat) {
    let _ = FORMAT.set(format);
}

/// Whether stderr carries JSON lines.
pub fn is_json() -> bool {
    FORMAT.get() == Some(&LogFormat::Json)
}

/// One record as a JSON line: `ts`, `level`, `target`, `message`, then `fields`.
pub fn json_line(level: &str, target: &str, message: &str, fields: Value) -> String {
    let mut record = Map::new();
    record.insert("ts".into(), json!(celonis_scim::clock::now_rfc3339_millis()));
    record.insert("level".into(), json!(level));
    record.insert("target".into(), json!(target));
    record.insert("message".into(), json!(message));
    if let Value::Object(extra) = fields {
        record.extend(extra);
    }
    Value::Object(record).to_string()
}

/// Writes one record of the command: `text` as it is in text format, a JSON line otherwise.
/// A line that cannot be written is dropped: stderr never fails the command.
pub fn say(level: &str, text: &str, fields: Value) {
    let line = if is_json() { json_line(level, TARGET, text.trim(), fields) } else { text.to_owned() };
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_line_has_the_record_and_its_fields() {
        let line: Value = serde_json::from_str(&json_line("info", TARGET, "m", json!({"phase": "p", "done": 1}))).unwrap();
        assert_eq!((line["level"].as_str(), line["target"].as_str(), line["message"].as_str()), (Some("info"), Some(TARGET), Some("m")));
        assert_eq!((line["phase"].as_str(), line["done"].as_u64()), (Some("p"), Some(1)));
        assert!(line["ts"].as_str().is_some_and(|t| t.ends_with('Z')));
    }
}
