//! Undoing a run: the inverse of what its journal says was done, as a plan to review and apply.

use std::path::Path;

use serde_json::Value;

use super::RunLog;
use crate::error::Result;
use crate::model::User;
use crate::sync::apply::op_key;
use crate::sync::options::PlanOptions;
use crate::sync::plan::{Change, Conflict, ConflictKind, GroupRef, GroupUpdate, MembershipChange, Plan, UserRef, UserUpdate};

/// The plan that undoes run `run` of the journal in `dir`: deactivated users reactivated,
/// updated users and groups given their earlier values back, membership changes reversed,
/// created users deactivated and created groups deleted. Deletions cannot be undone: each is
/// listed as an `irreversible` conflict. Only what the journal says was done is undone; the
/// protection rules of the run's plan carry over.
pub fn undo_plan(dir: &Path, run: &str) -> Result<Plan> {
    let log = RunLog::read(dir, run)?;
    let (created_users, created_groups) = log.created_ids();
    let was_done = |action: &str, target: &str| log.ended.get(&op_key(action, target)).is_some_and(|e| e.is_done());
    let done = &log.header.plan;
    let original = &done.options;
    let mut undo = Plan {
        options: PlanOptions {
            protected_users: original.protected_users.clone(),
            protected_groups: original.protected_groups.clone(),
            min_admins: original.min_admins,
            ..Default::default()
        },
        team_size: done.team_size + done.create_users.len(),
        input_complete: true,
        ..Default::default()
    };
    for g in done.create_groups.iter().filter(|g| was_done("create_group", &g.display_name)) {
        if let Some(id) = created_groups.get(&g.display_name.to_lowercase()) {
            undo.delete_groups.push(GroupRef { id: id.clone(), display_name: g.display_name.clone() });
        }
    }
    for g in done.update_groups.iter().filter(|g| was_done("update_group", &g.display_name)) {
        undo.update_groups.push(GroupUpdate { id: g.id.clone(), display_name: g.display_name.clone(), changes: reversed(&g.changes) });
    }
    for u in done.create_users.iter().filter(|u| was_done("create_user", &u.user_name)) {
        if let Some(id) = created_users.get(&u.user_name.to_lowercase()) {
            let user = User { id: Some(id.clone()), active: Some(false), send_email_on_invitation: None, ..u.user.clone() };
            undo.deactivate_users.push(UserRef { id: id.clone(), user_name: u.user_name.clone(), user: Some(user) });
        }
    }
    for u in done.update_users.iter().filter(|u| was_done("update_user", &u.user_name)) {
        let changes = reversed(&u.changes);
        undo.update_users.push(UserUpdate { id: u.id.clone(), user_name: u.user_name.clone(), user: with_changes(&u.user, &changes), changes });
    }
    for u in done.deactivate_users.iter().filter(|u| was_done("deactivate_user", &u.user_name)) {
        let changes = vec![Change { attribute: "active".into(), before: Value::Bool(false), after: Value::Bool(true) }];
        let user = User { active: Some(true), ..u.user.clone().unwrap_or_default() };
        undo.update_users.push(UserUpdate { id: u.id.clone(), user_name: u.user_name.clone(), changes, user });
    }
    for m in done.memberships.iter().filter(|m| was_done("memberships", &m.group)) {
        let group_id = m.group_id.clone().or_else(|| created_groups.get(&m.group.to_lowercase()).cloned());
        if m.group_id.is_none() {
            continue; // The group itself is deleted.
        }
        let with_ids = |refs: &[crate::sync::plan::MemberRef]| {
            refs.iter()
                .map(|r| crate::sync::plan::MemberRef { user_name: r.user_name.clone(), id: r.id.clone().or_else(|| created_users.get(&r.user_name.to_lowercase()).cloned()) })
                .collect::<Vec<_>>()
        };
        undo.memberships.push(MembershipChange { group: m.group.clone(), group_id, add: with_ids(&m.remove), remove: with_ids(&m.add) });
    }
    let irreversible = |what: &str, name: &str| Conflict { kind: ConflictKind::Irreversible, subject: name.into(), detail: format!("{what} by run {run}: cannot be undone") };
    for u in done.delete_users.iter().filter(|u| was_done("delete_user", &u.user_name)) {
        undo.conflicts.push(irreversible("user deleted", &u.user_name));
    }
    for g in done.delete_groups.iter().filter(|g| was_done("delete_group", &g.display_name)) {
        undo.conflicts.push(irreversible("group deleted", &g.display_name));
    }
    Ok(undo)
}

fn reversed(changes: &[Change]) -> Vec<Change> {
    changes.iter().map(|c| Change { attribute: c.attribute.clone(), before: c.after.clone(), after: c.before.clone() }).collect()
}

/// `user` with each change's `after` value set (a dotted attribute names a sub-attribute).
fn with_changes(user: &User, changes: &[Change]) -> User {
    let mut value = serde_json::to_value(user).unwrap_or(Value::Null);
    for c in changes {
        let mut parts: Vec<&str> = c.attribute.split('.').collect();
        let Some(last) = parts.pop() else { continue };
        let mut at = &mut value;
        for p in parts {
            if !at.get(p).is_some_and(Value::is_object) {
                at[p] = Value::Object(Default::default());
            }
            at = &mut at[p];
        }
        if let Value::Object(map) = at {
            if c.after.is_null() {
                map.remove(last);
            } else {
                map.insert(last.to_owned(), c.after.clone());
            }
        }
    }
    serde_json::from_value(value).unwrap_or_else(|_| user.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_set_back_on_nested_attributes_too() {
        let user = User { display_name: Some("New".into()), name: Some(crate::model::Name { given_name: Some("N".into()), ..Default::default() }), ..User::new("a") };
        let back = vec![
            Change { attribute: "displayName".into(), before: Value::from("New"), after: Value::from("Old") },
            Change { attribute: "name.givenName".into(), before: Value::from("N"), after: Value::Null },
        ];
        let old = with_changes(&user, &back);
        assert_eq!(old.display_name.as_deref(), Some("Old"));
        assert_eq!(old.name.and_then(|n| n.given_name), None);
    }
}
