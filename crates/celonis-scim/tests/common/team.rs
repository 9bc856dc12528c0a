//! Helpers of the main-job tests: desired users, the team's state, an apply that must succeed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use celonis_scim::sync::{ApplyOptions, DesiredState, DesiredUser, PlanOptions, render};
use celonis_scim::{Client, IterOptions};

/// A desired user `name@example.com` in `groups`.
pub fn user(name: &str, groups: &[&str]) -> DesiredUser {
    DesiredUser {
        user_name: format!("{name}@example.com"),
        display_name: Some(name.to_owned()),
        emails: vec![format!("{name}@example.com")],
        groups: groups.iter().map(|g| g.to_string()).collect(),
        ..Default::default()
    }
}

/// The server's state as (userName -> (displayName, role, active, sorted group names)).
pub type TeamState = BTreeMap<String, (Option<String>, Option<String>, Option<bool>, BTreeSet<String>)>;

/// The server's state, read now.
pub fn state(c: &Client) -> TeamState {
    c.iter_users(&IterOptions::default())
        .map(|u| u.unwrap())
        .map(|u| {
            let groups = u.groups.iter().filter_map(|g| g.display.clone()).collect();
            (u.user_name.clone().unwrap(), (u.display_name.clone(), u.role.clone(), u.active, groups))
        })
        .collect()
}

/// Plans and applies; every operation must succeed, and planning again must give nothing.
pub fn apply_ok(c: &Client, desired: &DesiredState, plan_options: &PlanOptions, apply_options: &ApplyOptions) {
    let plan = c.plan(desired, plan_options).unwrap();
    let report = c.apply(&plan, apply_options, None).unwrap();
    assert!(report.is_success(), "{:?}", report.failed);
    assert_eq!(report.done.len(), plan.operation_count());
    let again = c.plan(desired, plan_options).unwrap();
    assert!(again.is_empty(), "planning again after a successful apply gives an empty plan:\n{}", render(&again, false));
}

/// A new, empty directory under the system's temporary directory.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("celonis-scim-{name}-{}-{}", std::process::id(), celonis_scim::clock::random_u64()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
