//! LDIF (RFC 2849) content records, as `ldapsearch` and AD's `ldifde` export them: entries
//! separated by blank lines, `attr: value` or `attr:: base64`, continuation lines starting with
//! a space, comments starting with `#`. Each entry becomes a JSON object: `dn`, then every
//! attribute, a list when it repeats.

use base64::Engine as _;
use serde_json::{Map, Value};

/// The entries of an LDIF text, each with the line it starts on.
pub fn entries(text: &str) -> Result<Vec<(usize, Value)>, Vec<String>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut entry: Option<(usize, Map<String, Value>)> = None;
    for (line, logical) in unfold(text) {
        if logical.is_empty() {
            out.extend(entry.take().map(|(at, fields)| (at, Value::Object(fields))));
            continue;
        }
        let Some((name, value)) = attribute(&logical) else {
            problems.push(format!("line {line}: {logical:?} is not `attribute: value`"));
            continue;
        };
        let value = match value {
            Ok(v) => v,
            Err(why) => {
                problems.push(format!("line {line}: {name}: {why}"));
                continue;
            }
        };
        if entry.is_none() && name.eq_ignore_ascii_case("version") {
            continue;
        }
        let (_, fields) = entry.get_or_insert_with(|| (line, Map::new()));
        if fields.is_empty() && !name.eq_ignore_ascii_case("dn") {
            problems.push(format!("line {line}: an entry starts with {name}, not dn"));
        }
        match fields.get_mut(&name) {
            None => {
                fields.insert(name, Value::String(value));
            }
            Some(Value::Array(items)) => items.push(Value::String(value)),
            Some(single) => *single = Value::Array(vec![single.take(), Value::String(value)]),
        }
    }
    out.extend(entry.map(|(at, fields)| (at, Value::Object(fields))));
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

/// Logical lines (continuations joined, comments dropped), each with its first physical line.
fn unfold(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut in_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix(' ') {
            if !in_comment && let Some((_, last)) = out.last_mut() {
                last.push_str(rest);
            }
            continue;
        }
        in_comment = raw.starts_with('#');
        if !in_comment {
            out.push((i + 1, raw.to_owned()));
        }
    }
    out
}

/// `name: value`, `name:: base64` or `name:< url` (refused: nothing is fetched).
fn attribute(line: &str) -> Option<(String, Result<String, String>)> {
    let (name, rest) = line.split_once(':')?;
    let name = name.split(';').next().unwrap_or(name).trim().to_owned();
    if name.is_empty() {
        return None;
    }
    let value = if let Some(encoded) = rest.strip_prefix(':') {
        base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .map_err(|e| format!("not base64: {e}"))
            .and_then(|bytes| String::from_utf8(bytes).map_err(|_| "base64 of something that is not UTF-8 text".to_owned()))
    } else if rest.starts_with('<') {
        Err("a value by URL is not read".to_owned())
    } else {
        Ok(rest.trim_start().to_owned())
    };
    Some((name, value))
}

/// The value of a DN's first component: `CN=Finance,OU=Groups,DC=x` gives `Finance` (escaped
/// commas kept).
pub fn first_rdn_value(dn: &str) -> String {
    let mut value = String::new();
    let mut chars = dn.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => value.extend(chars.next()),
            ',' => break,
            c => value.push(c),
        }
    }
    value.split_once('=').map_or(value.clone(), |(_, v)| v.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_with_folding_base64_comments_and_repeats() {
        let text = "version: 1\n\n# a comment\n continued comment\ndn: CN=Ada,OU=People,DC=x\ncn: Ada\ndescription: a long\n  line\nmemberOf: CN=A,DC=x\nmemberOf: CN=B,DC=x\nsn:: TG92ZWxhY2U=\n\ndn: CN=Alan,DC=x\r\ncn: Alan\r\n";
        let entries = entries(text).unwrap();
        assert_eq!(entries.len(), 2);
        let (line, ada) = &entries[0];
        assert_eq!(*line, 5);
        assert_eq!(ada["description"], "a long line");
        assert_eq!(ada["memberOf"], serde_json::json!(["CN=A,DC=x", "CN=B,DC=x"]));
        assert_eq!(ada["sn"], "Lovelace");
        assert_eq!(entries[1].1["cn"], "Alan");
    }

    #[test]
    fn malformed_lines_are_named() {
        let problems = entries("dn: x\nno colon here\nsn:: ***\nphoto:< file:///etc/passwd\n").unwrap_err();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].starts_with("line 2"));
    }

    #[test]
    fn the_first_rdn() {
        assert_eq!(first_rdn_value("CN=Finance\\, EMEA,OU=Groups,DC=x"), "Finance, EMEA");
        assert_eq!(first_rdn_value("Plain"), "Plain");
    }
}
