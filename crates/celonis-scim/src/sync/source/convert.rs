//! Records to desired users, attribute by attribute, as a mapping says. Every problem is
//! reported at once, naming the record, the attribute's rule and the column it read.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::Value;

use super::ldif::first_rdn_value;
use super::mapping::{Condition, Letters, Mapping, Rule, placeholders};
use super::path;
use super::records::Record;
use crate::sync::desired::DesiredUser;
use crate::sync::protect::matches;

/// Groups of a directory export by DN: their names and the groups they are members of.
#[derive(Default)]
struct Directory {
    names: HashMap<String, String>,
    parents: HashMap<String, BTreeSet<String>>,
}

impl Directory {
    fn of(records: &[Record]) -> Self {
        let mut dir = Directory::default();
        for r in records {
            let Some(dn) = path::values(&r.fields, "dn").into_iter().next() else {
                continue;
            };
            let key = dn.to_lowercase();
            if let Some(cn) = path::values(&r.fields, "cn").into_iter().next() {
                dir.names.insert(key.clone(), cn);
            }
            for parent in path::values(&r.fields, "memberOf") {
                dir.parents.entry(key.clone()).or_default().insert(parent.to_lowercase());
            }
            for member in path::values(&r.fields, "member").into_iter().chain(path::values(&r.fields, "uniqueMember")) {
                dir.parents.entry(member.to_lowercase()).or_default().insert(key.clone());
            }
        }
        dir
    }

    /// The groups `start` are in, directly or through other groups (cycles are harmless),
    /// plus those listing `dn` as a member.
    fn closure(&self, dn: Option<&str>, start: Vec<String>) -> Vec<String> {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<String> = start.iter().map(|s| s.to_lowercase()).collect();
        todo.extend(dn.and_then(|d| self.parents.get(&d.to_lowercase())).into_iter().flatten().cloned());
        let originals: HashMap<String, String> = start.into_iter().map(|s| (s.to_lowercase(), s)).collect();
        while let Some(g) = todo.pop() {
            if seen.insert(g.clone()) {
                todo.extend(self.parents.get(&g).into_iter().flatten().cloned());
            }
        }
        seen.into_iter().map(|g| self.names.get(&g).cloned().unwrap_or_else(|| first_rdn_value(originals.get(&g).unwrap_or(&g)))).collect()
    }
}

/// How many users took each attribute's value from each source (column, `cases`,
/// `template`, `default`).
pub(super) type Tally = BTreeMap<&'static str, BTreeMap<String, usize>>;

/// The desired users of `records` (skipped ones left out) with where their values came from,
/// or every problem.
pub(super) fn users(records: &[Record], mapping: &Mapping) -> Result<(Vec<DesiredUser>, Tally), Vec<String>> {
    let directory = Directory::of(records);
    let mut problems = Vec::new();
    let mut users = Vec::new();
    let mut tally = Tally::new();
    for record in records {
        let mut one = Reader { record, directory: &directory, problems: Vec::new(), used: Vec::new() };
        let skipped = mapping.skip.iter().any(|c| !one.binary("skip", &c.field) && c.holds(&record.fields));
        if skipped {
            continue;
        }
        let user = DesiredUser {
            user_name: one.single("userName", mapping.user_name.as_ref()).unwrap_or_default(),
            display_name: one.single("displayName", mapping.display_name.as_ref()),
            given_name: one.single("givenName", mapping.given_name.as_ref()),
            family_name: one.single("familyName", mapping.family_name.as_ref()),
            emails: one.many("email", mapping.email.iter()),
            external_id: one.single("externalId", mapping.external_id.as_ref()),
            active: one.boolean("active", mapping.active.as_ref()),
            role: one.single("role", mapping.role.as_ref()),
            groups: one.many("groups", mapping.groups.iter().flatten()),
            source: Some(record.at.clone()),
        };
        if one.problems.is_empty() {
            users.push(user);
            let mut used = std::mem::take(&mut one.used);
            used.sort();
            used.dedup();
            for (attribute, from) in used {
                *tally.entry(attribute).or_default().entry(from).or_default() += 1;
            }
        }
        problems.append(&mut one.problems);
    }
    if problems.is_empty() { Ok((users, tally)) } else { Err(problems) }
}

impl Condition {
    /// Whether the condition holds for a record (and none of its `unless` does).
    pub(super) fn holds(&self, fields: &Value) -> bool {
        holds(fields, &self.field, &self.is, self.matches.as_deref()) && !self.unless.iter().any(|u| u.holds(fields))
    }
}

/// Whether a field has one of `is` or matches `pattern`.
fn holds(fields: &Value, field: &str, is: &[String], pattern: Option<&str>) -> bool {
    path::values(fields, field).iter().map(|v| v.trim()).any(|v| is.iter().any(|want| want.eq_ignore_ascii_case(v)) || pattern.is_some_and(|p| matches(p, v)))
}

/// Reads one record's attributes, collecting its problems.
struct Reader<'a> {
    record: &'a Record,
    directory: &'a Directory,
    problems: Vec<String>,
    /// The attributes read and the source each took its value from.
    used: Vec<(&'static str, String)>,
}

impl Reader<'_> {
    fn single(&mut self, attribute: &'static str, rule: Option<&Rule>) -> Option<String> {
        self.values(attribute, rule?).into_iter().next()
    }

    fn many<'r>(&mut self, attribute: &'static str, rules: impl Iterator<Item = &'r Rule>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for rule in rules {
            for v in self.values(attribute, rule) {
                if !out.iter().any(|o| o.eq_ignore_ascii_case(&v)) {
                    out.push(v);
                }
            }
        }
        out
    }

    fn boolean(&mut self, attribute: &'static str, rule: Option<&Rule>) -> Option<bool> {
        let value = self.single(attribute, rule)?;
        let parsed = boolean(&value);
        if parsed.is_none() {
            self.problem(attribute, rule, format!("{value:?} is not a boolean (true/false, yes/no, 1/0, enabled/disabled, active/inactive)"));
        }
        parsed
    }

    fn problem(&mut self, attribute: &str, rule: Option<&Rule>, why: String) {
        let column = rule.and_then(|r| r.from.iter().find(|f| !path::values(&self.record.fields, f).is_empty()).or(r.from.first()));
        let column = column.map(|c| format!(" (column {c:?})")).unwrap_or_default();
        self.problems.push(format!("{}: {attribute}{column}: {why}", self.record.at));
    }

    /// Whether `field` is one of the record's binary fields, which is a problem when read.
    fn binary(&mut self, attribute: &str, field: &str) -> bool {
        let top = field.split(['.', '[']).next().unwrap_or(field);
        let hit = self.record.binary.iter().any(|b| b.eq_ignore_ascii_case(top));
        if hit {
            let at = &self.record.at;
            self.problems
                .push(format!("{at}: {attribute} (column {field:?}): holds binary data (base64 of something that is not text), which cannot be read as text"));
        }
        hit
    }

    /// The values of one attribute by its rule, cleaned up; empty when the record has none.
    fn values(&mut self, attribute: &'static str, rule: &Rule) -> Vec<String> {
        let fields = &self.record.fields;
        let mut case = None;
        for c in &rule.cases {
            if self.binary(attribute, &c.field) {
                return Vec::new();
            }
            if holds(fields, &c.field, &c.is, c.matches.as_deref()) {
                case = Some(c);
                break;
            }
        }
        let mut source = None;
        let mut raw: Vec<String> = Vec::new();
        if let Some(c) = case {
            raw.push(c.value.clone());
            source = Some("cases".to_owned());
        } else {
            for from in &rule.from {
                if self.binary(attribute, from) {
                    return Vec::new();
                }
                let found = split(path::values(fields, from), rule);
                if !found.is_empty() {
                    raw = found;
                    source = Some(from.clone());
                    break;
                }
            }
        }
        if let Some(t) = &rule.template
            && placeholders(t).unwrap_or_default().iter().any(|p| self.binary(attribute, p))
        {
            return Vec::new();
        }
        if rule.nested {
            let dn = path::values(fields, "dn").into_iter().next();
            raw = self.directory.closure(dn.as_deref(), raw);
            if source.is_none() && !raw.is_empty() {
                source = Some("member".to_owned());
            }
        }
        if raw.is_empty() && case.is_none() && rule.from.is_empty() && rule.template.is_some() {
            raw.push(String::new());
            source = Some("template".to_owned());
        }
        let mut out = Vec::new();
        for value in raw {
            match self.clean(rule, value) {
                Ok(Some(v)) => out.push(v),
                Ok(None) => {}
                Err(why) => self.problem(attribute, Some(rule), why),
            }
        }
        if out.is_empty()
            && let Some(d) = &rule.default
        {
            match self.clean(rule, d.clone()) {
                Ok(v) => out.extend(v),
                Err(why) => self.problem(attribute, Some(rule), format!("the default: {why}")),
            }
            source = Some("default".to_owned());
        }
        if let Some(source) = source.filter(|_| !out.is_empty()) {
            self.used.push((attribute, source));
        }
        out
    }

    /// One value through the rule's clean-ups; `None` when it ends empty.
    fn clean(&self, rule: &Rule, value: String) -> Result<Option<String>, String> {
        let mut v = if rule.trim { value.trim().to_owned() } else { value };
        if rule.rdn && !rule.nested {
            v = first_rdn_value(&v);
        }
        if !rule.map.is_empty() && !v.is_empty() {
            let hit = rule.map.iter().find(|(k, _)| k.eq_ignore_ascii_case(&v)).or_else(|| rule.map.get_key_value("*"));
            v = hit
                .map(|(_, to)| to.clone())
                .ok_or_else(|| format!("{v:?} is not in the map ({})", rule.map.keys().cloned().collect::<Vec<_>>().join(", ")))?;
        }
        if let Some(bit) = rule.bit_clear {
            let flags: u64 = v.parse().map_err(|_| format!("{v:?} is not a number of flags"))?;
            v = (flags & bit == 0).to_string();
        }
        if rule.invert {
            v = (!boolean(&v).ok_or_else(|| format!("{v:?} is not a boolean, so it cannot be inverted"))?).to_string();
        }
        if let Some(template) = &rule.template {
            match render(template, &v, &self.record.fields) {
                Some(t) => v = t,
                None => return Ok(None),
            }
        }
        v = match rule.letters {
            Some(Letters::Lower) => v.to_lowercase(),
            Some(Letters::Upper) => v.to_uppercase(),
            None => v,
        };
        Ok((!v.is_empty()).then_some(v))
    }
}

fn split(values: Vec<String>, rule: &Rule) -> Vec<String> {
    let values = match &rule.split {
        Some(sep) => values.iter().flat_map(|v| v.split(sep.as_str()).map(str::to_owned).collect::<Vec<_>>()).collect(),
        None => values,
    };
    values.into_iter().filter(|v| !v.trim().is_empty()).collect()
}

/// A template with `{value}` (the value at hand) and `{path}` placeholders; `None` when one
/// of them is empty.
fn render(template: &str, value: &str, fields: &Value) -> Option<String> {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}')?;
        let name = after[..close].trim();
        let filled = if name == "value" { value.to_owned() } else { path::values(fields, name).into_iter().next().unwrap_or_default() };
        if filled.trim().is_empty() {
            return None;
        }
        out.push_str(filled.trim());
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// A boolean as exports write them.
fn boolean(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "y" | "1" | "enabled" | "active" | "on" => Some(true),
        "false" | "no" | "n" | "0" | "disabled" | "inactive" | "off" => Some(false),
        _ => None,
    }
}
