//! Records to desired users, attribute by attribute, as a mapping says. Every problem is
//! reported at once, naming the record, the attribute's rule and the column it read.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use super::ldif::first_rdn_value;
use super::mapping::{Letters, Mapping, Rule};
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
            let Some(dn) = path::values(&r.fields, "dn").into_iter().next() else { continue };
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

/// The desired users of `records` (skipped ones left out), or every problem.
pub(super) fn users(records: &[Record], mapping: &Mapping) -> Result<Vec<DesiredUser>, Vec<String>> {
    let directory = Directory::of(records);
    let mut problems = Vec::new();
    let mut users = Vec::new();
    for record in records {
        if mapping.skip.iter().any(|c| holds(&record.fields, &c.field, &c.is, c.matches.as_deref())) {
            continue;
        }
        let mut one = Reader { record, directory: &directory, problems: Vec::new() };
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
        }
        problems.append(&mut one.problems);
    }
    if problems.is_empty() { Ok(users) } else { Err(problems) }
}

/// Whether a field has one of `is` or matches `pattern`.
fn holds(fields: &Value, field: &str, is: &[String], pattern: Option<&str>) -> bool {
    path::values(fields, field)
        .iter()
        .map(|v| v.trim())
        .any(|v| is.iter().any(|want| want.eq_ignore_ascii_case(v)) || pattern.is_some_and(|p| matches(p, v)))
}

/// Reads one record's attributes, collecting its problems.
struct Reader<'a> {
    record: &'a Record,
    directory: &'a Directory,
    problems: Vec<String>,
}

impl Reader<'_> {
    fn single(&mut self, attribute: &str, rule: Option<&Rule>) -> Option<String> {
        self.values(attribute, rule?).into_iter().next()
    }

    fn many<'r>(&mut self, attribute: &str, rules: impl Iterator<Item = &'r Rule>) -> Vec<String> {
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

    fn boolean(&mut self, attribute: &str, rule: Option<&Rule>) -> Option<bool> {
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

    /// The values of one attribute by its rule, cleaned up; empty when the record has none.
    fn values(&mut self, attribute: &str, rule: &Rule) -> Vec<String> {
        let fields = &self.record.fields;
        let case = rule.cases.iter().find(|c| holds(fields, &c.field, &c.is, c.matches.as_deref()));
        let mut raw: Vec<String> = match case {
            Some(c) => vec![c.value.clone()],
            None => rule
                .from
                .iter()
                .map(|f| path::values(fields, f))
                .map(|vs| split(vs, rule))
                .find(|vs| !vs.is_empty())
                .unwrap_or_default(),
        };
        if rule.nested {
            let dn = path::values(fields, "dn").into_iter().next();
            raw = self.directory.closure(dn.as_deref(), raw);
        }
        if raw.is_empty() && case.is_none() && rule.from.is_empty() && rule.template.is_some() {
            raw.push(String::new());
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
            v = hit.map(|(_, to)| to.clone()).ok_or_else(|| format!("{v:?} is not in the map ({})", rule.map.keys().cloned().collect::<Vec<_>>().join(", ")))?;
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
