//! Membership changes: Celonis has no PATCH, so each is a read of the group and a PUT of it.
//!
//! Two writers changing the same group at once can overwrite each other (Celonis offers no
//! ETag to detect it); keep membership changes of one group in one place.

use std::collections::HashSet;

use super::{Client, Projection};
use crate::error::Result;
use crate::model::{Group, Reference};
use crate::validate::check_group_count;

impl Client {
    /// Adds users to a group (read, then PUT). Users already in it are left alone; when nothing
    /// changes, nothing is sent. Refused before sending if a user already belongs to the
    /// maximum number of groups.
    pub fn add_group_members(&self, group_id: &str, user_ids: &[&str]) -> Result<Group> {
        self.change_group_members(group_id, user_ids, &[], true)
    }

    /// Removes users from a group (read, then PUT). Users not in it are ignored; when nothing
    /// changes, nothing is sent.
    pub fn remove_group_members(&self, group_id: &str, user_ids: &[&str]) -> Result<Group> {
        self.change_group_members(group_id, &[], user_ids, true)
    }

    /// Adds and removes members in one read and one PUT. With `check_limits`, each added user's
    /// groups are read first to refuse a 51st group before sending (the planner, which knows
    /// every membership already, does without).
    pub(crate) fn change_group_members(&self, group_id: &str, add: &[&str], remove: &[&str], check_limits: bool) -> Result<Group> {
        let mut group = self.get_group(group_id, &Projection::default())?;
        let gone: HashSet<&str> = remove.iter().copied().collect();
        let before = group.members.len();
        group.members.retain(|m| m.value.as_deref().is_none_or(|v| !gone.contains(v)));
        let removed = group.members.len() != before;
        let present: HashSet<String> = group.member_ids().map(str::to_owned).collect();
        let mut added = HashSet::new();
        let new_ids: Vec<&str> = add.iter().copied().filter(|id| !present.contains(*id) && !gone.contains(id) && added.insert(*id)).collect();
        if new_ids.is_empty() && !removed {
            return Ok(group);
        }
        if check_limits {
            let groups_only = Projection { attributes: vec!["groups".into()], ..Default::default() };
            for id in &new_ids {
                let user = self.get_user(id, &groups_only)?;
                check_group_count(id, user.groups.len())?;
            }
        }
        group.members.extend(new_ids.iter().map(|id| Reference::to(*id)));
        self.put_members(group_id, group)
    }

    fn put_members(&self, group_id: &str, mut group: Group) -> Result<Group> {
        // Members are sent as plain references by id, as in the vendor's examples.
        for m in &mut group.members {
            *m = Reference { value: m.value.take(), ..Default::default() };
        }
        self.replace_group(group_id, &group)
    }
}
