//! An export's records, whatever its kind: each a JSON object with where it came from.

use serde_json::{Map, Value};

use super::mapping::{Format, Mapping};
use super::{ldif, path, text};
use crate::sync::csv;

/// One record of an export.
pub(super) struct Record {
    /// Where it is, for messages: `line 7`, `users[3]`.
    pub at: String,
    /// Its fields: column names (CSV), the JSON object, or LDIF attributes.
    pub fields: Value,
}

/// The records of `bytes` with the problems of single records (bad rows), or, when the whole
/// export is unreadable, every problem found.
pub(super) fn read(bytes: &[u8], format: Format, mapping: &Mapping) -> Result<(Vec<Record>, Vec<String>), Vec<String>> {
    let text = text::decode(bytes);
    match format {
        Format::Csv => from_csv(&text, mapping),
        Format::Json => from_json(&text, mapping.records.as_deref()),
        Format::Ldif => {
            let entries = ldif::entries(&text)?;
            Ok((entries.into_iter().map(|(line, fields)| Record { at: format!("line {line}"), fields }).collect(), Vec::new()))
        }
    }
}

fn from_csv(text: &str, mapping: &Mapping) -> Result<(Vec<Record>, Vec<String>), Vec<String>> {
    let separator = mapping.separator.unwrap_or_else(|| text::csv_separator(text));
    let rows = csv::records(text, separator).map_err(|m| vec![m])?;
    let Some((_, header)) = rows.first() else {
        return Err(vec!["the file is empty: a header row is needed".into()]);
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_owned()).collect();
    if let Some(rule) = &mapping.user_name
        && rule.template.is_none()
        && rule.default.is_none()
        && rule.cases.is_empty()
        && !rule.from.iter().any(|f| header.iter().any(|h| h.eq_ignore_ascii_case(f)))
    {
        let wanted: Vec<String> = rule.from.iter().map(|f| format!("{f:?}")).collect();
        let has: Vec<String> = header.iter().map(|h| format!("{h:?}")).collect();
        return Err(vec![format!("line 1: no userName column in the header (looked for {}; the file has {})", wanted.join(", "), has.join(", "))]);
    }
    let mut problems = Vec::new();
    let mut records = Vec::new();
    for (line, row) in rows.iter().skip(1) {
        if row.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if row.len() != header.len() {
            problems.push(format!("line {line}: {} fields, the header has {}", row.len(), header.len()));
            continue;
        }
        let fields: Map<String, Value> = header.iter().cloned().zip(row.iter().map(|v| Value::String(v.clone()))).collect();
        records.push(Record { at: format!("line {line}"), fields: Value::Object(fields) });
    }
    Ok((records, problems))
}

fn from_json(text: &str, records: Option<&str>) -> Result<(Vec<Record>, Vec<String>), Vec<String>> {
    let document: Value = serde_json::from_str(text).map_err(|e| vec![format!("not JSON: {e}")])?;
    let (name, list) = match records {
        None => ("", &document),
        Some(p) => {
            path::check(p).map_err(|e| vec![format!("records: {e}")])?;
            (p, find(&document, p).ok_or_else(|| vec![format!("no {p:?} in the document: say where the records are with `records`")])?)
        }
    };
    let Value::Array(items) = list else {
        return Err(vec![format!("{} is not an array of records: say where they are with `records`", if name.is_empty() { "the document" } else { name })]);
    };
    let mut problems = Vec::new();
    let records = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let at = format!("{}[{i}]", if name.is_empty() { "records" } else { name });
            if item.is_object() {
                Some(Record { at, fields: item.clone() })
            } else {
                problems.push(format!("{at}: not an object"));
                None
            }
        })
        .collect();
    Ok((records, problems))
}

/// The value at a dotted path of plain keys (where a JSON document keeps its records).
fn find<'a>(document: &'a Value, dotted: &str) -> Option<&'a Value> {
    dotted.split('.').try_fold(document, |v, k| v.as_object()?.get(k))
}
