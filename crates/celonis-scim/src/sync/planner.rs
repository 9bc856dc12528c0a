//! Computing a plan: the desired state against the current users and groups.

use std::collections::{HashMap, HashSet};

use serde_json::{Value, json};

use super::desired::{DesiredGroup, DesiredState, DesiredUser};
use super::options::{ManageGroups, MatchBy, MissingUsers, PlanOptions};
use super::protect;
use super::plan::{Change, Conflict, ConflictKind, GroupCreate, GroupRef, GroupUpdate, MemberRef, MembershipChange, Plan, UserCreate, UserRef, UserUpdate};
use super::seats::SeatCounter;
use crate::model::{Group, MultiValue, Name, User};
use crate::validate::{MAX_GROUPS_PER_USER, MEMBER_ROLE, Roles};

/// The current state, as read from the server.
pub struct Current<'a> {
    /// Every user.
    pub users: &'a [User],
    /// Every group.
    pub groups: &'a [Group],
}

/// Computes the plan. The desired state must have passed [`DesiredState::check`].
pub fn plan(desired: &DesiredState, current: &Current<'_>, options: &PlanOptions, roles: &Roles) -> Plan {
    let mut plan = Plan {
        options: options.clone(),
        team_size: current.users.len(),
        input_users: desired.users.len(),
        sources: desired.sources.clone(),
        input: Some(desired.fingerprint()),
        input_complete: desired.complete || options.input_complete,
        ..Plan::default()
    };
    let key_of_user = |u: &User| match options.match_by {
        MatchBy::UserName => u.user_name.as_deref().map(str::to_lowercase),
        MatchBy::ExternalId => u.external_id.clone(),
    };
    let key_of_desired = |u: &DesiredUser| match options.match_by {
        MatchBy::UserName => Some(u.user_name.to_lowercase()),
        MatchBy::ExternalId => u.external_id.clone(),
    };
    let by_key: HashMap<String, &User> = current.users.iter().filter_map(|u| key_of_user(u).map(|k| (k, u))).collect();

    // Users: create, update, and who is listed.
    let mut listed: HashMap<&str, &User> = HashMap::new(); // id -> current user
    let mut desired_id: Vec<Option<&str>> = Vec::with_capacity(desired.users.len());
    for du in &desired.users {
        let found = key_of_desired(du).and_then(|k| by_key.get(&k).copied());
        desired_id.push(found.and_then(|u| u.id.as_deref()));
        match found {
            None => plan.create_users.push(UserCreate { user_name: du.user_name.clone(), user: new_user(du, options) }),
            Some(cu) => {
                if let Some(id) = cu.id.as_deref() {
                    listed.insert(id, cu);
                }
                let (changes, user, conflict) = diff_user(du, cu, options.match_by);
                if let Some(c) = conflict {
                    plan.conflicts.push(c);
                }
                if !changes.is_empty() {
                    plan.update_users.push(UserUpdate { id: cu.id.clone().unwrap_or_default(), user_name: du.user_name.clone(), changes, user });
                }
            }
        }
    }
    // Users the input does not list.
    let mut deleted: HashSet<&str> = HashSet::new();
    for cu in current.users {
        let Some(id) = cu.id.as_deref() else { continue };
        if listed.contains_key(id) {
            continue;
        }
        let user_name = cu.user_name.clone().unwrap_or_default();
        match options.missing_users {
            MissingUsers::Keep => {}
            MissingUsers::Deactivate if cu.active != Some(false) => {
                let user = User { active: Some(false), ..cu.clone() };
                plan.deactivate_users.push(UserRef { id: id.to_owned(), user_name, user: Some(user) });
            }
            MissingUsers::Deactivate => {}
            MissingUsers::Delete => {
                deleted.insert(id);
                plan.delete_users.push(UserRef { id: id.to_owned(), user_name, user: None });
            }
        }
    }

    // Groups: the ones named, created or updated; with `all`, the others deleted.
    let mut wanted: Vec<DesiredGroup> = Vec::new();
    let mut wanted_index: HashMap<String, usize> = HashMap::new();
    let named = desired.groups.iter().cloned().chain(
        desired.users.iter().flat_map(|u| u.groups.iter()).map(|g| DesiredGroup { display_name: g.clone(), ..Default::default() }),
    );
    for g in named {
        let k = g.display_name.to_lowercase();
        if let std::collections::hash_map::Entry::Vacant(e) = wanted_index.entry(k) {
            e.insert(wanted.len());
            wanted.push(g);
        }
    }
    let current_groups: HashMap<String, &Group> =
        current.groups.iter().filter_map(|g| g.display_name.as_deref().map(|n| (n.to_lowercase(), g))).collect();
    for g in &wanted {
        match current_groups.get(&g.display_name.to_lowercase()) {
            None => plan.create_groups.push(GroupCreate { display_name: g.display_name.clone(), role: g.role.clone(), external_id: g.external_id.clone() }),
            Some(cg) => {
                let mut changes = Vec::new();
                let role_now = cg.role.as_deref().unwrap_or(MEMBER_ROLE);
                if let Some(r) = g.role.as_deref().filter(|r| *r != role_now) {
                    changes.push(change("role", json!(role_now), json!(r)));
                }
                if let Some(e) = g.external_id.as_deref().filter(|e| Some(*e) != cg.external_id.as_deref()) {
                    changes.push(change("externalId", json!(cg.external_id), json!(e)));
                }
                if !changes.is_empty() {
                    plan.update_groups.push(GroupUpdate { id: cg.id.clone().unwrap_or_default(), display_name: cg.display_name.clone().unwrap_or_default(), changes });
                }
            }
        }
    }
    let mut deleted_groups: HashSet<&str> = HashSet::new();
    if options.manage_groups == ManageGroups::All {
        for cg in current.groups {
            let name = cg.display_name.clone().unwrap_or_default();
            if !wanted_index.contains_key(&name.to_lowercase())
                && let Some(id) = cg.id.as_deref() {
                    deleted_groups.insert(id);
                    plan.delete_groups.push(GroupRef { id: id.to_owned(), display_name: name });
                }
        }
    }

    // Memberships of the managed groups: listed users as the input says; others untouched.
    let mut member_of: HashMap<&str, HashSet<&str>> = HashMap::new(); // user id -> group ids
    for g in current.groups {
        if let Some(gid) = g.id.as_deref() {
            for m in g.member_ids() {
                member_of.entry(m).or_default().insert(gid);
            }
        }
    }
    let mut desired_members: Vec<Vec<usize>> = vec![Vec::new(); wanted.len()];
    for (i, du) in desired.users.iter().enumerate() {
        let mut seen = HashSet::new();
        for g in &du.groups {
            let k = g.to_lowercase();
            if seen.insert(k.clone())
                && let Some(&gi) = wanted_index.get(&k) {
                    desired_members[gi].push(i);
                }
        }
    }
    let mut additions: HashMap<usize, usize> = HashMap::new(); // desired user -> groups added
    let mut removals: HashMap<&str, usize> = HashMap::new(); // user id -> groups left
    for (gi, g) in wanted.iter().enumerate() {
        let cg = current_groups.get(&g.display_name.to_lowercase()).copied();
        let now: HashSet<&str> = cg.map(|c| c.member_ids().collect()).unwrap_or_default();
        let want_ids: HashSet<&str> = desired_members[gi].iter().filter_map(|&i| desired_id[i]).collect();
        let add: Vec<MemberRef> = desired_members[gi]
            .iter()
            .filter(|&&i| desired_id[i].is_none_or(|id| !now.contains(id)))
            .map(|&i| {
                *additions.entry(i).or_default() += 1;
                MemberRef { user_name: desired.users[i].user_name.clone(), id: desired_id[i].map(str::to_owned) }
            })
            .collect();
        let mut remove: Vec<MemberRef> = now
            .iter()
            .filter(|id| listed.contains_key(*id) && !want_ids.contains(*id) && !deleted.contains(*id))
            .map(|id| {
                *removals.entry(id).or_default() += 1;
                MemberRef { user_name: listed[id].user_name.clone().unwrap_or_default(), id: Some((*id).to_owned()) }
            })
            .collect();
        remove.sort_by(|a, b| a.user_name.cmp(&b.user_name));
        if !add.is_empty() || !remove.is_empty() {
            plan.memberships.push(MembershipChange { group: cg.and_then(|c| c.display_name.clone()).unwrap_or_else(|| g.display_name.clone()), group_id: cg.and_then(|c| c.id.clone()), add, remove });
        }
    }
    protect::leave_out(&mut plan, options);
    limit_groups_per_user(&mut plan, desired, &desired_id, &member_of, &additions, &removals, &deleted_groups);

    plan.seats = SeatCounter::new(roles).usage(desired, current, &plan, &desired_id);
    for (role, limit) in &options.seat_limits {
        let (before, after) = (plan.seats.before.get(role).copied().unwrap_or(0), plan.seats.after.get(role).copied().unwrap_or(0));
        if after > *limit && after > before {
            plan.conflicts.push(Conflict { kind: ConflictKind::SeatLimit, subject: role.clone(), detail: format!("{after} {role} seats after the plan, the limit is {limit} (now {before})") });
        }
    }
    protect::check_totals(&mut plan, options);
    plan
}

/// Drops the additions that would put a user in more than the maximum number of groups.
fn limit_groups_per_user(
    plan: &mut Plan,
    desired: &DesiredState,
    desired_id: &[Option<&str>],
    member_of: &HashMap<&str, HashSet<&str>>,
    additions: &HashMap<usize, usize>,
    removals: &HashMap<&str, usize>,
    deleted_groups: &HashSet<&str>,
) {
    let mut over: HashSet<String> = HashSet::new();
    for (&i, &added) in additions {
        let now = desired_id[i]
            .and_then(|id| member_of.get(id))
            .map_or(0, |gs| gs.iter().filter(|g| !deleted_groups.contains(*g)).count());
        let left = desired_id[i].and_then(|id| removals.get(id)).copied().unwrap_or(0);
        let total = now + added - left.min(now);
        if total > MAX_GROUPS_PER_USER {
            let name = desired.users[i].user_name.clone();
            plan.conflicts.push(Conflict {
                kind: ConflictKind::TooManyGroups,
                subject: name.clone(),
                detail: format!("would be in {total} groups (at most {MAX_GROUPS_PER_USER}): its new memberships are not sent"),
            });
            over.insert(name);
        }
    }
    if over.is_empty() {
        return;
    }
    for m in &mut plan.memberships {
        m.add.retain(|r| !over.contains(&r.user_name));
    }
    plan.memberships.retain(|m| !m.add.is_empty() || !m.remove.is_empty());
}

fn change(attribute: &str, before: Value, after: Value) -> Change {
    Change { attribute: attribute.to_owned(), before, after }
}

/// The user to create for a desired one.
fn new_user(du: &DesiredUser, options: &PlanOptions) -> User {
    let name = (du.given_name.is_some() || du.family_name.is_some())
        .then(|| Name { given_name: du.given_name.clone(), family_name: du.family_name.clone(), ..Default::default() });
    User {
        user_name: Some(du.user_name.clone()),
        display_name: du.display_name.clone(),
        name,
        emails: du.emails.iter().enumerate().map(|(i, e)| MultiValue { primary: (i == 0).then_some(true), ..MultiValue::of(e.clone()) }).collect(),
        external_id: du.external_id.clone(),
        active: du.active,
        role: du.role.clone(),
        send_email_on_invitation: options.send_invitations,
        ..Default::default()
    }
}

/// What differs between a desired user and its current self: the changes, the replacement,
/// and an email conflict when the input wants other emails (Celonis forbids the change).
fn diff_user(du: &DesiredUser, cu: &User, by: MatchBy) -> (Vec<Change>, User, Option<Conflict>) {
    let mut changes = Vec::new();
    let mut user = cu.clone();
    let mut set = |attr: &str, now: Option<&str>, want: Option<&String>, apply: &mut dyn FnMut(String)| {
        if let Some(w) = want.filter(|w| Some(w.as_str()) != now) {
            changes.push(change(attr, json!(now), json!(w)));
            apply(w.clone());
        }
    };
    set("displayName", cu.display_name.as_deref(), du.display_name.as_ref(), &mut |v| user.display_name = Some(v));
    let name = cu.name.clone().unwrap_or_default();
    set("name.givenName", name.given_name.as_deref(), du.given_name.as_ref(), &mut |v| user.name.get_or_insert_with(Default::default).given_name = Some(v));
    set("name.familyName", name.family_name.as_deref(), du.family_name.as_ref(), &mut |v| user.name.get_or_insert_with(Default::default).family_name = Some(v));
    match by {
        MatchBy::UserName => set("externalId", cu.external_id.as_deref(), du.external_id.as_ref(), &mut |v| user.external_id = Some(v)),
        MatchBy::ExternalId => set("userName", cu.user_name.as_deref(), Some(&du.user_name), &mut |v| user.user_name = Some(v)),
    }
    let role_now = cu.role.as_deref().unwrap_or(MEMBER_ROLE);
    set("role", Some(role_now), du.role.as_ref(), &mut |v| user.role = Some(v));
    if let Some(a) = du.active.filter(|a| *a != cu.active.unwrap_or(true)) {
        changes.push(change("active", json!(cu.active.unwrap_or(true)), json!(a)));
        user.active = Some(a);
    }
    let mut conflict = None;
    if !du.emails.is_empty() {
        let mut want: Vec<String> = du.emails.iter().map(|e| e.to_lowercase()).collect();
        want.sort();
        want.dedup();
        if want != cu.email_values() {
            conflict = Some(Conflict {
                kind: ConflictKind::EmailChange,
                subject: du.user_name.clone(),
                detail: format!("emails {:?} differ from the current {:?}; Celonis forbids changing them, so they are left as they are", du.emails, cu.email_values()),
            });
        }
    }
    // Read-only and server-set attributes are never sent (to_wire drops them), and the
    // write-only invitation flag is for creates: an update never re-sends it.
    user.groups.clear();
    user.send_email_on_invitation = None;
    (changes, user, conflict)
}
