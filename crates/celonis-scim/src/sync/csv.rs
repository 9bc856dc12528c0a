//! CSV input: a header row, then one user per row.
//!
//! Columns: `userName`, `displayName`, `givenName`, `familyName`, `email`, `externalId`,
//! `role`, `active`, `groups` (names separated by `;`). A mapping file (JSON, `{"userName":
//! "Login", "email": "Mail"}`) names other columns. UTF-8 with or without a BOM, quoted
//! fields (with `""` escapes and line breaks), CRLF or LF line ends.

use std::collections::HashMap;

use super::desired::{DesiredState, DesiredUser, input_error};
use crate::error::Result;

/// The columns the input may have.
pub const COLUMNS: [&str; 9] = ["userName", "displayName", "givenName", "familyName", "email", "externalId", "role", "active", "groups"];

/// Column names of the file, per known column.
#[derive(Debug, Clone, Default)]
pub struct Mapping {
    names: HashMap<String, String>,
}

impl Mapping {
    /// Reads a mapping from JSON: `{"userName": "Login", ...}`; unknown keys are refused.
    pub fn from_json(text: &str) -> Result<Self> {
        let names: HashMap<String, String> =
            serde_json::from_str(text).map_err(|e| input_error(vec![format!("the mapping is not a JSON object of column names: {e}")]))?;
        if let Some(bad) = names.keys().find(|k| !COLUMNS.contains(&k.as_str())) {
            return Err(input_error(vec![format!("the mapping names {bad:?}, which is not one of {}", COLUMNS.join(", "))]));
        }
        Ok(Mapping { names })
    }

    fn column<'a>(&'a self, known: &'a str) -> &'a str {
        self.names.get(known).map_or(known, String::as_str)
    }
}

/// Parses a CSV export into a desired state; every bad row is reported at once.
pub fn parse(bytes: &[u8], mapping: Option<&Mapping>) -> Result<DesiredState> {
    let text = std::str::from_utf8(bytes).map_err(|e| input_error(vec![format!("the file is not UTF-8 (byte {})", e.valid_up_to())]))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rows = records(text).map_err(|m| input_error(vec![m]))?;
    let Some((_, header)) = rows.first() else {
        return Err(input_error(vec!["the file is empty: a header row is needed".into()]));
    };
    let default = Mapping::default();
    let mapping = mapping.unwrap_or(&default);
    let index: HashMap<&str, usize> = COLUMNS
        .iter()
        .filter_map(|c| {
            let want = mapping.column(c);
            header.iter().position(|h| h.trim().eq_ignore_ascii_case(want)).map(|i| (*c, i))
        })
        .collect();
    if !index.contains_key("userName") {
        return Err(input_error(vec![format!("line 1: no {:?} column in the header", mapping.column("userName"))]));
    }
    let mut problems = Vec::new();
    let mut users = Vec::new();
    for (line, row) in rows.iter().skip(1) {
        if row.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if row.len() != header.len() {
            problems.push(format!("line {line}: {} fields, the header has {}", row.len(), header.len()));
            continue;
        }
        let get = |c: &str| index.get(c).map(|i| row[*i].trim()).filter(|v| !v.is_empty()).map(str::to_owned);
        let active = match get("active").map(|a| a.to_ascii_lowercase()) {
            None => None,
            Some(a) if ["true", "yes", "1", "y"].contains(&a.as_str()) => Some(true),
            Some(a) if ["false", "no", "0", "n"].contains(&a.as_str()) => Some(false),
            Some(a) => {
                problems.push(format!("line {line}: active {a:?} is not true or false"));
                continue;
            }
        };
        users.push(DesiredUser {
            user_name: get("userName").unwrap_or_default(),
            display_name: get("displayName"),
            given_name: get("givenName"),
            family_name: get("familyName"),
            emails: get("email").map(|e| e.split(';').map(str::trim).filter(|e| !e.is_empty()).map(str::to_owned).collect()).unwrap_or_default(),
            external_id: get("externalId"),
            active,
            role: get("role").map(|r| r.to_ascii_uppercase()),
            groups: get("groups").map(|g| g.split(';').map(str::trim).filter(|g| !g.is_empty()).map(str::to_owned).collect()).unwrap_or_default(),
            source: Some(format!("line {line}")),
        });
    }
    if problems.is_empty() { Ok(DesiredState { users, groups: Vec::new(), complete: false }) } else { Err(input_error(problems)) }
}

/// Splits CSV text into records, each with the line number it starts on.
fn records(text: &str) -> std::result::Result<Vec<(usize, Vec<String>)>, String> {
    let mut out = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut start = 1;
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                fields.push(std::mem::take(&mut field));
                out.push((start, std::mem::take(&mut fields)));
                line += 1;
                start = line;
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err(format!("line {start}: a quoted field is not closed"));
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        out.push((start, fields));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_crlf_and_bom() {
        let text = "\u{feff}userName,displayName,groups\r\n\"a@x\",\"Doe, Jane\",\"G1; G2\"\r\nb@x,\"Say \"\"hi\"\"\nthere\",\r\n";
        let state = parse(text.as_bytes(), None).unwrap();
        assert_eq!(state.users.len(), 2);
        assert_eq!(state.users[0].display_name.as_deref(), Some("Doe, Jane"));
        assert_eq!(state.users[0].groups, ["G1", "G2"]);
        assert_eq!(state.users[1].display_name.as_deref(), Some("Say \"hi\"\nthere"));
        assert_eq!(state.users[1].source.as_deref(), Some("line 3"));
    }

    #[test]
    fn mapping_renames_columns() {
        let m = Mapping::from_json(r#"{"userName": "Login", "email": "Mail"}"#).unwrap();
        let state = parse(b"Login,Mail\nada,ada@x\n", Some(&m)).unwrap();
        assert_eq!(state.users[0].user_name, "ada");
        assert_eq!(state.users[0].emails, ["ada@x"]);
        assert!(Mapping::from_json(r#"{"nope": "x"}"#).is_err());
    }

    #[test]
    fn bad_rows_are_all_reported() {
        let err = parse(b"userName,active\na,maybe\nb\n\"c,true\n", None).unwrap_err();
        let detail = err.detail.unwrap();
        assert!(detail.contains("line 4"), "{detail}");
        let err = parse(b"userName,active\na,maybe\nb\n", None).unwrap_err();
        let detail = err.detail.unwrap();
        assert!(detail.contains("line 2") && detail.contains("line 3"), "{detail}");
        assert!(parse(b"name\nx\n", None).is_err());
    }
}
