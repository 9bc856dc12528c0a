//! Protection rules: planned as conflicts, enforced again at apply (a saved plan may have been
//! edited), and saved plans applied exactly.

mod common;

use celonis_scim::ErrorKind;
use celonis_scim::sync::{ApplyOptions, DesiredState, ManageGroups, MissingUsers, PlanOptions, SavedPlan};
use common::team::{apply_ok, state, user};
use common::{client, emulator};

fn kinds(plan: &celonis_scim::sync::Plan) -> Vec<(&str, &str)> {
    plan.conflicts.iter().map(|c| (c.kind.as_str(), c.subject.as_str())).collect()
}

fn refusal(c: &celonis_scim::Client, plan: &celonis_scim::sync::Plan, options: &ApplyOptions) -> Option<String> {
    let err = c.apply(plan, options, None).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    err.scim_type
}

#[test]
fn protected_users_are_never_changed_deactivated_or_moved() {
    let emu = emulator();
    let c = client(&emu);
    let team = DesiredState { users: vec![user("admin", &["Ops"]), user("svc-1", &["Ops"]), user("joe", &["Ops"])], ..Default::default() };
    apply_ok(&c, &team, &PlanOptions::default(), &ApplyOptions::default());
    let options = PlanOptions { missing_users: MissingUsers::Deactivate, protected_users: vec!["ADMIN@*".into(), "svc-?@example.com".into()], ..Default::default() };
    // The input drops the admin, renames svc-1 and moves it out of Ops; only joe's change goes.
    let mut changed = user("svc-1", &[]);
    changed.display_name = Some("Service".into());
    let mut joe = user("joe", &["Ops"]);
    joe.display_name = Some("Joseph".into());
    let plan = c.plan(&DesiredState { users: vec![changed, joe], ..Default::default() }, &options).unwrap();
    assert_eq!(plan.operation_count(), 1, "{:?}", kinds(&plan));
    assert_eq!(
        kinds(&plan),
        [("protected", "svc-1@example.com"), ("protected", "admin@example.com"), ("protected", "svc-1@example.com")]
    );
    assert!(c.apply(&plan, &ApplyOptions::default(), None).unwrap().is_success());
    let s = state(&c);
    assert_eq!(s["admin@example.com"].2, None, "still active");
    assert_eq!(s["svc-1@example.com"].0.as_deref(), Some("svc-1"));
    assert_eq!(s["joe@example.com"].0.as_deref(), Some("Joseph"));

    // A plan edited to touch a protected user is refused at apply, even forced.
    let mut edited = c.plan(&DesiredState { users: vec![user("admin", &["Ops"])], ..Default::default() }, &PlanOptions::default()).unwrap();
    edited.options.protected_users = vec!["joe@example.com".into()];
    edited.deactivate_users.push(celonis_scim::sync::plan::UserRef { id: "x".into(), user_name: "JOE@example.com".into(), user: None });
    assert_eq!(refusal(&c, &edited, &ApplyOptions { force: true, ..Default::default() }).as_deref(), Some("protected"));
}

#[test]
fn protected_groups_keep_their_members_and_are_never_deleted() {
    let emu = emulator();
    let c = client(&emu);
    apply_ok(&c, &DesiredState { users: vec![user("a", &["Admins", "Legacy"])], ..Default::default() }, &PlanOptions::default(), &ApplyOptions::default());
    let options = PlanOptions { manage_groups: ManageGroups::All, protected_groups: vec!["admins".into(), "Leg*".into()], input_complete: true, ..Default::default() };
    let plan = c.plan(&DesiredState { users: vec![user("a", &[]), user("b", &["Admins"])], ..Default::default() }, &options).unwrap();
    assert!(plan.memberships.is_empty() && plan.delete_groups.is_empty(), "{:?}", kinds(&plan));
    assert!(kinds(&plan).contains(&("protected", "Legacy")));
    assert!(kinds(&plan).contains(&("protected", "Admins")));
}

#[test]
fn deletions_need_an_input_that_declares_itself_complete() {
    let emu = emulator();
    let c = client(&emu);
    let all = DesiredState { users: (0..10).map(|i| user(&format!("u{i}"), &[])).collect(), ..Default::default() };
    apply_ok(&c, &all, &PlanOptions::default(), &ApplyOptions::default());
    let partial = DesiredState { users: all.users[..9].to_vec(), ..Default::default() };
    let delete = PlanOptions { missing_users: MissingUsers::Delete, ..Default::default() };
    let plan = c.plan(&partial, &delete).unwrap();
    assert!(plan.delete_users.is_empty());
    assert_eq!(kinds(&plan), [("incomplete_input", "delete_users")]);
    // Declared complete by the input itself, or vouched for by the caller.
    let complete = DesiredState { complete: true, ..partial.clone() };
    assert_eq!(c.plan(&complete, &delete).unwrap().delete_users.len(), 1);
    let vouched = PlanOptions { input_complete: true, ..delete.clone() };
    let mut plan = c.plan(&partial, &vouched).unwrap();
    assert_eq!(plan.delete_users.len(), 1);
    // A saved plan edited to say otherwise is refused at apply, even forced.
    plan.input_complete = false;
    assert_eq!(refusal(&c, &plan, &ApplyOptions { force: true, ..Default::default() }).as_deref(), Some("incompleteInput"));
    assert_eq!(state(&c).len(), 10);
    // The JSON form says so with "complete": true.
    assert!(DesiredState::from_json(r#"{"users": [], "complete": true}"#).unwrap().complete);
}

#[test]
fn no_plan_goes_below_the_minimum_of_admins() {
    let emu = emulator();
    let c = client(&emu);
    let mut team = DesiredState { users: vec![user("boss", &[]), user("deputy", &[]), user("staff", &[])], ..Default::default() };
    team.users[0].role = Some("ADMIN".into());
    team.users[1].role = Some("ADMIN".into());
    apply_ok(&c, &team, &PlanOptions::default(), &ApplyOptions::default());
    let mut fewer = team.clone();
    fewer.users[1].role = Some("MEMBER".into());
    let guarded = PlanOptions { min_admins: Some(2), ..Default::default() };
    let plan = c.plan(&fewer, &guarded).unwrap();
    assert_eq!((plan.seats.active_admins_before, plan.seats.active_admins_after), (2, 1));
    assert_eq!(kinds(&plan), [("min_admins", "admins")]);
    assert_eq!(refusal(&c, &plan, &ApplyOptions { force: true, ..Default::default() }).as_deref(), Some("minAdmins"));
    // Deactivating an admin counts too; one admin is enough when the minimum is one.
    let gone = DesiredState { users: vec![team.users[0].clone(), team.users[2].clone()], ..Default::default() };
    let deactivate = PlanOptions { missing_users: MissingUsers::Deactivate, min_admins: Some(2), ..Default::default() };
    assert_eq!(kinds(&c.plan(&gone, &deactivate).unwrap()), [("min_admins", "admins")]);
    let plan = c.plan(&fewer, &PlanOptions { min_admins: Some(1), ..Default::default() }).unwrap();
    assert!(plan.conflicts.is_empty());
    assert!(c.apply(&plan, &ApplyOptions::default(), None).unwrap().is_success());
}

#[test]
fn a_saved_plan_is_applied_exactly_or_refused_when_stale() {
    let emu = emulator();
    let c = client(&emu);
    let team = DesiredState { users: vec![user("a", &["G"]), user("b", &[])], ..Default::default() };
    apply_ok(&c, &team, &PlanOptions::default(), &ApplyOptions::default());
    let mut next = team.clone();
    next.users[0].display_name = Some("Alice".into());
    let saved = SavedPlan::from_json(&c.plan_to_save(&next, &PlanOptions::default()).unwrap().to_json()).unwrap();
    // Someone changes a meanwhile: the saved plan is stale.
    let id = c.iter_users(&Default::default()).map(|u| u.unwrap()).find(|u| u.user_name.as_deref() == Some("a@example.com")).unwrap().id.unwrap();
    let mut a = c.get_user(&id, &Default::default()).unwrap();
    a.display_name = Some("Someone else".into());
    c.replace_user(&id, &a).unwrap();
    let err = c.apply_saved(&saved, &ApplyOptions::default(), None).unwrap_err();
    assert_eq!(err.scim_type.as_deref(), Some("stalePlan"));
    assert_eq!(state(&c)["a@example.com"].0.as_deref(), Some("Someone else"));
    let report = c.apply_saved(&saved, &ApplyOptions { force: true, ..Default::default() }, None).unwrap();
    assert!(report.is_success());
    assert_eq!(state(&c)["a@example.com"].0.as_deref(), Some("Alice"));
}
