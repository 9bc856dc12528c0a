//! Protection rules: what no plan may touch, and what no plan may do. The planner leaves the
//! protected changes out and lists them as conflicts; apply checks the plan again (a saved plan
//! may have been edited) and refuses one that breaks a rule.

use super::options::PlanOptions;
use super::plan::{Conflict, ConflictKind, Plan};
use crate::error::{Error, Result};

/// Whether `name` matches `pattern`: `*` any run of characters, `?` one; case-insensitive.
pub fn matches(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.to_lowercase().chars().collect();
    let n: Vec<char> = name.to_lowercase().chars().collect();
    // Iterative wildcard matching with one backtrack point (the last `*`).
    let (mut pi, mut ni, mut star, mut mark) = (0, 0, None, 0);
    while ni < n.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == n[ni]) {
            pi += 1;
            ni += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ni;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ni = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

fn any_match(patterns: &[String], name: &str) -> bool {
    patterns.iter().any(|p| matches(p, name))
}

fn conflict(kind: ConflictKind, subject: &str, detail: String) -> Conflict {
    Conflict { kind, subject: subject.into(), detail }
}

/// Leaves out of the plan every change of a protected user or group, and every deletion when
/// the input is not complete; each becomes a conflict. Runs before seats are counted.
pub(super) fn leave_out(plan: &mut Plan, options: &PlanOptions) {
    let users = &options.protected_users;
    let groups = &options.protected_groups;
    let mut out = Vec::new();
    let mut keep_user = |what: &str, name: &str| {
        let protected = any_match(users, name);
        if protected {
            out.push(conflict(ConflictKind::Protected, name, format!("a protected user: its {what} is not sent")));
        }
        !protected
    };
    plan.update_users.retain(|u| keep_user("update", &u.user_name));
    plan.deactivate_users.retain(|u| keep_user("deactivation", &u.user_name));
    plan.delete_users.retain(|u| keep_user("deletion", &u.user_name));
    for m in &mut plan.memberships {
        m.add.retain(|r| keep_user(&format!("addition to {}", m.group), &r.user_name));
        m.remove.retain(|r| keep_user(&format!("removal from {}", m.group), &r.user_name));
    }
    let mut keep_group = |what: &str, name: &str| {
        let protected = any_match(groups, name);
        if protected {
            out.push(conflict(ConflictKind::Protected, name, format!("a protected group: its {what} is not sent")));
        }
        !protected
    };
    plan.update_groups.retain(|g| keep_group("update", &g.display_name));
    plan.delete_groups.retain(|g| keep_group("deletion", &g.display_name));
    plan.memberships.retain(|m| (m.add.is_empty() && m.remove.is_empty()) || keep_group("membership change", &m.group));
    plan.memberships.retain(|m| !m.add.is_empty() || !m.remove.is_empty());
    if !plan.input_complete {
        let why = "the input does not declare itself complete (\"complete\": true, or the input_complete option), so nothing is deleted";
        if !plan.delete_users.is_empty() {
            out.push(conflict(ConflictKind::IncompleteInput, "delete_users", format!("{} users would be deleted, but {why}", plan.delete_users.len())));
            plan.delete_users.clear();
        }
        if !plan.delete_groups.is_empty() {
            out.push(conflict(ConflictKind::IncompleteInput, "delete_groups", format!("{} groups would be deleted, but {why}", plan.delete_groups.len())));
            plan.delete_groups.clear();
        }
    }
    plan.conflicts.extend(out);
}

/// The conflicts of rules about the whole plan: the minimum of admins and the input-shrink
/// guard. Runs after seats are counted.
pub(super) fn check_totals(plan: &mut Plan, options: &PlanOptions) {
    if let Some(why) = too_few_admins(plan) {
        plan.conflicts.push(conflict(ConflictKind::MinAdmins, "admins", why));
    }
    if let Some(why) = options.max_input_shrink_percent.and_then(|limit| input_shrink(limit, options.previous_input_users?, plan.input_users)) {
        plan.conflicts.push(conflict(ConflictKind::InputShrank, "input", why));
    }
}

/// The input-shrink rule, the one place it is computed: `None` when an input of `now` users
/// is within `limit` percent of the `before` users of the last run that applied an input,
/// else why it is not.
pub(super) fn input_shrink(limit: f64, before: usize, now: usize) -> Option<String> {
    let shrink = if before == 0 { 0.0 } else { before.saturating_sub(now) as f64 * 100.0 / before as f64 };
    (shrink > limit).then(|| format!("the input lists {now} users, {shrink:.1}% fewer than the {before} of the last run that applied an input (at most {limit}%)"))
}

fn too_few_admins(plan: &Plan) -> Option<String> {
    let min = plan.options.min_admins?;
    let (before, after) = (plan.seats.active_admins_before, plan.seats.active_admins_after);
    (after < min && after < before).then(|| format!("the plan leaves {after} active admins (now {before}), fewer than the minimum of {min}"))
}

/// Apply's check of the rules no `force` overrides: nothing protected is touched, no deletion
/// from an incomplete input, not fewer admins than the minimum. A `validation` error naming
/// the rule (`protected`, `incompleteInput`, `minAdmins`).
pub(super) fn enforce(plan: &Plan) -> Result<()> {
    let o = &plan.options;
    let user_names = plan
        .update_users
        .iter()
        .map(|u| &u.user_name)
        .chain(plan.deactivate_users.iter().map(|u| &u.user_name))
        .chain(plan.delete_users.iter().map(|u| &u.user_name))
        .chain(plan.memberships.iter().flat_map(|m| m.add.iter().chain(&m.remove)).map(|r| &r.user_name));
    let group_names =
        plan.update_groups.iter().map(|g| &g.display_name).chain(plan.delete_groups.iter().map(|g| &g.display_name)).chain(plan.memberships.iter().map(|m| &m.group));
    let refuse = |rule: &str, why: String| Err(Error::validation("plan", rule, why));
    for name in user_names {
        if any_match(&o.protected_users, name) {
            return refuse("protected", format!("the plan changes the protected user {name:?}"));
        }
    }
    for name in group_names {
        if any_match(&o.protected_groups, name) {
            return refuse("protected", format!("the plan changes the protected group {name:?}"));
        }
    }
    if !plan.input_complete && (!plan.delete_users.is_empty() || !plan.delete_groups.is_empty()) {
        return refuse("incompleteInput", "the plan deletes, but its input did not declare itself complete".into());
    }
    if let Some(why) = too_few_admins(plan) {
        return refuse("minAdmins", why);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn patterns_match_like_shell_globs_ignoring_case() {
        assert!(matches("admin@*", "Admin@corp.example"));
        assert!(matches("*@partner.example", "x@PARTNER.example"));
        assert!(matches("svc-?", "svc-1"));
        assert!(!matches("svc-?", "svc-12"));
        assert!(matches("a*b*c", "aXXbYYc"));
        assert!(!matches("a*b*c", "aXXbYY"));
        assert!(matches("exact", "EXACT"));
        assert!(!matches("exact", "exactly"));
        assert!(matches("*", ""));
    }
}
