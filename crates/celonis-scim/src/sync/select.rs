//! Approving part of a plan: keep some sections, users and groups, drop the rest, and keep
//! what is left consistent (a membership never names a user or group whose creation was
//! dropped).

use serde::{Deserialize, Serialize};

use super::plan::{MemberRef, Plan};
use super::protect::matches;

/// The sections of a plan, in the order apply runs them.
pub const SECTIONS: [&str; 8] = ["create_groups", "update_groups", "create_users", "update_users", "memberships", "deactivate_users", "delete_users", "delete_groups"];

/// What to keep of a plan. Empty lists keep everything of their kind.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Selection {
    /// Sections to keep ([`SECTIONS`]; also as Node spells the plan's keys: `createUsers`).
    pub sections: Vec<String>,
    /// Users to keep: userNames or patterns (`*`, `?`), case-insensitive.
    pub users: Vec<String>,
    /// Groups to keep: names or patterns.
    pub groups: Vec<String>,
}

/// Whether `given` names the section `name`, as the core (`create_users`) or Node
/// (`createUsers`) spells it.
fn same_section(given: &str, name: &str) -> bool {
    given == name || given.chars().filter(|c| *c != '_').map(|c| c.to_ascii_lowercase()).eq(name.chars().filter(|c| *c != '_'))
}

impl Selection {
    /// Every problem of the selection (an unknown section).
    pub fn check(&self) -> crate::Result<()> {
        match self.sections.iter().find(|s| !SECTIONS.iter().any(|known| same_section(s, known))) {
            Some(bad) => Err(crate::Error::validation("sections", "invalidValue", format!("{bad:?} is not a section of a plan ({})", SECTIONS.join(", ")))),
            None => Ok(()),
        }
    }

    fn section(&self, name: &str) -> bool {
        self.sections.is_empty() || self.sections.iter().any(|s| same_section(s, name))
    }

    fn user(&self, name: &str) -> bool {
        self.users.is_empty() || self.users.iter().any(|p| matches(p, name))
    }

    fn group(&self, name: &str) -> bool {
        self.groups.is_empty() || self.groups.iter().any(|p| matches(p, name))
    }
}

impl Plan {
    /// The part of this plan that `selection` keeps. Conflicts, seats and counts of the team
    /// stay those of the whole plan; memberships lose the users and groups whose creation
    /// was left out.
    pub fn select(&self, selection: &Selection) -> crate::Result<Plan> {
        selection.check()?;
        let s = selection;
        let mut out = self.clone();
        out.create_groups.retain(|g| s.section("create_groups") && s.group(&g.display_name));
        out.update_groups.retain(|g| s.section("update_groups") && s.group(&g.display_name));
        out.create_users.retain(|u| s.section("create_users") && s.user(&u.user_name));
        out.update_users.retain(|u| s.section("update_users") && s.user(&u.user_name));
        out.deactivate_users.retain(|u| s.section("deactivate_users") && s.user(&u.user_name));
        out.delete_users.retain(|u| s.section("delete_users") && s.user(&u.user_name));
        out.delete_groups.retain(|g| s.section("delete_groups") && s.group(&g.display_name));
        let created: Vec<String> = out.create_users.iter().map(|u| u.user_name.to_lowercase()).collect();
        let exists = |m: &MemberRef| m.id.is_some() || created.contains(&m.user_name.to_lowercase());
        let created_groups: Vec<String> = out.create_groups.iter().map(|g| g.display_name.to_lowercase()).collect();
        out.memberships.retain_mut(|m| {
            if !s.section("memberships") || !s.group(&m.group) || (m.group_id.is_none() && !created_groups.contains(&m.group.to_lowercase())) {
                return false;
            }
            m.add.retain(|a| s.user(&a.user_name) && exists(a));
            m.remove.retain(|r| s.user(&r.user_name));
            !m.add.is_empty() || !m.remove.is_empty()
        });
        Ok(out)
    }
}
