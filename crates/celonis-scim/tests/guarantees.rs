//! The unattended guarantees, exact: idempotent resumes, the input-shrink reference, the
//! per-team lock, stale saved plans, files for their owner only, and a journal that a corrupt
//! old run cannot block.

mod common;

use std::path::Path;

use celonis_scim::sync::journal::{self, lock::TeamLock};
use celonis_scim::sync::{ApplyOptions, ConflictKind, DesiredState, Input, Job, JobOptions, MissingUsers, PlanOptions};
use celonis_scim::{CancelToken, ErrorKind};
use common::team::{state, temp_dir, user};
use common::{client, emulator};

fn journaled(dir: &Path) -> ApplyOptions {
    ApplyOptions { journal: Some(dir.to_owned()), bulk: false, max_in_flight: 1, max_removal_percent: 100.0, ..Default::default() }
}

fn run_files(dir: &Path) -> usize {
    std::fs::read_dir(dir).unwrap().filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".jsonl")).count()
}

fn users(prefix: &str, n: usize) -> DesiredState {
    DesiredState { users: (0..n).map(|i| user(&format!("{prefix}{i}"), &["Team"])).collect(), ..Default::default() }
}

#[test]
fn resuming_twice_sends_nothing_again_and_runs_says_who_resumed() {
    let (emu, dir) = (emulator(), temp_dir("resume-twice"));
    let c = client(&emu);
    let desired = users("r", 12);
    let plan = c.plan(&desired, &PlanOptions::default()).unwrap();
    let token = CancelToken::new();
    let stop_after = |p: &celonis_scim::sync::Progress<'_>| {
        if p.done == 4 {
            token.cancel();
        }
    };
    let first = c.with_cancel(&token).apply(&plan, &journaled(&dir), Some(&stop_after)).unwrap();
    assert!(first.cancelled);
    let killed = first.run.unwrap();
    let resumed = c.resume(&killed, &journaled(&dir), None).unwrap();
    assert!(resumed.is_success() && !resumed.done.is_empty() && resumed.completed_by.is_none());
    let by = resumed.run.unwrap();

    let before = (state(&c), run_files(&dir));
    let again = c.resume(&killed, &journaled(&dir), None).unwrap();
    assert!(again.done.is_empty() && again.failed.is_empty(), "nothing is sent again: {again:?}");
    assert_eq!(again.completed_by.as_deref(), Some(by.as_str()), "the report names the run that completed it");
    assert_eq!(again.run, None, "no run is journaled");
    assert_eq!((state(&c), run_files(&dir)), before);
    // Resuming the resume, or a finished run, is as idempotent.
    assert_eq!(c.resume(&by, &journaled(&dir), None).unwrap().completed_by.as_deref(), Some(by.as_str()));

    let runs = journal::runs(&dir).unwrap();
    let first_run = runs.iter().find(|r| r.run == killed).unwrap();
    assert_eq!(first_run.resumed_by, vec![by.clone()]);
}

#[test]
fn the_shrink_reference_is_the_last_run_that_applied_an_input() {
    let (emu, dir) = (emulator(), temp_dir("shrink-ref"));
    let c = client(&emu);
    let guarded = JobOptions {
        plan: PlanOptions { max_input_shrink_percent: Some(20.0), missing_users: MissingUsers::Deactivate, ..Default::default() },
        journal: Some(dir.clone()),
        ..Default::default()
    };
    let job = |d: &DesiredState| Job::new(&c, Some(Input::State(d.clone())), guarded.clone()).unwrap();
    assert!(job(&users("s", 10)).apply(&journaled(&dir), None).unwrap().is_success());
    // An undo applies no input of its own: it does not become the reference...
    let last = journal::runs(&dir).unwrap().last().unwrap().run.clone();
    let undo = job(&users("s", 10)).undo_plan(&last).unwrap();
    assert!(c.apply(&undo, &journaled(&dir), None).unwrap().is_success());
    // ...nor does a rehearsal (which never journals), nor a resume with nothing left.
    let state = c.snapshot(&Default::default()).unwrap();
    let rehearsed = celonis_scim_emulator::rehearse(&state, &job(&users("s", 2)).plan().unwrap(), &ApplyOptions { force: true, ..journaled(&dir) }).unwrap();
    assert!(c.resume(&last, &journaled(&dir), None).unwrap().completed_by.is_some());
    assert!(rehearsed.is_success());
    assert_eq!(journal::last_applied_input_users(&dir, c.base_url()).unwrap(), Some(10));

    let shrunk = job(&users("s", 5));
    let plan = shrunk.plan().unwrap();
    assert!(plan.conflicts.iter().any(|x| x.kind == ConflictKind::InputShrank), "{:?}", plan.conflicts);
    let err = shrunk.apply(&journaled(&dir), None).unwrap_err();
    assert_eq!(err.scim_type.as_deref(), Some("inputShrank"));
}

#[test]
fn the_lock_is_per_team_whatever_the_journal_directory() {
    let (emu, one, other) = (emulator(), temp_dir("lock-one"), temp_dir("lock-other"));
    let c = client(&emu);
    let plan = c.plan(&users("l", 2), &PlanOptions::default()).unwrap();
    let held = TeamLock::acquire(&format!("{}/", c.base_url().to_uppercase())).unwrap();
    for dir in [&one, &other] {
        let err = c.apply(&plan, &journaled(dir), None).unwrap_err();
        assert_eq!((err.kind(), err.scim_type.as_deref()), (ErrorKind::Validation, Some("locked")));
        let err = c.resume("20260101T000000.000Z-0000", &journaled(dir), None).unwrap_err();
        assert_eq!(err.scim_type.as_deref(), Some("locked"), "a resume takes the lock before it reads the journal");
    }
    assert!(state(&c).is_empty(), "nothing was sent");
    drop(held);
    assert!(c.apply(&plan, &journaled(&other), None).unwrap().is_success());
}

#[test]
fn a_saved_plan_is_stale_when_a_user_or_group_it_would_create_appeared() {
    let emu = emulator();
    let c = client(&emu);
    let desired = DesiredState { users: vec![user("new", &["Fresh"])], ..Default::default() };
    let saved = c.plan_to_save(&desired, &PlanOptions::default()).unwrap();
    c.create_user(&celonis_scim::User { emails: vec![celonis_scim::MultiValue::of("new@example.com")], ..celonis_scim::User::new("NEW@example.com") }).unwrap();
    let err = c.apply_saved(&saved, &ApplyOptions::default(), None).unwrap_err();
    assert_eq!(err.scim_type.as_deref(), Some("stalePlan"));

    let emu = emulator();
    let c = client(&emu);
    let saved = c.plan_to_save(&desired, &PlanOptions::default()).unwrap();
    c.create_group(&celonis_scim::Group::new("fresh")).unwrap();
    assert_eq!(c.apply_saved(&saved, &ApplyOptions::default(), None).unwrap_err().scim_type.as_deref(), Some("stalePlan"));
    assert!(c.apply_saved(&saved, &ApplyOptions { force: true, ..Default::default() }, None).is_ok(), "force applies it anyway");
}

#[test]
fn the_fingerprint_is_the_states_however_it_was_given() {
    let emu = emulator();
    let c = client(&emu);
    let dir = temp_dir("fingerprint");
    let csv = dir.join("team.csv");
    std::fs::write(&csv, "userName,displayName,email,groups\nf0@example.com,f0,f0@example.com,Team\n").unwrap();
    let desired = DesiredState { users: vec![user("f0", &["Team"])], ..Default::default() };
    let json = serde_json::to_string(&desired).unwrap();
    let prints: Vec<String> = [Input::Path(csv), Input::Json(json.clone()), Input::Value(serde_json::from_str(&json).unwrap()), Input::State(desired)]
        .into_iter()
        .map(|i| Job::new(&c, Some(i), JobOptions::default()).unwrap().plan().unwrap().input.unwrap())
        .collect();
    assert!(prints.iter().all(|p| *p == prints[0]), "{prints:?}");
}

#[test]
fn a_corrupt_old_run_is_listed_and_blocks_nothing() {
    let (emu, dir) = (emulator(), temp_dir("corrupt"));
    let c = client(&emu);
    std::fs::write(dir.join("20200101T000000.000Z-0bad.jsonl"), "{\"type\":\"run\"\nnot json at all\n{}\n").unwrap();
    std::fs::write(dir.join("20200101T000001.000Z-0cut.jsonl"), "{\"type\":\"ru").unwrap();
    let options = JobOptions { plan: PlanOptions { max_input_shrink_percent: Some(10.0), ..Default::default() }, journal: Some(dir.clone()), ..Default::default() };
    let report = Job::new(&c, Some(Input::State(users("c", 3))), options).unwrap().apply(&journaled(&dir), None).unwrap();
    assert!(report.is_success());
    let runs = journal::runs(&dir).unwrap();
    assert_eq!(runs.len(), 3);
    assert!(runs[0].problem.is_some() && runs[1].problem.is_some() && runs[2].problem.is_none());
}

#[cfg(unix)]
#[test]
fn personal_data_is_written_for_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let (emu, base) = (emulator(), temp_dir("modes"));
    let c = client(&emu);
    let dir = base.join("journal");
    let report = c.apply(&c.plan(&users("m", 2), &PlanOptions::default()).unwrap(), &journaled(&dir), None).unwrap();
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join(format!("{}.jsonl", report.run.unwrap()))), 0o600);
    let saved = base.join("out/plan.json");
    c.plan_to_save(&users("m", 3), &PlanOptions::default()).unwrap().save(&saved).unwrap();
    assert_eq!((mode(&saved), mode(&base.join("out"))), (0o600, 0o700));
    let snapshot = base.join("team.json");
    c.snapshot(&Default::default()).unwrap().save(&snapshot).unwrap();
    assert_eq!(mode(&snapshot), 0o600);
}

#[test]
fn records_from_a_script_are_read_through_the_mapping() {
    let emu = emulator();
    let c = client(&emu);
    let rows = serde_json::json!([
        {"login": "Ada@X.com", "mail": "ada@x.com", "dept": "BI", "enabled": 1},
        {"login": "bob@x.com", "mail": "bob@x.com", "dept": null, "enabled": 0}
    ]);
    let mapping = celonis_scim::sync::Mapping::from_toml(
        "userName = { from = \"login\", letters = \"lower\" }\nemail = \"mail\"\ngroups = \"dept\"\nactive = { from = \"enabled\", map = { \"1\" = \"true\", \"0\" = \"false\" } }",
    )
    .unwrap();
    let options = JobOptions { mapping: Some(celonis_scim::sync::MappingSource::Given(Box::new(mapping.clone()))), ..Default::default() };
    let plan = Job::new(&c, Some(Input::Value(rows.clone())), options.clone()).unwrap().plan().unwrap();
    let names: Vec<&str> = plan.create_users.iter().map(|u| u.user_name.as_str()).collect();
    assert_eq!(names, ["ada@x.com", "bob@x.com"]);
    assert_eq!(plan.create_users[1].user.active, Some(false));
    assert_eq!(plan.create_groups.iter().map(|g| g.display_name.as_str()).collect::<Vec<_>>(), ["BI"]);
    // C's JSON text of records is the same input.
    let from_text = Job::new(&c, Some(Input::Json(rows.to_string())), options.clone()).unwrap().plan().unwrap();
    assert_eq!(from_text, plan);
    // Every bad record at once, each by its index.
    let bad = serde_json::json!([{"login": "a@x.com", "enabled": "maybe"}, 7, {"login": "ok@x.com"}]);
    let err = Job::new(&c, Some(Input::Value(bad)), options).err().expect("bad records are refused");
    let detail = err.detail.unwrap_or_default();
    assert!(detail.contains("records[0]") && detail.contains("records[1]") && !detail.contains("records[2]"), "{detail}");
}
