//! CSV input: a header row, then one user per row.
//!
//! The standard columns are `userName`, `displayName`, `givenName`, `familyName`, `email`,
//! `externalId`, `role`, `active`, `groups` (names separated by `;`); a [`Mapping`] reads any
//! others (see [`super::source`]). UTF-8 with or without a BOM, else Windows-1252; `,`, `;` or
//! tab separators; quoted fields (with `""` escapes and line breaks), CRLF or LF line ends.

pub use super::source::Mapping;
use super::desired::DesiredState;
use super::source::{self, Format};
use crate::error::Result;

/// Parses a CSV export into a desired state (the standard columns unless `mapping` says
/// otherwise); every bad row is reported at once.
pub fn parse(bytes: &[u8], mapping: Option<&Mapping>) -> Result<DesiredState> {
    match mapping {
        Some(m) => source::read(bytes, Format::Csv, m),
        None => source::read(bytes, Format::Csv, &Mapping::preset("standard")?),
    }
}

/// Splits CSV text into records, each with the line number it starts on.
pub(crate) fn records(text: &str, separator: char) -> std::result::Result<Vec<(usize, Vec<String>)>, String> {
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
            (false, c) if c == separator => fields.push(std::mem::take(&mut field)),
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
