//! A declarative mapping from an export's records to desired users: per attribute, where the
//! value comes from and how it is cleaned up. Written in TOML or JSON; the presets
//! ([`super::presets`]) are mappings too, and a mapping may start from one and replace some of
//! its attributes.
//!
//! ```toml
//! preset = "entra"                       # start from a preset (nothing but these rules if unset)
//! userName = "mail"                      # a column, or a path into JSON (`name.givenName`)
//! active = { from = "accountEnabled", map = { TRUE = "true", FALSE = "false" } }
//! role = { cases = [{ field = "department", is = ["Finance", "Controlling"], value = "ANALYST" }], default = "MEMBER" }
//! groups = [{ from = "department", template = "Dept - {department}" }]
//! skip = [{ field = "userType", is = "Guest" }]
//! ```

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use super::path;

/// The kinds of export a mapping reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Comma-, semicolon- or tab-separated values with a header row.
    Csv,
    /// A JSON array of records, or an object holding one (see `records`).
    Json,
    /// LDIF entries (users; group entries are read for nested groups).
    Ldif,
}

/// How the desired users are read from an export's records.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The preset this mapping starts from; its attributes given here replace the preset's.
    #[serde(default)]
    pub preset: Option<String>,
    /// The kind of export (from the file's extension when unset).
    #[serde(default)]
    pub format: Option<Format>,
    /// For JSON: the path of the array of records (`users`, `Report_Entry`); the top level
    /// when unset.
    #[serde(default)]
    pub records: Option<String>,
    /// For CSV: a column holding each record as a JSON object (GAM's `formatjson`), read as
    /// the record itself, the other columns kept beside its keys.
    #[serde(default)]
    pub json_column: Option<String>,
    /// For CSV: the separator (`,`, `;` or a tab); read from the header when unset.
    #[serde(default)]
    pub separator: Option<char>,
    /// Records left out when any of these holds (guests, service accounts, ...).
    #[serde(default)]
    pub skip: Vec<Condition>,
    /// The login (required).
    #[serde(default, rename = "userName", deserialize_with = "rule")]
    pub user_name: Option<Rule>,
    /// The name shown in the UI.
    #[serde(default, rename = "displayName", deserialize_with = "rule")]
    pub display_name: Option<Rule>,
    /// Given name.
    #[serde(default, rename = "givenName", deserialize_with = "rule")]
    pub given_name: Option<Rule>,
    /// Family name.
    #[serde(default, rename = "familyName", deserialize_with = "rule")]
    pub family_name: Option<Rule>,
    /// Email addresses (every value the rule gives).
    #[serde(default, deserialize_with = "rule")]
    pub email: Option<Rule>,
    /// The id in the source system.
    #[serde(default, rename = "externalId", deserialize_with = "rule")]
    pub external_id: Option<Rule>,
    /// Whether the user is active: the value read as a boolean (`true`/`false`, `yes`/`no`,
    /// `1`/`0`, `enabled`/`disabled`, `active`/`inactive`).
    #[serde(default, deserialize_with = "rule")]
    pub active: Option<Rule>,
    /// The user's own role.
    #[serde(default, deserialize_with = "rule")]
    pub role: Option<Rule>,
    /// Group memberships: the union of what every rule gives.
    #[serde(default, deserialize_with = "rules")]
    pub groups: Option<Vec<Rule>>,
    /// Whose rule each attribute has once resolved: `mapping` (the mapping's own) or
    /// `preset NAME`.
    #[serde(skip)]
    pub origins: BTreeMap<&'static str, String>,
}

/// Where one attribute's value comes from and how it is cleaned up, in this order: the first
/// case that holds gives the value; else the first `from` that has one (or the template);
/// else the default. Then: split, trim, first DN component, value map, bit test, invert, case.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Columns or JSON paths, tried in order (a fallback chain).
    #[serde(default, deserialize_with = "one_or_many")]
    pub from: Vec<String>,
    /// Text with `{column}` placeholders (`Dept - {department}`); nothing when one is empty.
    #[serde(default)]
    pub template: Option<String>,
    /// The value when nothing else gives one.
    #[serde(default)]
    pub default: Option<String>,
    /// Values by condition; the first that holds wins.
    #[serde(default)]
    pub cases: Vec<Case>,
    /// Split each value on this text (`;` for a list in one column).
    #[serde(default)]
    pub split: Option<String>,
    /// Trim spaces (the default).
    #[serde(default = "yes")]
    pub trim: bool,
    /// Take a DN's first component's value (`CN=Finance,OU=Groups,...` gives `Finance`).
    #[serde(default)]
    pub rdn: bool,
    /// LDIF: follow groups' own memberships, so a member of a nested group is in every group
    /// above it.
    #[serde(default)]
    pub nested: bool,
    /// Replace values (keys match case-insensitively; `*` catches the rest); a value not in
    /// the map is an error.
    #[serde(default)]
    pub map: BTreeMap<String, String>,
    /// The value is a number of flags: `true` when this bit is clear (AD's
    /// `userAccountControl`, bit 2 = disabled).
    #[serde(default)]
    pub bit_clear: Option<u64>,
    /// Read the value as a boolean and negate it (`suspended` to `active`).
    #[serde(default)]
    pub invert: bool,
    /// `lower` or `upper`.
    #[serde(default)]
    pub letters: Option<Letters>,
}

/// Letter case to convert to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Letters {
    /// Lowercase.
    Lower,
    /// Uppercase.
    Upper,
}

/// A condition on a record: the field is one of `is` (case-insensitive) or matches the
/// pattern (`*`, `?`), and none of the `unless` conditions holds. On a field with several
/// values, any value will do.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The column or JSON path.
    pub field: String,
    /// Values it may have.
    #[serde(default, deserialize_with = "one_or_many")]
    pub is: Vec<String>,
    /// A pattern it may match.
    #[serde(default)]
    pub matches: Option<String>,
    /// Exceptions: the condition does not hold when one of these does (a guest's `#EXT#`
    /// login, unless the account was converted to a member).
    #[serde(default)]
    pub unless: Vec<Condition>,
}

/// A condition and the value it gives.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The column or JSON path.
    pub field: String,
    /// Values it may have.
    #[serde(default, deserialize_with = "one_or_many")]
    pub is: Vec<String>,
    /// A pattern it may match.
    #[serde(default)]
    pub matches: Option<String>,
    /// The attribute's value when the condition holds.
    pub value: String,
}

fn yes() -> bool {
    true
}

impl Rule {
    /// A rule reading one column or path as it is (trimmed).
    pub fn column(name: impl Into<String>) -> Self {
        Rule {
            from: vec![name.into()],
            template: None,
            default: None,
            cases: Vec::new(),
            split: None,
            trim: true,
            rdn: false,
            nested: false,
            map: BTreeMap::new(),
            bit_clear: None,
            invert: false,
            letters: None,
        }
    }

    /// Every problem of the rule itself (paths, template, cases), prefixed with `attribute`.
    pub(super) fn problems(&self, attribute: &str) -> Vec<String> {
        let mut out = Vec::new();
        if self.from.is_empty() && self.template.is_none() && self.default.is_none() && self.cases.is_empty() {
            out.push(format!("{attribute}: the rule names no source (from, template, default or cases)"));
        }
        let fields = self.from.iter().chain(self.cases.iter().map(|c| &c.field));
        out.extend(fields.filter_map(|p| path::check(p).err()).map(|e| format!("{attribute}: {e}")));
        if let Some(t) = &self.template {
            match placeholders(t) {
                Ok(names) => out.extend(names.iter().filter_map(|p| path::check(p).err()).map(|e| format!("{attribute}.template: {e}"))),
                Err(e) => out.push(format!("{attribute}.template: {e}")),
            }
        }
        for (i, c) in self.cases.iter().enumerate() {
            if c.is.is_empty() && c.matches.is_none() {
                out.push(format!("{attribute}.cases[{i}]: give `is` or `matches`"));
            }
        }
        out
    }
}

impl Condition {
    pub(super) fn problems(&self, at: &str) -> Vec<String> {
        let mut out: Vec<String> = path::check(&self.field).err().map(|e| format!("{at}: {e}")).into_iter().collect();
        if self.is.is_empty() && self.matches.is_none() {
            out.push(format!("{at}: give `is` or `matches`"));
        }
        for (i, u) in self.unless.iter().enumerate() {
            out.extend(u.problems(&format!("{at}.unless[{i}]")));
        }
        out
    }
}

/// The placeholders of a template, in order (`{a} - {b.c}` gives `a`, `b.c`).
pub(super) fn placeholders(template: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or_else(|| format!("{template:?} has a `{{` without `}}`"))?;
        out.push(after[..close].trim().to_owned());
        rest = &after[close + 1..];
    }
    if rest.contains('}') {
        return Err(format!("{template:?} has a `}}` without `{{`"));
    }
    Ok(out)
}

/// A rule written as a column name, or as a table.
struct Flexible(Rule);

impl<'de> Deserialize<'de> for Flexible {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RuleVisitor;
        impl<'de> Visitor<'de> for RuleVisitor {
            type Value = Rule;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a column name or a rule table")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Rule, E> {
                Ok(Rule::column(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Rule, A::Error> {
                Rule::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer.deserialize_any(RuleVisitor).map(Flexible)
    }
}

/// An attribute's rule, as a column name or a table.
fn rule<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Rule>, D::Error> {
    Flexible::deserialize(deserializer).map(|f| Some(f.0))
}

/// One text or a list of them.
fn one_or_many<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    struct OneOrMany;
    impl<'de> Visitor<'de> for OneOrMany {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a text or a list of texts")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Vec<String>, E> {
            Ok(vec![v.to_owned()])
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<String>, A::Error> {
            let mut out = Vec::new();
            while let Some(v) = seq.next_element::<String>()? {
                out.push(v);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_any(OneOrMany)
}

/// One rule or a list of them.
fn rules<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<Rule>>, D::Error> {
    struct Rules;
    impl<'de> Visitor<'de> for Rules {
        type Value = Vec<Rule>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a rule or a list of rules")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Vec<Rule>, E> {
            Ok(vec![Rule::column(v)])
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Vec<Rule>, A::Error> {
            Rule::deserialize(de::value::MapAccessDeserializer::new(map)).map(|r| vec![r])
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Rule>, A::Error> {
            let mut out = Vec::new();
            while let Some(Flexible(r)) = seq.next_element::<Flexible>()? {
                out.push(r);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_any(Rules).map(Some)
}
