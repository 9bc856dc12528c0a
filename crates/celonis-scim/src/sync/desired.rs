//! The desired state of a team: users (with their groups by name) and groups.
//!
//! Read from JSON (`{"users": [...], "groups": [...]}`) or from a CSV export (see
//! [`super::csv`]). Every problem of the input is reported at once, with its line (CSV) or
//! index (JSON), before anything is sent.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::lenient::LenientBool;
use crate::validate::{MAX_GROUPS_PER_USER, MAX_NAME_CHARS, Roles};

/// A user as the input wants it. Attributes left out are not managed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DesiredUser {
    /// The login; how users are matched (case-insensitive) unless matching by externalId.
    pub user_name: String,
    /// The name shown in the UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Given name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// Family name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
    /// Email addresses (Celonis never lets them change once the user exists).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    /// The id in the source system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Whether the user is active.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "lenient_bool")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<bool>"))]
    pub active: Option<bool>,
    /// The user's own role (`MEMBER`, `ANALYST`, the admin role).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The groups the user belongs to, by displayName.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
    /// Where the user came from, for error messages (`line 7`); not part of the state.
    #[serde(skip)]
    pub source: Option<String>,
}

fn lenient_bool<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Option<bool>, D::Error> {
    Ok(LenientBool::deserialize(d)?.0)
}

/// A group as the input wants it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DesiredGroup {
    /// The group's unique name; how groups are matched (case-insensitive).
    pub display_name: String,
    /// The role every member gets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The id in the source system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

/// The whole desired state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DesiredState {
    /// The users of the team.
    #[serde(default)]
    pub users: Vec<DesiredUser>,
    /// The groups named by the input (users may name more; those are managed too).
    #[serde(default)]
    pub groups: Vec<DesiredGroup>,
    /// The input declares that it lists every user of the team: only then may a plan delete.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub complete: bool,
    /// Where each attribute was read from, when the state was read through a mapping; not
    /// part of the state (nor of its fingerprint).
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub sources: Vec<AttributeSource>,
}

/// Where one attribute of the desired users was read from, by which rule: what a plan shows
/// so that a column read by mistake (or not found) is seen before anything is applied.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AttributeSource {
    /// The user attribute (`userName`, `displayName`, `givenName`, `familyName`, `email`,
    /// `externalId`, `active`, `role`, `groups`).
    pub attribute: String,
    /// Whose rule it is: `mapping` (the mapping's own) or `preset NAME`.
    pub rule: String,
    /// What the rule reads, in its order of preference: columns or JSON paths, then `cases`,
    /// `template` or `default` when it has them.
    pub reads: Vec<String>,
    /// How many users took their value from each of those; one that gave none is left out,
    /// so an empty list means that nothing in the export has this attribute.
    pub found: Vec<SourceCount>,
}

/// How many users took an attribute's value from one source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SourceCount {
    /// The column, JSON path, `cases`, `template`, `default` or `member` (LDIF groups listing
    /// the user).
    pub source: String,
    /// How many users.
    pub users: usize,
}

impl DesiredState {
    /// Reads a desired state from JSON text.
    pub fn from_json(text: &str) -> Result<Self> {
        serde_json::from_str(text).map_err(|e| input_error(vec![format!("not a desired state: {e}")]))
    }

    /// Reads a desired state from a JSON value.
    pub fn from_value(value: serde_json::Value) -> Result<Self> {
        serde_json::from_value(value).map_err(|e| input_error(vec![format!("not a desired state: {e}")]))
    }

    /// Reads a file: an export read through a mapping file (TOML or JSON; see
    /// [`super::source`]), or without one, `.csv` as the standard columns and anything else
    /// as this JSON form.
    pub fn from_path(path: &Path, mapping: Option<&Path>) -> Result<Self> {
        let mapping = mapping.map(super::source::Mapping::from_file).transpose()?;
        Self::from_export(path, mapping.as_ref())
    }

    /// Reads an export through a mapping (the standard columns for a CSV without one; this
    /// JSON form for anything else without one). The kind of export comes from the file's
    /// extension (`.csv`, `.json`, `.ldif`), else from the mapping.
    pub fn from_export(path: &Path, mapping: Option<&super::source::Mapping>) -> Result<Self> {
        use super::source::{self, Format};
        let bytes = std::fs::read(path).map_err(|e| Error::validation("input", "unreadable", format!("cannot read {}: {e}", path.display())))?;
        let format = source::format_of(path).or(mapping.and_then(|m| m.format)).unwrap_or(Format::Json);
        let state = match (format, mapping) {
            (Format::Json, None) => {
                let text = std::str::from_utf8(&bytes).map_err(|_| input_error(vec!["the file is not UTF-8".into()]))?;
                Self::from_json(text.trim_start_matches('\u{feff}'))
            }
            (_, Some(m)) => source::read(&bytes, format, m),
            (_, None) => source::read(&bytes, format, &source::Mapping::preset("standard")?),
        }?;
        Ok(state)
    }

    /// The input's fingerprint: FNV-1a 64 (hex) of this state's JSON, so that the same users
    /// and groups give the same fingerprint however they were given (a file through a
    /// mapping, a dict, an object, JSON text) and in every language.
    pub fn fingerprint(&self) -> String {
        super::saved::fingerprint(&serde_json::to_vec(self).unwrap_or_default())
    }

    /// Every problem of the input, at once: missing or long names, unknown roles, too many
    /// groups, duplicates. `by_external_id` also requires unique, present externalIds.
    pub fn check(&self, roles: &Roles, by_external_id: bool) -> Result<()> {
        let mut problems = Vec::new();
        let mut names: HashMap<String, String> = HashMap::new();
        let mut external: HashMap<String, String> = HashMap::new();
        for (i, u) in self.users.iter().enumerate() {
            let at = u.source.clone().unwrap_or_else(|| format!("users[{i}]"));
            let mut say = |m: String| problems.push(format!("{at}: {m}"));
            if u.user_name.trim().is_empty() {
                say("userName is missing".into());
            }
            for (attr, v) in [("userName", Some(&u.user_name)), ("displayName", u.display_name.as_ref()), ("givenName", u.given_name.as_ref()), ("familyName", u.family_name.as_ref())] {
                if let Some(v) = v.filter(|v| v.chars().count() > MAX_NAME_CHARS) {
                    say(format!("{attr} has {} characters (at most {MAX_NAME_CHARS})", v.chars().count()));
                }
            }
            if let Some(r) = u.role.as_deref().filter(|r| roles.rank(r).is_none()) {
                say(format!("unknown role {r:?} (MEMBER, ANALYST or {})", roles.admin()));
            }
            let distinct: HashSet<String> = u.groups.iter().map(|g| g.to_lowercase()).collect();
            if distinct.len() > MAX_GROUPS_PER_USER {
                say(format!("in {} groups (at most {MAX_GROUPS_PER_USER})", distinct.len()));
            }
            if u.emails.iter().any(|e| e.trim().is_empty()) {
                say("an empty email".into());
            }
            if !u.user_name.trim().is_empty()
                && let Some(first) = names.insert(u.user_name.to_lowercase(), at.clone()) {
                    say(format!("userName {:?} also at {first}", u.user_name));
                }
            if by_external_id {
                match u.external_id.as_deref().filter(|e| !e.trim().is_empty()) {
                    None => say("externalId is missing (users are matched by externalId)".into()),
                    Some(e) => {
                        if let Some(first) = external.insert(e.to_owned(), at.clone()) {
                            say(format!("externalId {e:?} also at {first}"));
                        }
                    }
                }
            }
        }
        let mut groups: HashMap<String, usize> = HashMap::new();
        for (i, g) in self.groups.iter().enumerate() {
            let at = format!("groups[{i}]");
            if g.display_name.trim().is_empty() {
                problems.push(format!("{at}: displayName is missing"));
            } else if g.display_name.chars().count() > MAX_NAME_CHARS {
                problems.push(format!("{at}: displayName has more than {MAX_NAME_CHARS} characters"));
            }
            if let Some(r) = g.role.as_deref().filter(|r| roles.rank(r).is_none()) {
                problems.push(format!("{at}: unknown role {r:?}"));
            }
            if let Some(first) = groups.insert(g.display_name.to_lowercase(), i) {
                problems.push(format!("{at}: group {:?} also at groups[{first}]", g.display_name));
            }
        }
        for u in &self.users {
            for g in u.groups.iter().filter(|g| g.chars().count() > MAX_NAME_CHARS || g.trim().is_empty()) {
                problems.push(format!("{}: group name {g:?} is empty or longer than {MAX_NAME_CHARS} characters", u.source.clone().unwrap_or_else(|| u.user_name.clone())));
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(input_error(problems)) }
    }
}

/// A `validation` error listing every problem of the input, one per line in `detail`.
pub(crate) fn input_error(problems: Vec<String>) -> Error {
    let count = problems.len();
    let mut e = Error::validation(
        "input",
        "invalidInput",
        format!("the input has {count} problem{}: {}", if count == 1 { "" } else { "s" }, problems.join("; ")),
    );
    e.detail = Some(problems.join("\n"));
    e
}
