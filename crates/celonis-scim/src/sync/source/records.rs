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
    /// Fields holding binary data that is not text (LDIF), which a mapping cannot read.
    pub binary: Vec<String>,
}

impl Record {
    /// A record of text fields only.
    pub fn new(at: String, fields: Value) -> Self {
        Record { at, fields, binary: Vec::new() }
    }
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
            Ok((entries.into_iter().map(|e| Record { at: format!("line {}", e.line), fields: e.fields, binary: e.binary }).collect(), Vec::new()))
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
    let embeds = mapping.json_column.as_ref().is_some_and(|c| header.iter().any(|h| h.eq_ignore_ascii_case(c)));
    if let Some(missing) = missing_user_name(mapping, &header).filter(|_| !embeds) {
        return Err(vec![missing]);
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
        let mut fields: Map<String, Value> = header.iter().cloned().zip(row.iter().map(|v| Value::String(v.clone()))).collect();
        if let Some(column) = &mapping.json_column {
            match embedded(&mut fields, column) {
                Ok(()) => {}
                Err(why) => {
                    problems.push(format!("line {line}: {why}"));
                    continue;
                }
            }
        }
        records.push(Record::new(format!("line {line}"), Value::Object(fields)));
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
                Some(Record::new(at, item.clone()))
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

/// A CSV row whose `column` holds the record as a JSON object (GAM's `formatjson`): its keys
/// join the row's other columns (the object's win), the column itself leaves. A row without
/// the column, or with it empty, stays as it is.
fn embedded(fields: &mut Map<String, Value>, column: &str) -> Result<(), String> {
    let Some(name) = fields.keys().find(|k| k.eq_ignore_ascii_case(column)).cloned() else {
        return Ok(());
    };
    let Some(Value::String(text)) = fields.remove(&name) else {
        return Ok(());
    };
    if text.trim().is_empty() {
        return Ok(());
    }
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(object)) => {
            fields.extend(object);
            Ok(())
        }
        Ok(_) => Err(format!("the {name:?} column is not a JSON object")),
        Err(e) => Err(format!("the {name:?} column is not JSON: {e}")),
    }
}

/// The keys the records have, in the order first seen (what an error shows of the export).
pub(super) fn keys(records: &[Record]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in records {
        for k in r.fields.as_object().into_iter().flat_map(|o| o.keys()).chain(&r.binary) {
            if !out.iter().any(|o| o == k) {
                out.push(k.clone());
            }
        }
    }
    out
}

/// The error when the export has none of the fields the userName rule reads (only for a
/// rule that reads nothing but fields): what it looked for, and the fields the export has.
pub(super) fn missing_user_name(mapping: &Mapping, keys: &[String]) -> Option<String> {
    let rule = mapping.user_name.as_ref()?;
    if rule.template.is_some() || rule.default.is_some() || !rule.cases.is_empty() {
        return None;
    }
    let top = |f: &String| f.split(['.', '[']).next().unwrap_or(f).to_owned();
    if rule.from.iter().any(|f| keys.iter().any(|k| k.eq_ignore_ascii_case(f) || k.eq_ignore_ascii_case(&top(f)))) {
        return None;
    }
    let wanted: Vec<String> = rule.from.iter().map(|f| format!("{f:?}")).collect();
    let mut has: Vec<String> = keys.iter().take(40).map(|h| format!("{h:?}")).collect();
    if keys.len() > 40 {
        has.push(format!("and {} more", keys.len() - 40));
    }
    Some(format!("no userName field in the export (looked for {}; it has {})", wanted.join(", "), has.join(", ")))
}
