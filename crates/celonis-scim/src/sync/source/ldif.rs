//! LDIF (RFC 2849) content records, as `ldapsearch` (with or without `-LLL`) and AD's
//! `ldifde` export them: entries separated by blank lines, `attr: value` or `attr:: base64`,
//! continuation lines starting with a space, comments starting with `#`. Each entry becomes a
//! JSON object: `dn`, then every attribute, a list when it repeats.
//!
//! A full export carries binary attributes (`objectGUID`, `objectSid`, `thumbnailPhoto`,
//! certificates). GUIDs and SIDs are written as AD shows them (`1b4e28ba-2fa1-...`,
//! `S-1-5-21-...`); any other value that is not text is kept aside by name, so that reading
//! it is an error only for a mapping that uses it. `ldapsearch`'s own blocks (`search:` and
//! `result:`, referrals) are not entries; a search that ended in error (a size or time limit)
//! makes the export incomplete, which is an error.

use base64::Engine as _;
use serde_json::{Map, Value};

/// One entry of an LDIF export.
#[derive(Debug)]
pub struct Entry {
    /// The line it starts on.
    pub line: usize,
    /// `dn` and its attributes (a list when one repeats).
    pub fields: Value,
    /// The attributes holding binary values that are not text, which no mapping can read.
    pub binary: Vec<String>,
}

/// One attribute value as read.
enum Read {
    Text(String),
    Binary,
}

/// The entries of an LDIF text.
pub fn entries(text: &str) -> Result<Vec<Entry>, Vec<String>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for block in blocks(text) {
        if let Some(entry) = entry(&block, &mut problems) {
            out.push(entry);
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

/// The logical lines of each block (blank lines separate blocks), comments dropped.
fn blocks(text: &str) -> Vec<Vec<(usize, String)>> {
    let mut out: Vec<Vec<(usize, String)>> = vec![Vec::new()];
    for (line, logical) in unfold(text) {
        if logical.is_empty() {
            out.push(Vec::new());
        } else if let Some(block) = out.last_mut() {
            block.push((line, logical));
        }
    }
    out.retain(|b| !b.is_empty());
    out
}

/// One block as an entry; `None` for what is not an entry (`version`, `ldapsearch`'s search
/// results and referrals), a search result that is not success being a problem.
fn entry(block: &[(usize, String)], problems: &mut Vec<String>) -> Option<Entry> {
    let (first_line, first) = block.first()?;
    let first_name = first.split(':').next().unwrap_or("").trim().to_ascii_lowercase();
    match first_name.as_str() {
        "search" | "ref" => {
            result_problem(block).into_iter().for_each(|p| problems.push(p));
            return None;
        }
        "version" if block.len() == 1 => return None,
        _ => {}
    }
    let mut fields = Map::new();
    let mut binary = Vec::new();
    for (i, (line, logical)) in block.iter().enumerate() {
        let Some((name, value)) = attribute(logical) else {
            problems.push(format!("line {line}: {logical:?} is not `attribute: value`"));
            continue;
        };
        if i == 0 && name.eq_ignore_ascii_case("version") {
            continue;
        }
        if fields.is_empty() && binary.is_empty() && !name.eq_ignore_ascii_case("dn") {
            problems.push(format!("line {line}: an entry starts with {name}, not dn"));
        }
        match value {
            Ok(Read::Text(value)) => add(&mut fields, name, value),
            Ok(Read::Binary) => {
                if !binary.iter().any(|b: &String| b.eq_ignore_ascii_case(&name)) {
                    binary.push(name);
                }
            }
            Err(why) => problems.push(format!("line {line}: {name}: {why}")),
        }
    }
    Some(Entry { line: *first_line, fields: Value::Object(fields), binary })
}

/// The problem of an `ldapsearch` result block that is not success: the export is incomplete.
fn result_problem(block: &[(usize, String)]) -> Option<String> {
    let (line, result) = block.iter().find(|(_, l)| l.to_ascii_lowercase().starts_with("result:"))?;
    let said = result.split_once(':').map_or("", |(_, r)| r.trim());
    let code = said.split_whitespace().next().unwrap_or("");
    (code != "0").then(|| format!("line {line}: the search ended with \"result: {said}\", so the export is incomplete (raise the limit or page the search: `ldapsearch -E pr=500/noprompt`)"))
}

fn add(fields: &mut Map<String, Value>, name: String, value: String) {
    match fields.get_mut(&name) {
        None => {
            fields.insert(name, Value::String(value));
        }
        Some(Value::Array(items)) => items.push(Value::String(value)),
        Some(single) => *single = Value::Array(vec![single.take(), Value::String(value)]),
    }
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

/// `name: value`, `name:: base64` or `name:< url` (refused: nothing is fetched). Options
/// after the name (`userCertificate;binary`) are dropped.
fn attribute(line: &str) -> Option<(String, Result<Read, String>)> {
    let (name, rest) = line.split_once(':')?;
    let name = name.split(';').next().unwrap_or(name).trim().to_owned();
    if name.is_empty() {
        return None;
    }
    let value = if let Some(encoded) = rest.strip_prefix(':') {
        base64::engine::general_purpose::STANDARD.decode(encoded.trim()).map_err(|e| format!("not base64: {e}")).map(|bytes| decoded(&name, bytes))
    } else if rest.starts_with('<') {
        Err("a value by URL is not read".to_owned())
    } else {
        Ok(Read::Text(rest.trim_start().to_owned()))
    };
    Some((name, value))
}

/// A base64 value: text when it is text, GUIDs and SIDs as AD writes them, else binary.
fn decoded(name: &str, bytes: Vec<u8>) -> Read {
    let lower = name.to_ascii_lowercase();
    if matches!(lower.as_str(), "objectguid" | "ms-ds-consistencyguid" | "msexchmailboxguid")
        && let Ok(raw) = <[u8; 16]>::try_from(bytes.as_slice())
    {
        return Read::Text(guid(&raw));
    }
    if matches!(lower.as_str(), "objectsid" | "sidhistory")
        && let Some(sid) = sid(&bytes)
    {
        return Read::Text(sid);
    }
    match String::from_utf8(bytes) {
        Ok(text) if !text.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) => Read::Text(text),
        _ => Read::Binary,
    }
}

/// A GUID as AD shows it: the first three fields are little-endian.
fn guid(b: &[u8; 16]) -> String {
    format!(
        "{:02x}{:02x}{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
        b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]
    )
}

/// A security identifier as text (`S-1-5-21-...`): revision, 48-bit big-endian authority,
/// then little-endian 32-bit sub-authorities.
fn sid(b: &[u8]) -> Option<String> {
    let count = usize::from(*b.get(1)?);
    if b.len() != 8 + 4 * count {
        return None;
    }
    let authority = b[2..8].iter().fold(0u64, |n, byte| (n << 8) | u64::from(*byte));
    let mut out = format!("S-{}-{authority}", b[0]);
    for chunk in b[8..].chunks_exact(4) {
        out.push_str(&format!("-{}", u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]])));
    }
    Some(out)
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
        let ada = &entries[0];
        assert_eq!(ada.line, 5);
        assert_eq!(ada.fields["description"], "a long line");
        assert_eq!(ada.fields["memberOf"], serde_json::json!(["CN=A,DC=x", "CN=B,DC=x"]));
        assert_eq!(ada.fields["sn"], "Lovelace");
        assert_eq!(entries[1].fields["cn"], "Alan");
    }

    #[test]
    fn guids_and_sids_as_ad_shows_them_other_binary_set_aside() {
        // objectGUID bytes of {1b4e28ba-2fa1-11d2-883f-0016d3cca427}, a domain user's SID,
        // and a photo that is not text.
        let text = "dn: CN=Ada,DC=x\nobjectGUID:: uihOG6Ev0hGIPwAW08ykJw==\nobjectSid:: AQUAAAAAAAUVAAAA0Pn8VHYe+XNHYdgVUAQAAA==\nthumbnailPhoto:: /9j/4AAQSkZJRgABAQ==\nuserCertificate;binary:: MIIB\n";
        let ada = &entries(text).unwrap()[0];
        assert_eq!(ada.fields["objectGUID"], "1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        assert_eq!(ada.fields["objectSid"], "S-1-5-21-1425865168-1945706102-366502215-1104");
        assert_eq!(ada.binary, ["thumbnailPhoto", "userCertificate"]);
        assert!(ada.fields.get("thumbnailPhoto").is_none());
    }

    #[test]
    fn ldapsearch_output_without_lll() {
        let text = "# extended LDIF\n#\n# LDAPv3\n# base <dc=x> with scope subtree\n#\n\n# Ada, x\ndn: CN=Ada,DC=x\ncn: Ada\n\n# search reference\nref: ldap://DomainDnsZones.x/DC=DomainDnsZones,DC=x\n\n# search result\nsearch: 2\nresult: 0 Success\n\n# numResponses: 2\n# numEntries: 1\n";
        let found = entries(text).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].fields["cn"], "Ada");
        let cut = entries("dn: CN=Ada,DC=x\ncn: Ada\n\nsearch: 2\nresult: 4 Size limit exceeded\n").unwrap_err();
        assert_eq!(cut.len(), 1, "a truncated search is an incomplete export: {cut:?}");
        assert!(cut[0].starts_with("line 5"), "the result line: {cut:?}");
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
