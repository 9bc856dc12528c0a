//! Group operations of the store: the only place memberships change.

use std::collections::BTreeSet;

use crate::resources::{Group, Reference, urn};

use super::{MAX_GROUPS_PER_USER, Store, check_length, page};
use crate::clock::new_id;
use crate::failure::{Failure, Outcome};
use crate::seats::Rank;

impl Store {
    /// Creates a group with its members, "if it does not exist already" (the vendor's words):
    /// a group of that name (case-insensitive) is returned as it is, unchanged.
    pub fn create_group(&mut self, group: Group) -> Outcome<Group> {
        let name = group.display_name.as_deref().unwrap_or_default().to_lowercase();
        if let Some(existing) = self.group_names.get(&name).cloned() {
            return self.get_group(&existing);
        }
        self.write_group(None, group)
    }

    /// Replaces a group: name, role and the whole member list.
    pub fn replace_group(&mut self, id: &str, group: Group) -> Outcome<Group> {
        if !self.group_seq.contains_key(id) {
            return Err(Failure::not_found("Group", id));
        }
        self.write_group(Some(id), group)
    }

    /// Deletes a group; its members lose the role it gave them.
    pub fn delete_group(&mut self, id: &str) -> Outcome<()> {
        let seq = *self.group_seq.get(id).ok_or_else(|| Failure::not_found("Group", id))?;
        let members: Vec<String> = self.groups[&seq].member_ids().map(str::to_owned).collect();
        let changes: Vec<_> =
            members.iter().map(|u| (self.effective_rank(u, None, None), self.effective_rank(u, None, Some(id)))).collect();
        self.seats.apply(&changes)?;
        for u in &members {
            if let Some(set) = self.member_of.get_mut(u) {
                set.remove(id);
            }
        }
        if let Some(g) = self.groups.remove(&seq)
            && let Some(n) = g.display_name {
                self.group_names.remove(&n.to_lowercase());
            }
        self.group_seq.remove(id);
        Ok(())
    }

    /// A group, with member display names filled in.
    pub fn get_group(&self, id: &str) -> Outcome<Group> {
        self.group_seq
            .get(id)
            .and_then(|s| self.groups.get(s))
            .cloned()
            .ok_or_else(|| Failure::not_found("Group", id))
    }

    /// One page of groups and the total.
    pub fn list_groups(&self, start: u64, count: u64) -> (u64, Vec<Group>) {
        (self.groups.len() as u64, page(self.groups.values(), start, count).cloned().collect())
    }

    fn write_group(&mut self, id: Option<&str>, mut group: Group) -> Outcome<Group> {
        let name = group.display_name.clone().unwrap_or_default();
        if name.trim().is_empty() {
            return Err(Failure::bad("invalidValue", "displayName must not be empty"));
        }
        check_length("displayName", Some(&name))?;
        if let Some(other) = self.group_names.get(&name.to_lowercase())
            && Some(other.as_str()) != id {
                // A rename onto another group's name: 400, the document lists no 409.
                return Err(Failure::bad("uniqueness", format!("A group named {name:?} already exists")));
            }
        let role_rank = self.check_role(group.role.as_deref())?;
        let new_members = self.resolve_members(&group)?;
        let old_members: BTreeSet<String> = id
            .and_then(|i| self.group_seq.get(i))
            .map(|s| self.groups[s].member_ids().map(str::to_owned).collect())
            .unwrap_or_default();
        for u in new_members.difference(&old_members) {
            let count = self.member_of.get(u).map_or(0, BTreeSet::len);
            if count + 1 > MAX_GROUPS_PER_USER {
                return Err(Failure::bad(
                    "invalidValue",
                    format!("User {u} cannot be a member of more than {MAX_GROUPS_PER_USER} groups"),
                ));
            }
        }
        let changes: Vec<(Option<Rank>, Option<Rank>)> = old_members
            .union(&new_members)
            .map(|u| {
                let before = self.effective_rank(u, None, None);
                let others = self.effective_rank(u, None, id);
                let after = if new_members.contains(u) { others.map(|r| r.max(role_rank)) } else { others };
                (before, after)
            })
            .collect();
        self.seats.apply(&changes)?;

        let gid = id.map(str::to_owned).unwrap_or_else(new_id);
        let (created, version) = match id.and_then(|i| self.group_seq.get(i)).map(|s| &self.groups[s]) {
            Some(old) => {
                let m = old.meta.as_ref();
                let v = m.and_then(|m| m.version.as_deref()).and_then(|v| v.trim_start_matches("W/").trim_matches('"').parse::<u64>().ok());
                (m.and_then(|m| m.created.clone()), v.unwrap_or(1) + 1)
            }
            None => (None, 1),
        };
        group.id = Some(gid.clone());
        group.schemas = vec![urn::GROUP.to_owned()];
        group.meta = Some(self.meta("Group", &gid, created, version));
        group.members = new_members_in_order(&group, &new_members)
            .into_iter()
            .map(|u| {
                let user = self.user_seq.get(&u).and_then(|s| self.users.get(s));
                Reference {
                    display: user.and_then(|x| x.user_name.clone()),
                    reference: user.and_then(|x| x.meta.as_ref()).and_then(|m| m.location.clone()),
                    kind: Some("User".into()),
                    value: Some(u),
                }
            })
            .collect();
        for u in old_members.difference(&new_members) {
            if let Some(set) = self.member_of.get_mut(u) {
                set.remove(&gid);
            }
        }
        for u in &new_members {
            self.member_of.entry(u.clone()).or_default().insert(gid.clone());
        }
        match id.and_then(|i| self.group_seq.get(i).copied()) {
            Some(seq) => {
                let old_name = self.groups[&seq].display_name.clone().unwrap_or_default().to_lowercase();
                self.group_names.remove(&old_name);
                self.group_names.insert(name.to_lowercase(), gid.clone());
                self.groups.insert(seq, group);
            }
            None => self.insert_group(gid.clone(), group),
        }
        self.get_group(&gid)
    }

    /// The member ids of a group; every one must be an existing user.
    fn resolve_members(&self, group: &Group) -> Outcome<BTreeSet<String>> {
        let mut out = BTreeSet::new();
        for m in &group.members {
            let id = m.value.as_deref().unwrap_or_default();
            if !self.user_seq.contains_key(id) {
                return Err(Failure::bad("invalidValue", format!("Group member {id:?} does not exist")));
            }
            out.insert(id.to_owned());
        }
        Ok(out)
    }
}

/// The members in the order the request listed them, each once.
fn new_members_in_order(group: &Group, members: &BTreeSet<String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    group
        .member_ids()
        .filter(|id| members.contains(*id) && seen.insert(*id))
        .map(str::to_owned)
        .collect()
}

impl Failure {
    /// This failure with a scimType.
    pub fn with_type(mut self, scim_type: &'static str) -> Self {
        self.scim_type = Some(scim_type);
        self
    }
}
