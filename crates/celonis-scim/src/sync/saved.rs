//! Saved plans: computed and reviewed now (in a pull request, say), applied later exactly as
//! reviewed, or refused when the team changed since.
//!
//! A saved plan holds the plan, a fingerprint of the input it came from, and the version
//! (`meta.version`, else `meta.lastModified`) of every existing user and group it touches.
//! Before applying, [`Client::check_saved_plan`] reads those resources again (only those) and
//! the names of the users and groups it would create, and refuses, naming the first that
//! changed, vanished or appeared.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::plan::Plan;
use super::planner;
use super::{DesiredState, PlanOptions};
use crate::client::{Client, Projection};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{Group, Meta, User};

/// The `format` of the saved plans this version writes and reads.
pub const SAVED_PLAN_FORMAT: &str = "celonis-scim/saved-plan/1";

/// A plan with what it was computed from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SavedPlan {
    /// Always [`SAVED_PLAN_FORMAT`].
    pub format: String,
    /// The plan, to apply exactly.
    pub plan: Plan,
    /// The fingerprint of the input the plan was computed from (as the plan's `input`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<String>,
    /// The version of every existing resource the plan touches, by `Users/<id>` or `Groups/<id>`.
    pub team: BTreeMap<String, String>,
}

impl SavedPlan {
    /// Reads a saved plan from JSON; a `validation` error when it is not one of this format.
    pub fn from_json(text: &str) -> Result<Self> {
        let saved: SavedPlan = serde_json::from_str(text)
            .map_err(|e| Error::validation("plan", "invalidSyntax", format!("not a saved plan: {e}")))?;
        saved.checked()
    }

    /// The saved plan, when it is of this version's format (a `validation` error otherwise).
    pub fn checked(self) -> Result<Self> {
        if self.format != SAVED_PLAN_FORMAT {
            return Err(Error::validation("format", "invalidValue", format!("saved plan format {:?} is not {SAVED_PLAN_FORMAT}", self.format)));
        }
        Ok(self)
    }

    /// The saved plan as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Writes the saved plan to a file, as pretty JSON, readable by its owner only (a
    /// `config` error when it cannot).
    pub fn save(&self, path: &std::path::Path) -> Result<()> {
        crate::private_files::write(path, self.to_json().as_bytes()).map_err(|e| Error::config(format!("cannot write {}: {e}", path.display())))
    }

    /// Reads a saved plan from a file; a `validation` error when it cannot be read or is not
    /// one of this format.
    pub fn load(path: &std::path::Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::validation("plan", "unreadable", format!("cannot read {}: {e}", path.display())))?;
        Self::from_json(&text)
    }
}

/// Whether a JSON text is a saved plan (rather than a desired state).
pub fn is_saved_plan(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| v.get("format").and_then(|f| f.as_str().map(|f| f.starts_with("celonis-scim/saved-plan/"))))
        .unwrap_or(false)
}

/// The fingerprint of an input: FNV-1a 64, hex (stable across versions and platforms).
pub fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

/// The keys of every existing resource a plan touches.
fn touched(plan: &Plan) -> Vec<String> {
    let users = plan
        .update_users
        .iter()
        .map(|u| &u.id)
        .chain(plan.deactivate_users.iter().map(|u| &u.id))
        .chain(plan.delete_users.iter().map(|u| &u.id))
        .chain(plan.memberships.iter().flat_map(|m| m.add.iter().chain(&m.remove)).filter_map(|r| r.id.as_ref()));
    let groups = plan
        .update_groups
        .iter()
        .map(|g| &g.id)
        .chain(plan.delete_groups.iter().map(|g| &g.id))
        .chain(plan.memberships.iter().filter_map(|m| m.group_id.as_ref()));
    let mut keys: Vec<String> = users.map(|id| format!("Users/{id}")).chain(groups.map(|id| format!("Groups/{id}"))).collect();
    keys.sort();
    keys.dedup();
    keys
}

/// A resource's version as the fingerprint keeps it.
fn version(meta: Option<&Meta>) -> String {
    meta.and_then(|m| m.version.clone().or_else(|| m.last_modified.clone())).unwrap_or_default()
}

impl Client {
    /// Plans as [`Client::plan`] does, and keeps with the plan the version of every existing
    /// resource it touches (from the same reading) and the input's fingerprint, for
    /// [`Client::check_saved_plan`] later.
    pub fn plan_to_save(&self, desired: &DesiredState, options: &PlanOptions) -> Result<SavedPlan> {
        let (users, groups) = self.read_team(desired, options)?;
        let plan = planner::plan(desired, &planner::Current { users: &users, groups: &groups }, options, self.roles());
        let mut versions: BTreeMap<String, String> = BTreeMap::new();
        versions.extend(users.iter().filter_map(|u| Some((format!("Users/{}", u.id.as_deref()?), version(u.meta.as_ref())))));
        versions.extend(groups.iter().filter_map(|g| Some((format!("Groups/{}", g.id.as_deref()?), version(g.meta.as_ref())))));
        let team = touched(&plan).into_iter().filter_map(|k| versions.remove_entry(&k)).collect();
        Ok(SavedPlan { format: SAVED_PLAN_FORMAT.to_owned(), input: plan.input.clone(), plan, team })
    }

    /// Applies a saved plan exactly: first [`Client::check_saved_plan`] (skipped with
    /// `options.force`), then [`Client::apply`].
    pub fn apply_saved(&self, saved: &SavedPlan, options: &super::ApplyOptions, progress: Option<super::ProgressFn<'_>>) -> Result<super::Report> {
        if !options.force {
            self.check_saved_plan(saved)?;
        }
        self.apply(&saved.plan, options, progress)
    }

    /// Reads again every resource a saved plan touches, and the names of the users and groups
    /// it would create, and refuses (a `validation` error with the rule `stalePlan`, naming
    /// it) when one changed or vanished, or one it would create appeared, since the plan was
    /// made.
    pub fn check_saved_plan(&self, saved: &SavedPlan) -> Result<()> {
        let stale = |why: String| Err(Error::validation("plan", "stalePlan", format!("{why}: plan again, or force")));
        if let Some(name) = self.first_existing::<User>(saved.plan.create_users.iter().map(|u| u.user_name.as_str()))? {
            return stale(format!("the user {name:?} it would create exists since the plan was made"));
        }
        if let Some(name) = self.first_existing::<Group>(saved.plan.create_groups.iter().map(|g| g.display_name.as_str()))? {
            return stale(format!("the group {name:?} it would create exists since the plan was made"));
        }
        let meta_only = Projection { attributes: vec!["meta".into()], ..Default::default() };
        for (key, then) in &saved.team {
            let (kind, id) = key.split_once('/').unwrap_or_default();
            let now = match kind {
                "Users" => self.get_user(id, &meta_only).map(|u: User| version(u.meta.as_ref())),
                "Groups" => self.get_group(id, &meta_only).map(|g: Group| version(g.meta.as_ref())),
                other => return Err(Error::validation("team", "invalidValue", format!("{other:?} is not Users or Groups"))),
            };
            let changed = match now {
                Ok(now) => (now != *then).then(|| format!("{key} changed since the plan was made (version {then} then, {now} now)")),
                Err(e) if e.kind() == ErrorKind::NotFound => Some(format!("{key} was deleted since the plan was made")),
                Err(e) => return Err(e),
            };
            if let Some(why) = changed {
                return stale(why);
            }
        }
        Ok(())
    }

    /// The first of `names` (compared without case) that a resource of kind `T` has now; the
    /// names alone are read, page by page, and only when there are any to look for.
    fn first_existing<'n, T: crate::client::Managed>(&self, names: impl Iterator<Item = &'n str>) -> Result<Option<String>> {
        let wanted: std::collections::HashSet<String> = names.map(str::to_lowercase).collect();
        if wanted.is_empty() {
            return Ok(None);
        }
        let paging = crate::client::IterOptions { projection: Projection { attributes: vec![T::NAME_ATTRIBUTE.into()], ..Default::default() }, ..Default::default() };
        for resource in crate::client::ResourceIter::<T>::new(self.clone(), paging) {
            if let Some(name) = resource?.unique_name().filter(|n| wanted.contains(&n.to_lowercase())) {
                return Ok(Some(name.to_owned()));
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable_and_tell_inputs_apart() {
        assert_eq!(fingerprint(b""), "cbf29ce484222325");
        assert_ne!(fingerprint(b"a,b\n"), fingerprint(b"a,c\n"));
    }

    #[test]
    fn only_saved_plans_are_taken_for_them() {
        assert!(is_saved_plan(r#"{"format": "celonis-scim/saved-plan/1", "plan": {}}"#));
        assert!(!is_saved_plan(r#"{"users": []}"#));
        assert!(SavedPlan::from_json(r#"{"format": "celonis-scim/saved-plan/9", "plan": {}, "team": {}}"#).is_err());
    }
}
