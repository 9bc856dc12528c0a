//! Plan and apply against the emulator: every scenario of the main job.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Mutex;

use celonis_scim::sync::{ApplyOptions, DesiredState, DesiredUser, ManageGroups, MatchBy, MissingUsers, PlanOptions, Progress, render};
use celonis_scim::{Client, ErrorKind, IterOptions};
use celonis_scim_emulator::{Emulator, EmulatorConfig};
use common::team::{apply_ok, state, user};
use common::{client, emulator};

fn team() -> DesiredState {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/team.csv");
    DesiredState::from_path(&path, None).unwrap()
}

#[test]
fn create_from_empty_through_bulk_then_idempotent() {
    let emu = emulator();
    let c = client(&emu);
    let desired = team();
    let plan = c.plan(&desired, &PlanOptions::default()).unwrap();
    assert_eq!(plan.create_users.len(), 36);
    assert_eq!(plan.create_groups.len(), 6);
    assert_eq!(plan.memberships.len(), 6);
    assert_eq!(plan.seats.before.values().sum::<usize>(), 0);
    assert_eq!(plan.seats.after["ANALYST"], 6);
    assert_eq!(plan.seats.after["ADMIN"], 1);
    let text = render(&plan, false);
    assert!(text.contains("+ user ada.lovelace@example.com (Ada Lovelace, ANALYST)"), "{text}");
    assert!(text.contains("Seats by effective role:"));

    let seen = Mutex::new(Vec::new());
    let progress = |p: &Progress<'_>| seen.lock().unwrap().push((p.done, p.total));
    let report = c.apply(&plan, &ApplyOptions::default(), Some(&progress)).unwrap();
    assert!(report.is_success(), "{:?}", report.failed);
    let seen = seen.into_inner().unwrap();
    assert_eq!(seen.len(), plan.operation_count());
    assert_eq!(seen.last(), Some(&(plan.operation_count(), plan.operation_count())));

    let s = state(&c);
    assert_eq!(s.len(), 36);
    assert_eq!(s["grace.hopper@example.com"].1.as_deref(), Some("ADMIN"));
    assert_eq!(s["ada.lovelace@example.com"].3, ["Data Engineering", "Process Mining"].map(String::from).into());
    assert!(c.plan(&desired, &PlanOptions::default()).unwrap().is_empty());
}

#[test]
fn single_calls_with_bounded_concurrency() {
    let emu = emulator();
    let c = client(&emu);
    apply_ok(&c, &team(), &PlanOptions::default(), &ApplyOptions { bulk: false, max_in_flight: 4, ..Default::default() });
    assert_eq!(state(&c).len(), 36);
}

#[test]
fn changes_only_what_differs_and_moves_users_between_groups() {
    let emu = emulator();
    let c = client(&emu);
    let mut desired = DesiredState { users: vec![user("a", &["G1"]), user("b", &["G1", "G2"]), user("c", &[])], ..Default::default() };
    apply_ok(&c, &desired, &PlanOptions::default(), &ApplyOptions::default());

    desired.users[0].display_name = Some("Anna".into());
    desired.users[1].role = Some("ANALYST".into());
    desired.users[1].groups = vec!["G2".into()];
    desired.users[2].groups = vec!["G1".into()];
    desired.users[2].active = Some(false);
    let plan = c.plan(&desired, &PlanOptions::default()).unwrap();
    assert_eq!(plan.update_users.len(), 3);
    let a = plan.update_users.iter().find(|u| u.user_name == "a@example.com").unwrap();
    assert_eq!(a.changes.len(), 1);
    assert_eq!((a.changes[0].attribute.as_str(), &a.changes[0].before, &a.changes[0].after), ("displayName", &serde_json::json!("a"), &serde_json::json!("Anna")));
    let g1 = plan.memberships.iter().find(|m| m.group == "G1").unwrap();
    assert_eq!(g1.add.iter().map(|m| m.user_name.as_str()).collect::<Vec<_>>(), ["c@example.com"]);
    assert_eq!(g1.remove.iter().map(|m| m.user_name.as_str()).collect::<Vec<_>>(), ["b@example.com"]);
    assert!(plan.create_users.is_empty() && plan.create_groups.is_empty());
    apply_ok(&c, &desired, &PlanOptions::default(), &ApplyOptions::default());
    let s = state(&c);
    assert_eq!(s["a@example.com"].0.as_deref(), Some("Anna"));
    assert_eq!(s["b@example.com"].1.as_deref(), Some("ANALYST"));
    assert_eq!(s["b@example.com"].3, ["G2".to_owned()].into());
    assert_eq!(s["c@example.com"].2, Some(false));
    assert_eq!(s["c@example.com"].3, ["G1".to_owned()].into());
}

#[test]
fn missing_users_are_kept_deactivated_or_deleted() {
    let emu = emulator();
    let c = client(&emu);
    let all = DesiredState { users: (0..10).map(|i| user(&format!("u{i}"), &["Team"])).collect(), ..Default::default() };
    apply_ok(&c, &all, &PlanOptions::default(), &ApplyOptions::default());
    let fewer = DesiredState { users: all.users[..9].to_vec(), complete: true, ..Default::default() };

    let keep = c.plan(&fewer, &PlanOptions::default()).unwrap();
    assert!(keep.is_empty(), "keep is the default:\n{}", render(&keep, false));

    let deactivate = PlanOptions { missing_users: MissingUsers::Deactivate, ..Default::default() };
    apply_ok(&c, &fewer, &deactivate, &ApplyOptions::default());
    assert_eq!(state(&c)["u9@example.com"].2, Some(false));
    assert_eq!(state(&c)["u9@example.com"].3, ["Team".to_owned()].into(), "a deactivated user keeps its groups");

    let delete = PlanOptions { missing_users: MissingUsers::Delete, ..Default::default() };
    apply_ok(&c, &fewer, &delete, &ApplyOptions::default());
    assert!(!state(&c).contains_key("u9@example.com"));
    assert_eq!(state(&c).len(), 9);
}

#[test]
fn the_guard_refuses_large_removals_unless_forced() {
    let emu = emulator();
    let c = client(&emu);
    let all = DesiredState { users: (0..10).map(|i| user(&format!("u{i}"), &[])).collect(), ..Default::default() };
    apply_ok(&c, &all, &PlanOptions::default(), &ApplyOptions::default());
    let few = DesiredState { users: all.users[..5].to_vec(), complete: true, ..Default::default() };
    let delete = PlanOptions { missing_users: MissingUsers::Delete, ..Default::default() };
    let plan = c.plan(&few, &delete).unwrap();
    assert_eq!(plan.delete_users.len(), 5);
    let err = c.apply(&plan, &ApplyOptions::default(), None).unwrap_err();
    assert_eq!((err.kind(), err.scim_type.as_deref()), (ErrorKind::Validation, Some("removalGuard")));
    assert_eq!(state(&c).len(), 10, "nothing was sent");
    let err = c.apply(&plan, &ApplyOptions { max_removal_percent: 100.0, max_removals: 4, ..Default::default() }, None).unwrap_err();
    assert_eq!(err.scim_type.as_deref(), Some("removalGuard"));
    let report = c.apply(&plan, &ApplyOptions { force: true, ..Default::default() }, None).unwrap();
    assert!(report.is_success());
    assert_eq!(state(&c).len(), 5);
}

#[test]
fn conflicts_are_explained_and_not_sent() {
    let emu = emulator();
    let c = client(&emu);
    let mut desired = DesiredState { users: vec![user("e", &[]), user("busy", &[])], ..Default::default() };
    apply_ok(&c, &desired, &PlanOptions::default(), &ApplyOptions::default());

    // An email change: Celonis forbids it, so the plan will not send it.
    desired.users[0].emails = vec!["new@example.com".into()];
    desired.users[0].display_name = Some("E".into());
    // A 51st group.
    desired.users[1].groups = (0..51).map(|i| format!("G{i}")).collect();
    let err = c.plan(&desired, &PlanOptions::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation, "more than 50 groups is an input error");
    desired.users[1].groups.truncate(50);
    let existing: Vec<String> = (0..5).map(|i| format!("X{i}")).collect();
    for g in &existing {
        let mut group = celonis_scim::Group::new(g.clone());
        let id = c.iter_users(&IterOptions::default()).map(|u| u.unwrap()).find(|u| u.user_name.as_deref() == Some("busy@example.com")).unwrap().id.unwrap();
        group.members = vec![celonis_scim::Reference::to(id)];
        c.create_group(&group).unwrap();
    }
    let plan = c.plan(&desired, &PlanOptions { seat_limits: [("ANALYST".to_owned(), 0)].into(), ..Default::default() }).unwrap();
    let kinds: BTreeSet<&str> = plan.conflicts.iter().map(|c| c.kind.as_str()).collect();
    assert!(kinds.contains("email_change") && kinds.contains("too_many_groups"), "{:?}", plan.conflicts);
    assert!(plan.memberships.iter().all(|m| m.add.iter().all(|a| a.user_name != "busy@example.com")));
    let e = plan.update_users.iter().find(|u| u.user_name == "e@example.com").unwrap();
    assert_eq!(e.user.email_values(), ["e@example.com"], "the current emails are kept");
    let report = c.apply(&plan, &ApplyOptions::default(), None).unwrap();
    assert!(report.is_success(), "{:?}", report.failed);

    // A seat limit: the plan says so and apply refuses unless forced.
    desired.users[0].role = Some("ANALYST".into());
    let plan = c.plan(&desired, &PlanOptions { seat_limits: [("ANALYST".to_owned(), 0)].into(), ..Default::default() }).unwrap();
    assert!(plan.conflicts.iter().any(|c| c.kind == celonis_scim::sync::ConflictKind::SeatLimit));
    assert_eq!(plan.seats.after["ANALYST"], plan.seats.before["ANALYST"] + 1);
    let err = c.apply(&plan, &ApplyOptions::default(), None).unwrap_err();
    assert_eq!(err.scim_type.as_deref(), Some("seatLimit"));
}

#[test]
fn bad_csv_rows_are_all_reported_with_their_lines() {
    let emu = emulator();
    let c = client(&emu);
    let long = "x".repeat(101);
    let many = (0..51).map(|i| format!("G{i}")).collect::<Vec<_>>().join(";");
    let csv = format!("userName,displayName,role,groups\n,Nobody,MEMBER,\n{long},Long,MEMBER,\nok@x,OK,BOSS,\nbusy@x,Busy,,{many}\nok@x,Again,,\n");
    let err = celonis_scim::sync::csv::parse(csv.as_bytes(), None).and_then(|d| c.plan(&d, &PlanOptions::default())).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    let detail = err.detail.unwrap();
    for line in ["line 2", "line 3", "line 4", "line 5", "line 6"] {
        assert!(detail.contains(line), "{line} missing from:\n{detail}");
    }
    assert_eq!(detail.lines().count(), 5);
    assert_eq!(state(&c).len(), 0);
}

#[test]
fn a_bulk_failure_midway_is_reported_and_the_rest_resumed() {
    let emu = Emulator::start(EmulatorConfig { seats: [("ANALYST".to_owned(), 1)].into(), ..Default::default() }).unwrap();
    let c = client(&emu);
    let mut users: Vec<DesiredUser> = (0..6).map(|i| user(&format!("p{i}"), &[])).collect();
    users[1].role = Some("ANALYST".into());
    users[3].role = Some("ANALYST".into());
    let desired = DesiredState { users, ..Default::default() };
    let plan = c.plan(&desired, &PlanOptions::default()).unwrap();
    let report = c.apply(&plan, &ApplyOptions::default(), None).unwrap();
    assert_eq!(report.failed.len(), 1, "{:?}", report.failed);
    assert_eq!(report.failed[0].target, "p3@example.com");
    assert_eq!(report.failed[0].code, "bad_request");
    assert_eq!(report.done.len(), 5, "the operations after the failure were resumed");
    let again = c.plan(&desired, &PlanOptions::default()).unwrap();
    assert_eq!(again.create_users.len(), 1);
}

#[test]
fn matching_by_external_id_renames() {
    let emu = emulator();
    let c = client(&emu);
    let mut desired = DesiredState { users: vec![DesiredUser { external_id: Some("E1".into()), ..user("old", &[]) }], ..Default::default() };
    let by_external = PlanOptions { match_by: MatchBy::ExternalId, ..Default::default() };
    apply_ok(&c, &desired, &by_external, &ApplyOptions::default());
    desired.users[0].user_name = "new@example.com".into();
    let plan = c.plan(&desired, &by_external).unwrap();
    assert_eq!(plan.update_users.len(), 1);
    assert_eq!(plan.update_users[0].changes[0].attribute, "userName");
    apply_ok(&c, &desired, &by_external, &ApplyOptions::default());
    assert!(state(&c).contains_key("new@example.com"));
    desired.users[0].external_id = None;
    assert_eq!(c.plan(&desired, &by_external).unwrap_err().kind(), ErrorKind::Validation);
}

#[test]
fn managing_all_groups_deletes_the_unnamed_ones() {
    let emu = emulator();
    let c = client(&emu);
    c.create_group(&celonis_scim::Group::new("Legacy")).unwrap();
    let desired = DesiredState { users: vec![user("a", &["Current"])], complete: true, ..Default::default() };
    let named = c.plan(&desired, &PlanOptions::default()).unwrap();
    assert!(named.delete_groups.is_empty());
    let all = PlanOptions { manage_groups: ManageGroups::All, ..Default::default() };
    let plan = c.plan(&desired, &all).unwrap();
    assert_eq!(plan.delete_groups.len(), 1);
    apply_ok(&c, &desired, &all, &ApplyOptions::default());
    assert_eq!(c.iter_groups(&IterOptions::default()).count(), 1);
}

#[test]
fn group_roles_count_towards_seats_and_update() {
    let emu = emulator();
    let c = client(&emu);
    let mut desired = DesiredState {
        users: vec![user("m", &["Analysts"])],
        groups: vec![celonis_scim::sync::DesiredGroup { display_name: "Analysts".into(), role: Some("ANALYST".into()), external_id: Some("G-7".into()) }],
        ..Default::default()
    };
    let plan = c.plan(&desired, &PlanOptions::default()).unwrap();
    assert_eq!(plan.seats.after["ANALYST"], 1, "the group's role makes its member an analyst");
    apply_ok(&c, &desired, &PlanOptions::default(), &ApplyOptions::default());
    assert_eq!(emu.seat_usage()["ANALYST"], 1);
    desired.groups[0].role = Some("MEMBER".into());
    let plan = c.plan(&desired, &PlanOptions::default()).unwrap();
    assert_eq!(plan.update_groups.len(), 1);
    assert_eq!(plan.seats.after["ANALYST"], 0);
    apply_ok(&c, &desired, &PlanOptions::default(), &ApplyOptions::default());
    assert_eq!(emu.seat_usage()["ANALYST"], 0);
}

#[test]
fn plans_are_json_round_trips() {
    let emu = emulator();
    let c = client(&emu);
    let plan = c.plan(&team(), &PlanOptions::default()).unwrap();
    let text = serde_json::to_string(&plan).unwrap();
    let back = celonis_scim::sync::Plan::from_json(&text).unwrap();
    assert_eq!(back, plan);
    let report = c.apply(&back, &ApplyOptions::default(), None).unwrap();
    assert!(report.is_success());
}

#[test]
fn a_discovery_failure_before_a_bulk_apply_is_reported_not_skipped() {
    let emu = emulator();
    let c = client(&emu);
    let desired = DesiredState { users: vec![user("a", &[])], ..Default::default() };
    let plan = c.plan(&desired, &PlanOptions::default()).unwrap();
    // /ServiceProviderConfig answers 403 (a disabled API): the apply says so, sends nothing.
    emu.inject(celonis_scim_emulator::Fault::ForbiddenEmpty, 1);
    let err = c.apply(&plan, &ApplyOptions::default(), None).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Forbidden);
    assert_eq!(c.plan(&desired, &PlanOptions::default()).unwrap().create_users.len(), 1);
    // A server without discovery (a vendor 400) gets single calls instead.
    emu.inject(celonis_scim_emulator::Fault::FrontendError, 1);
    assert!(c.apply(&plan, &ApplyOptions::default(), None).unwrap().is_success());
}

#[test]
fn a_group_change_apply_cannot_write_is_a_failure_not_a_silent_success() {
    let emu = emulator();
    let c = client(&emu);
    apply_ok(&c, &DesiredState { users: vec![user("a", &["Team"])], ..Default::default() }, &PlanOptions::default(), &ApplyOptions::default());
    let mut desired = DesiredState { users: vec![user("a", &["Team"])], ..Default::default() };
    desired.groups = vec![celonis_scim::sync::DesiredGroup { display_name: "Team".into(), role: Some("ANALYST".into()), ..Default::default() }];
    let mut plan = c.plan(&desired, &PlanOptions::default()).unwrap();
    assert_eq!(plan.update_groups.len(), 1);
    plan.update_groups[0].changes.push(celonis_scim::sync::plan::Change {
        attribute: "members.display".into(),
        before: serde_json::Value::Null,
        after: serde_json::json!("x"),
    });
    let report = c.apply(&plan, &ApplyOptions::default(), None).unwrap();
    assert_eq!(report.failed.len(), 1);
    assert_eq!(report.failed[0].code, "validation");
}

#[test]
fn updates_never_resend_the_invitation_flag() {
    let emu = emulator();
    let c = client(&emu);
    let options = PlanOptions { send_invitations: Some(true), ..Default::default() };
    apply_ok(&c, &DesiredState { users: vec![user("inv", &[])], ..Default::default() }, &options, &ApplyOptions::default());
    let mut changed = user("inv", &[]);
    changed.display_name = Some("Renamed".into());
    let plan = c.plan(&DesiredState { users: vec![changed], ..Default::default() }, &options).unwrap();
    assert_eq!(plan.update_users.len(), 1);
    assert_eq!(plan.update_users[0].user.send_email_on_invitation, None);
}

#[test]
fn an_apply_adapts_to_the_servers_rate_limit() {
    // 50 requests a second, 10 ms each: two or three in flight is all the server takes.
    let emu = Emulator::start(EmulatorConfig { rate_limit: Some(50.0), latency_ms: 10, ..Default::default() }).unwrap();
    // The default backoff: a client told "wait 20 ms" by a busy server waits a little longer.
    let c = Client::new(celonis_scim::ClientConfig::bearer(emu.url(), emu.token())).unwrap();
    let desired = DesiredState { users: (0..150).map(|i| user(&format!("r{i}"), &[])).collect(), ..Default::default() };
    let plan = c.plan(&desired, &PlanOptions::default()).unwrap();
    let report = c.apply(&plan, &ApplyOptions { bulk: false, max_in_flight: 16, ..Default::default() }, None).unwrap();
    assert!(report.is_success(), "{:?}", report.failed);
    // Sixteen in flight without adapting would meet a 429 on most requests.
    let limited = emu.rate_limited_answers();
    assert!(limited < 60, "{limited} answers of 429 for 150 creates");
}
