//! Licence seats per effective role (the highest of a user's own role and its groups' roles),
//! before and after a plan. Deactivated users still count: what Celonis does with them is
//! undocumented, so the count errs on the safe side.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::desired::DesiredState;
use super::plan::{Plan, SeatUsage};
use super::planner::Current;
use crate::validate::{ANALYST_ROLE, MEMBER_ROLE, Roles};

/// Counts seats with the role values of one client.
pub struct SeatCounter<'a> {
    roles: &'a Roles,
}

impl<'a> SeatCounter<'a> {
    /// A counter for these role values.
    pub fn new(roles: &'a Roles) -> Self {
        SeatCounter { roles }
    }

    fn rank(&self, role: Option<&str>) -> u8 {
        role.and_then(|r| self.roles.rank(r)).unwrap_or(0)
    }

    fn tally(&self, ranks: impl Iterator<Item = u8>) -> BTreeMap<String, usize> {
        let mut counts = [0usize; 3];
        for r in ranks {
            counts[usize::from(r.min(2))] += 1;
        }
        [MEMBER_ROLE, ANALYST_ROLE, self.roles.admin()].iter().map(|n| n.to_string()).zip(counts).collect()
    }

    /// Seats in use by `users`, with the roles of `groups`.
    pub fn current(&self, users: &[crate::model::User], groups: &[crate::model::Group]) -> BTreeMap<String, usize> {
        let empty = Plan::default();
        let current = Current { users, groups };
        self.usage(&DesiredState::default(), &current, &empty, &[]).before
    }

    /// Seats now and after `plan`.
    pub fn usage(&self, desired: &DesiredState, current: &Current<'_>, plan: &Plan, desired_id: &[Option<&str>]) -> SeatUsage {
        // Group ranks now and after, by group key (id, or "new:" + lower-case name).
        let mut group_rank: HashMap<String, u8> = HashMap::new();
        let mut group_rank_after: HashMap<String, u8> = HashMap::new();
        let mut group_key_by_name: HashMap<String, String> = HashMap::new();
        for g in current.groups {
            let Some(id) = g.id.clone() else { continue };
            group_rank.insert(id.clone(), self.rank(g.role.as_deref()));
            group_rank_after.insert(id.clone(), self.rank(g.role.as_deref()));
            group_key_by_name.insert(g.display_name.clone().unwrap_or_default().to_lowercase(), id);
        }
        for u in &plan.update_groups {
            if let Some(c) = u.changes.iter().find(|c| c.attribute == "role") {
                group_rank_after.insert(u.id.clone(), self.rank(c.after.as_str()));
            }
        }
        for g in &plan.create_groups {
            let key = format!("new:{}", g.display_name.to_lowercase());
            group_rank_after.insert(key.clone(), self.rank(g.role.as_deref()));
            group_key_by_name.insert(g.display_name.to_lowercase(), key);
        }
        for g in &plan.delete_groups {
            group_rank_after.remove(&g.id);
        }

        // Memberships now and after, by user key (id, or "new:" + lower-case userName).
        let mut member_of: HashMap<String, HashSet<String>> = HashMap::new();
        for g in current.groups {
            if let Some(gid) = g.id.as_deref() {
                for m in g.member_ids() {
                    member_of.entry(m.to_owned()).or_default().insert(gid.to_owned());
                }
            }
        }
        let mut member_of_after = member_of.clone();
        for m in &plan.memberships {
            let Some(gkey) = group_key_by_name.get(&m.group.to_lowercase()) else { continue };
            for a in &m.add {
                let ukey = a.id.clone().unwrap_or_else(|| format!("new:{}", a.user_name.to_lowercase()));
                member_of_after.entry(ukey).or_default().insert(gkey.clone());
            }
            for r in &m.remove {
                if let Some(set) = r.id.as_ref().and_then(|id| member_of_after.get_mut(id)) {
                    set.remove(gkey);
                }
            }
        }

        let effective = |own: u8, groups: Option<&HashSet<String>>, ranks: &HashMap<String, u8>| {
            groups.into_iter().flatten().filter_map(|g| ranks.get(g)).fold(own, |a, b| a.max(*b))
        };
        let ranks_before: Vec<(u8, bool)> = current
            .users
            .iter()
            .map(|u| (effective(self.rank(u.role.as_deref()), u.id.as_ref().and_then(|id| member_of.get(id)), &group_rank), u.active != Some(false)))
            .collect();

        let deleted: HashSet<&str> = plan.delete_users.iter().map(|u| u.id.as_str()).collect();
        let deactivated: HashSet<&str> = plan.deactivate_users.iter().map(|u| u.id.as_str()).collect();
        let updated: HashMap<&str, &crate::model::User> = plan.update_users.iter().map(|u| (u.id.as_str(), &u.user)).collect();
        let existing = current.users.iter().filter(|u| u.id.as_deref().is_some_and(|id| !deleted.contains(id))).map(|u| {
            let id = u.id.as_deref().unwrap_or_default();
            let now = updated.get(id).copied().unwrap_or(u);
            let active = now.active != Some(false) && !deactivated.contains(id);
            (effective(self.rank(now.role.as_deref()), member_of_after.get(id), &group_rank_after), active)
        });
        let created = desired.users.iter().zip(desired_id).filter(|(_, id)| id.is_none()).map(|(du, _)| {
            let key = format!("new:{}", du.user_name.to_lowercase());
            (effective(self.rank(du.role.as_deref()), member_of_after.get(&key), &group_rank_after), du.active != Some(false))
        });
        let ranks_after: Vec<(u8, bool)> = existing.chain(created).collect();
        let active_admins = |ranks: &[(u8, bool)]| ranks.iter().filter(|(r, active)| *r >= 2 && *active).count();
        SeatUsage {
            before: self.tally(ranks_before.iter().map(|(r, _)| *r)),
            after: self.tally(ranks_after.iter().map(|(r, _)| *r)),
            active_admins_before: active_admins(&ranks_before),
            active_admins_after: active_admins(&ranks_after),
        }
    }
}
