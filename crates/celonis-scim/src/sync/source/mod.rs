//! Where the data comes from: exports as people really have them (CSV with any separator,
//! UTF-8 or Windows-1252; JSON documents; LDIF), read into desired users through a
//! declarative [`Mapping`] or one of the [`presets`].

mod convert;
pub mod ldif;
pub mod mapping;
pub mod path;
pub mod presets;
mod records;
pub mod text;

use std::collections::BTreeMap;
use std::path::Path;

pub use mapping::{Case, Condition, Format, Letters, Mapping, Rule};

use super::desired::{AttributeSource, DesiredState, SourceCount, input_error};
use crate::error::{Error, Result};

impl Mapping {
    /// The mapping of a preset ([`presets::list`]).
    pub fn preset(name: &str) -> Result<Self> {
        Mapping { preset: Some(name.to_owned()), ..Default::default() }.resolved()
    }

    /// Reads a mapping from TOML.
    pub fn from_toml(text: &str) -> Result<Self> {
        toml::from_str::<Mapping>(text).map_err(|e| mapping_error(vec![e.to_string()]))?.resolved()
    }

    /// Reads a mapping from JSON (`{"userName": "Login", "email": {"from": "Mail"}}`).
    pub fn from_json(text: &str) -> Result<Self> {
        serde_json::from_str::<Mapping>(text).map_err(|e| mapping_error(vec![e.to_string()]))?.resolved()
    }

    /// Reads a mapping from a JSON value.
    pub fn from_value(value: serde_json::Value) -> Result<Self> {
        serde_json::from_value::<Mapping>(value).map_err(|e| mapping_error(vec![e.to_string()]))?.resolved()
    }

    /// Reads a mapping file: `.toml` as TOML, anything else as JSON.
    pub fn from_file(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::validation("mapping", "unreadable", format!("cannot read the mapping {}: {e}", path.display())))?;
        let parsed = if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml")) {
            toml::from_str::<Mapping>(&text).map_err(|e| e.to_string())
        } else {
            serde_json::from_str::<Mapping>(&text).map_err(|e| e.to_string())
        };
        parsed.map_err(|e| mapping_error(vec![format!("{}: {e}", path.display())]))?.resolved()
    }

    /// This mapping over the preset it names, checked. A mapping reads only what it states
    /// and what its preset does: a column it does not mention is never read (a mapping with
    /// no `role` rule never hands out roles, whatever columns the file has).
    pub fn resolved(&self) -> Result<Self> {
        let base = match self.preset.as_deref() {
            Some(name) => presets::get(name)?,
            None => Mapping::default(),
        };
        let preset = format!("preset {}", self.preset.as_deref().unwrap_or_default());
        let own = self.clone();
        let mut origins = own.origins.clone();
        let mut choose = |attribute, mine, theirs| pick(&mut origins, &preset, attribute, mine, theirs);
        let user_name = choose("userName", own.user_name, base.user_name);
        let display_name = choose("displayName", own.display_name, base.display_name);
        let given_name = choose("givenName", own.given_name, base.given_name);
        let family_name = choose("familyName", own.family_name, base.family_name);
        let email = choose("email", own.email, base.email);
        let external_id = choose("externalId", own.external_id, base.external_id);
        let active = choose("active", own.active, base.active);
        let role = choose("role", own.role, base.role);
        let groups = pick(&mut origins, &preset, "groups", own.groups, base.groups);
        let merged = Mapping {
            preset: None,
            format: own.format.or(base.format),
            records: own.records.or(base.records),
            json_column: own.json_column.or(base.json_column),
            separator: own.separator.or(base.separator),
            skip: if own.skip.is_empty() { base.skip } else { own.skip },
            user_name,
            display_name,
            given_name,
            family_name,
            email,
            external_id,
            active,
            role,
            groups,
            origins,
        };
        let problems = merged.problems();
        if problems.is_empty() { Ok(merged) } else { Err(mapping_error(problems)) }
    }

    /// The rules of the single-valued attributes, by attribute name (all but `groups`).
    pub fn single_rules(&self) -> [(&'static str, &Option<Rule>); 8] {
        [
            ("userName", &self.user_name),
            ("displayName", &self.display_name),
            ("givenName", &self.given_name),
            ("familyName", &self.family_name),
            ("email", &self.email),
            ("externalId", &self.external_id),
            ("active", &self.active),
            ("role", &self.role),
        ]
    }

    /// Every problem of the mapping itself (before any record is read).
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.user_name.is_none() {
            out.push("userName: no rule (every user needs one)".to_owned());
        }
        for (attribute, rule) in self.single_rules() {
            out.extend(rule.iter().flat_map(|r| r.problems(attribute)));
        }
        for (i, rule) in self.groups.iter().flatten().enumerate() {
            out.extend(rule.problems(&format!("groups[{i}]")));
        }
        for (i, c) in self.skip.iter().enumerate() {
            out.extend(c.problems(&format!("skip[{i}]")));
        }
        if let Some(s) = self.separator.filter(|s| ![',', ';', '\t', '|'].contains(s)) {
            out.push(format!("separator: {s:?} is not `,`, `;`, `|` or a tab"));
        }
        out
    }
}

/// The mapping's own rule (or rules) for an attribute, else its preset's, noting whose it is.
fn pick<R>(origins: &mut BTreeMap<&'static str, String>, preset: &str, attribute: &'static str, mine: Option<R>, theirs: Option<R>) -> Option<R> {
    match (mine, theirs) {
        (Some(rule), _) => {
            origins.entry(attribute).or_insert_with(|| "mapping".to_owned());
            Some(rule)
        }
        (None, Some(rule)) => {
            origins.insert(attribute, preset.to_owned());
            Some(rule)
        }
        (None, None) => None,
    }
}

/// The kind of export a file is, by its extension (`.csv`, `.json`, `.ldif`/`.ldf`).
pub fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "csv" | "txt" | "tsv" => Some(Format::Csv),
        "json" => Some(Format::Json),
        "ldif" | "ldf" => Some(Format::Ldif),
        _ => None,
    }
}

/// Reads the desired users of an export through a mapping (already [`Mapping::resolved`]);
/// every problem is reported at once.
pub fn read(bytes: &[u8], format: Format, mapping: &Mapping) -> Result<DesiredState> {
    let (records, problems) = records::read(bytes, format, mapping).map_err(input_error)?;
    users_of(&records, problems, mapping)
}

/// Reads desired users from records given as data (the rows of a database query, a
/// DataFrame's records, objects from a script): each an object of column or key to value
/// (text, number, boolean, null or nested JSON), through a mapping like an export's rows.
/// Every problem is reported at once, each record named by its index (`records[3]`).
pub fn read_records(items: Vec<serde_json::Value>, mapping: &Mapping) -> Result<DesiredState> {
    let mut problems = Vec::new();
    let mut records = Vec::with_capacity(items.len());
    for (i, fields) in items.into_iter().enumerate() {
        if fields.is_object() {
            records.push(records::Record::new(format!("records[{i}]"), fields));
        } else {
            problems.push(format!("records[{i}]: not an object of column to value"));
        }
    }
    users_of(&records, problems, mapping)
}

/// The desired state of records read, or every problem of them at once.
fn users_of(records: &[records::Record], mut problems: Vec<String>, mapping: &Mapping) -> Result<DesiredState> {
    if let Some(missing) = records::missing_user_name(mapping, &records::keys(records)).filter(|_| !records.is_empty()) {
        return Err(input_error(vec![missing]));
    }
    match convert::users(records, mapping) {
        Ok((users, tally)) if problems.is_empty() => Ok(DesiredState { users, groups: Vec::new(), complete: false, sources: sources(mapping, &tally) }),
        Ok(_) => Err(input_error(problems)),
        Err(more) => {
            problems.extend(more);
            Err(input_error(problems))
        }
    }
}

/// Where each attribute with a rule was read from.
fn sources(mapping: &Mapping, tally: &convert::Tally) -> Vec<AttributeSource> {
    let mut attributes: Vec<(&'static str, Vec<&Rule>)> = mapping.single_rules().into_iter().filter_map(|(a, r)| r.as_ref().map(|r| (a, vec![r]))).collect();
    if let Some(groups) = &mapping.groups {
        attributes.push(("groups", groups.iter().collect()));
    }
    attributes
        .into_iter()
        .map(|(attribute, rules)| {
            let mut reads: Vec<String> = Vec::new();
            for rule in rules {
                let mut own = rule.from.clone();
                own.extend(rule.nested.then(|| "member".to_owned()));
                own.extend((!rule.cases.is_empty()).then(|| "cases".to_owned()));
                own.extend((rule.from.is_empty() && rule.template.is_some()).then(|| "template".to_owned()));
                own.extend(rule.default.is_some().then(|| "default".to_owned()));
                reads.extend(own.into_iter().filter(|r| !reads.contains(r)).collect::<Vec<_>>());
            }
            let counts = tally.get(attribute);
            let found = reads.iter().filter_map(|r| counts.and_then(|c| c.get(r)).map(|&users| SourceCount { source: r.clone(), users })).collect();
            let rule = mapping.origins.get(attribute).cloned().unwrap_or_else(|| "mapping".to_owned());
            AttributeSource { attribute: attribute.to_owned(), rule, reads, found }
        })
        .collect()
}

/// A `validation` error listing every problem of a mapping.
pub(super) fn mapping_error(problems: Vec<String>) -> Error {
    let mut e = Error::validation("mapping", "invalidValue", format!("the mapping is not usable: {}", problems.join("; ")));
    e.detail = Some(problems.join("\n"));
    e
}
