//! Finding values in a record: a column name, or a path into JSON.
//!
//! A path is keys separated by dots, each optionally followed by a selector: `name.givenName`,
//! `emails[].value` (every element), `emails[0].value` (one), `emails[type=work].value` (the
//! elements whose `type` is `work`, case-insensitive). A record's own key wins over a path, so
//! a CSV column may be called `name.givenName` (as GAM's are). Keys match case-insensitively
//! when no key matches exactly.

use serde_json::Value;

/// Every value `path` reaches in `record`, as text (numbers and booleans written out; null and
/// objects give nothing; arrays give each of their elements).
pub fn values(record: &Value, path: &str) -> Vec<String> {
    let mut out = Vec::new();
    match key(record, path) {
        Some(v) => flatten(v, &mut out),
        None => walk(record, &path.split('.').collect::<Vec<_>>(), &mut out),
    }
    out
}

/// Whether `path` is well-formed (a mapping is checked before any record is read).
pub fn check(path: &str) -> Result<(), String> {
    for segment in path.split('.') {
        let (name, selector) = split(segment).ok_or_else(|| format!("{path:?}: {segment:?} has an unclosed ["))?;
        if name.is_empty() {
            return Err(format!("{path:?}: an empty key"));
        }
        if let Some(s) = selector
            && !(s.is_empty() || s.parse::<usize>().is_ok() || s.split_once('=').is_some_and(|(k, _)| !k.is_empty()))
        {
            return Err(format!("{path:?}: [{s}] is not [], [N] or [key=value]"));
        }
    }
    Ok(())
}

fn key<'a>(record: &'a Value, name: &str) -> Option<&'a Value> {
    let object = record.as_object()?;
    object.get(name).or_else(|| object.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v))
}

fn split(segment: &str) -> Option<(&str, Option<&str>)> {
    match segment.split_once('[') {
        None => Some((segment, None)),
        Some((name, rest)) => rest.strip_suffix(']').map(|s| (name, Some(s))),
    }
}

fn walk(value: &Value, segments: &[&str], out: &mut Vec<String>) {
    let Some((first, rest)) = segments.split_first() else {
        return flatten(value, out);
    };
    let Some((name, selector)) = split(first) else { return };
    let Some(found) = key(value, name) else { return };
    match selector {
        None => walk(found, rest, out),
        Some(selector) => {
            let elements: Vec<&Value> = match found {
                Value::Array(items) => items.iter().collect(),
                other => vec![other],
            };
            for (i, element) in elements.into_iter().enumerate() {
                if selects(selector, i, element) {
                    walk(element, rest, out);
                }
            }
        }
    }
}

fn selects(selector: &str, index: usize, element: &Value) -> bool {
    if selector.is_empty() {
        return true;
    }
    if let Ok(n) = selector.parse::<usize>() {
        return n == index;
    }
    let Some((k, want)) = selector.split_once('=') else { return false };
    let mut got = Vec::new();
    if let Some(v) = key(element, k) {
        flatten(v, &mut got);
    }
    got.iter().any(|g| g.eq_ignore_ascii_case(want))
}

fn flatten(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Number(n) => out.push(n.to_string()),
        Value::Bool(b) => out.push(b.to_string()),
        Value::Array(items) => items.iter().for_each(|v| flatten(v, out)),
        Value::Null | Value::Object(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_paths_and_selectors() {
        let user = json!({
            "name.givenName": "Flat", "Name": {"givenName": "Ada"}, "active": true, "n": 7,
            "emails": [{"type": "home", "address": "a@home"}, {"type": "work", "address": "a@work"}]
        });
        assert_eq!(values(&user, "name.givenName"), ["Flat"]);
        assert_eq!(values(&user, "NAME.GIVENNAME"), ["Flat"]);
        assert_eq!(values(&json!({"Name": {"givenName": "Ada"}}), "name.givenName"), ["Ada"]);
        assert_eq!(values(&user, "emails[].address"), ["a@home", "a@work"]);
        assert_eq!(values(&user, "emails[1].address"), ["a@work"]);
        assert_eq!(values(&user, "emails[type=WORK].address"), ["a@work"]);
        assert_eq!(values(&user, "active"), ["true"]);
        assert_eq!(values(&user, "n"), ["7"]);
        assert!(values(&user, "missing.path").is_empty());
    }

    #[test]
    fn malformed_paths_are_named() {
        assert!(check("emails[].value").is_ok() && check("a[type=work].b").is_ok() && check("a[2]").is_ok());
        assert!(check("a[").is_err() && check("a..b").is_err() && check("a[x]").is_err());
    }
}
