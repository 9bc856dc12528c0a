//! Snapshot and rehearsal: a copy of the team, and a plan applied to its twin first.

mod common;

use std::collections::BTreeMap;

use celonis_scim::sync::{ApplyOptions, DesiredState, PlanOptions, TeamState};
use celonis_scim_emulator::{Emulator, EmulatorConfig, rehearse};
use common::client;
use common::team::{apply_ok, state, temp_dir, user};

fn analysts(names: &[&str]) -> DesiredState {
    let users = names.iter().map(|n| celonis_scim::sync::DesiredUser { role: Some("ANALYST".into()), ..user(n, &["Analysts"]) }).collect();
    DesiredState { users, ..Default::default() }
}

#[test]
fn a_rehearsal_reports_the_seat_failure_the_real_apply_would_hit_and_changes_nothing() {
    let live = Emulator::start(EmulatorConfig { seats: [("ANALYST".to_owned(), 2)].into(), ..Default::default() }).unwrap();
    let c = client(&live);
    apply_ok(&c, &analysts(&["a", "b"]), &PlanOptions::default(), &ApplyOptions::default());
    let limits: BTreeMap<String, usize> = [("ANALYST".to_owned(), 2)].into();
    let snapshot = TeamState::from_json(&c.snapshot(&limits).unwrap().to_json()).unwrap();
    assert_eq!((snapshot.users.len(), snapshot.groups.len(), snapshot.seats["ANALYST"]), (2, 1, 2));

    // The plan does not know the licence; the twin does.
    let plan = c.plan(&analysts(&["a", "b", "c"]), &PlanOptions::default()).unwrap();
    assert!(plan.conflicts.is_empty());
    let before = state(&c);
    let rehearsal = rehearse(&snapshot, &plan, &ApplyOptions::default()).unwrap();
    assert_eq!(state(&c), before, "the real team was not touched");
    let failed: Vec<(&str, &str)> = rehearsal.failed.iter().map(|f| (f.action.as_str(), f.target.as_str())).collect();
    assert!(failed.contains(&("create_user", "c@example.com")), "{:?}", rehearsal.failed);

    let real = c.apply(&plan, &ApplyOptions::default(), None).unwrap();
    let real_failed: Vec<(&str, &str)> = real.failed.iter().map(|f| (f.action.as_str(), f.target.as_str())).collect();
    assert_eq!(real_failed, failed, "the rehearsal foretold the real failures");
    assert_eq!(real.failed[0].code, rehearsal.failed[0].code);
}

#[test]
fn a_snapshot_is_an_emulator_state_file_with_the_same_ids() {
    let live = common::emulator();
    let c = client(&live);
    apply_ok(&c, &analysts(&["x", "y"]), &PlanOptions::default(), &ApplyOptions::default());
    let dir = temp_dir("snapshot");
    let path = dir.join("team-state.json");
    std::fs::write(&path, c.snapshot(&BTreeMap::new()).unwrap().to_json()).unwrap();
    std::fs::copy(&path, dir.join("copy.json")).unwrap();
    let twin = Emulator::start(EmulatorConfig { state: Some(dir.join("copy.json")), ..Default::default() }).unwrap();
    assert_eq!(state(&client(&twin)), state(&c));
    let ids = |c: &celonis_scim::Client| c.iter_users(&Default::default()).map(|u| u.unwrap().id.unwrap()).collect::<Vec<_>>();
    assert_eq!(ids(&client(&twin)), ids(&c));
    assert!(TeamState::from_json(r#"{"format": "celonis-scim/team-state/0"}"#).is_err());
}
