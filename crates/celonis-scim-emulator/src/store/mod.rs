//! The emulator's data and the Celonis rules it enforces on every change.
//!
//! Rules (all answered 400 with a SCIM error unless noted): userName required, not blank and
//! unique (case-insensitive); userName, displayName and name parts at most 100 characters;
//! role one of MEMBER, ANALYST or the admin role, MEMBER by default; a user's emails never
//! change on PUT ("Email updates are forbidden"); licence seats per effective role; group
//! names unique (a create of an existing name returns that group; a rename onto one is a 400
//! `uniqueness`); group members must exist; at most 50 groups per user.

mod groups;
mod users;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::resources::{Group, Meta, User};
use serde::{Deserialize, Serialize};

use crate::clock::now_rfc3339;
use crate::config::EmulatorConfig;
use crate::failure::{Failure, Outcome};
use crate::seats::{Rank, Seats};

/// The longest name Celonis accepts, in characters.
pub const MAX_NAME_CHARS: usize = 100;
/// The most groups one user may belong to.
pub const MAX_GROUPS_PER_USER: usize = 50;

/// All users and groups of one emulated team.
#[derive(Debug)]
pub struct Store {
    seats: Seats,
    base_url: String,
    next_seq: u64,
    users: BTreeMap<u64, User>,
    user_seq: HashMap<String, u64>,
    user_names: HashMap<String, String>,
    groups: BTreeMap<u64, Group>,
    group_seq: HashMap<String, u64>,
    group_names: HashMap<String, String>,
    member_of: HashMap<String, BTreeSet<String>>,
}

/// What is written to the state file.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Snapshot {
    /// Users, in creation order.
    pub users: Vec<User>,
    /// Groups, in creation order.
    pub groups: Vec<Group>,
}

impl Store {
    /// An empty store.
    pub fn new(config: &EmulatorConfig, base_url: String) -> Self {
        Store {
            seats: Seats::new(&config.seats, &config.admin_role),
            base_url,
            next_seq: 1,
            users: BTreeMap::new(),
            user_seq: HashMap::new(),
            user_names: HashMap::new(),
            groups: BTreeMap::new(),
            group_seq: HashMap::new(),
            group_names: HashMap::new(),
            member_of: HashMap::new(),
        }
    }

    /// Loads a snapshot into an empty store (seat limits are not enforced on load).
    pub fn restore(&mut self, snapshot: Snapshot) {
        for u in snapshot.users {
            if let Some(id) = u.id.clone() {
                let rank = self.own_rank(u.role.as_deref());
                self.insert_user(id, u);
                let _ = self.seats.apply(&[(None, Some(rank))]);
            }
        }
        for g in snapshot.groups {
            let Some(gid) = g.id.clone() else { continue };
            let members: Vec<String> = g.member_ids().map(str::to_owned).collect();
            let before: Vec<Option<Rank>> = members.iter().map(|u| self.effective_rank(u, None, None)).collect();
            self.insert_group(gid.clone(), g);
            for (u, b) in members.iter().zip(before) {
                self.member_of.entry(u.clone()).or_default().insert(gid.clone());
                let after = self.effective_rank(u, None, None);
                let _ = self.seats.apply(&[(b, after)]);
            }
        }
    }

    /// The data, for the state file.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot { users: self.users.values().cloned().collect(), groups: self.groups.values().cloned().collect() }
    }

    /// Seats in use per role.
    pub fn seat_usage(&self) -> BTreeMap<String, usize> {
        self.seats.usage()
    }

    fn take_seq(&mut self) -> u64 {
        let s = self.next_seq;
        self.next_seq += 1;
        s
    }

    fn meta(&self, kind: &str, id: &str, created: Option<String>, version: u64) -> Meta {
        let now = now_rfc3339();
        Meta {
            resource_type: Some(kind.to_owned()),
            created: Some(created.unwrap_or_else(|| now.clone())),
            last_modified: Some(now),
            location: Some(format!("{}/{kind}s/{id}", self.base_url)),
            version: Some(format!("W/\"{version}\"")),
        }
    }

    /// The rank of a role value; an unknown one is a 400.
    fn check_role(&self, role: Option<&str>) -> Outcome<Rank> {
        match role {
            None => Ok(0),
            Some(r) => self.seats.rank(r).ok_or_else(|| {
                Failure::bad("invalidValue", format!("Unknown role {r:?}: expected MEMBER, ANALYST or {}", self.seats.name(2)))
            }),
        }
    }

    fn own_rank(&self, role: Option<&str>) -> Rank {
        role.and_then(|r| self.seats.rank(r)).unwrap_or(0)
    }

    /// A user's effective rank: its own role's (or `own` instead), and its groups' roles,
    /// leaving out group `skip`. `None` when the user does not exist.
    fn effective_rank(&self, uid: &str, own: Option<Rank>, skip: Option<&str>) -> Option<Rank> {
        let user = self.user_seq.get(uid).and_then(|s| self.users.get(s))?;
        let mut rank = own.unwrap_or_else(|| self.own_rank(user.role.as_deref()));
        for gid in self.member_of.get(uid).into_iter().flatten() {
            if Some(gid.as_str()) == skip {
                continue;
            }
            if let Some(g) = self.group_seq.get(gid).and_then(|s| self.groups.get(s)) {
                rank = rank.max(self.own_rank(g.role.as_deref()));
            }
        }
        Some(rank)
    }

    fn insert_user(&mut self, id: String, user: User) {
        let seq = self.take_seq();
        if let Some(name) = user.user_name.as_deref() {
            self.user_names.insert(name.to_lowercase(), id.clone());
        }
        self.user_seq.insert(id, seq);
        self.users.insert(seq, user);
    }

    fn insert_group(&mut self, id: String, group: Group) {
        let seq = self.take_seq();
        if let Some(name) = group.display_name.as_deref() {
            self.group_names.insert(name.to_lowercase(), id.clone());
        }
        self.group_seq.insert(id, seq);
        self.groups.insert(seq, group);
    }
}

/// Checks a name-like attribute's length.
fn check_length(attribute: &str, value: Option<&str>) -> Outcome<()> {
    match value {
        Some(v) if v.chars().count() > MAX_NAME_CHARS => Err(Failure::bad(
            "invalidValue",
            format!("{attribute} exceeds {MAX_NAME_CHARS} characters"),
        )),
        _ => Ok(()),
    }
}

/// A page of `items`: the 1-based `start` and at most `count` of them.
fn page<'a, T: 'a>(items: impl Iterator<Item = &'a T>, start: u64, count: u64) -> impl Iterator<Item = &'a T> {
    items.skip(start.saturating_sub(1) as usize).take(count as usize)
}
