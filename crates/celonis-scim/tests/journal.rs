//! The journal: what a journaled apply records, the lock, resume after a cancel or a kill,
//! undo, and the input-shrink guard against the last successful run.

mod common;

use std::path::Path;

use celonis_scim::sync::journal::{self, Record, RunLog, lock::TeamLock};
use celonis_scim::sync::{ApplyOptions, DesiredState, MissingUsers, PlanOptions, render};
use celonis_scim::{CancelToken, ErrorKind};
use common::team::{apply_ok, state, temp_dir, user};
use common::{client, emulator};

fn records(dir: &Path, run: &str) -> Vec<Record> {
    let text = std::fs::read_to_string(dir.join(format!("{run}.jsonl"))).unwrap();
    text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn journaled(dir: &Path) -> ApplyOptions {
    ApplyOptions { journal: Some(dir.to_owned()), ..Default::default() }
}

#[test]
fn a_journaled_apply_records_every_operation_before_and_after() {
    let (emu, dir) = (emulator(), temp_dir("journal"));
    let c = client(&emu);
    let desired = DesiredState { users: vec![user("a", &["G"]), user("b", &[])], ..Default::default() };
    let plan = c.plan(&desired, &PlanOptions::default()).unwrap();
    let report = c.apply(&plan, &ApplyOptions { bulk: false, ..journaled(&dir) }, None).unwrap();
    let run = report.run.clone().expect("the report names the run");
    let recs = records(&dir, &run);
    let Record::Run(header) = &recs[0] else { panic!("the first record is the run's: {:?}", recs[0]) };
    assert_eq!((header.operations, header.input_users, header.team.as_str()), (4, 2, c.base_url()));
    assert_eq!(header.plan, plan);
    let starts: Vec<&str> = recs.iter().filter_map(|r| if let Record::Start(s) = r { Some(s.op.as_str()) } else { None }).collect();
    let ends: Vec<_> = recs.iter().filter_map(|r| if let Record::End(e) = r { Some(e) } else { None }).collect();
    assert_eq!(starts.len(), 4);
    assert_eq!(ends.len(), 4);
    assert!(ends.iter().all(|e| e.is_done() && e.id.is_some()));
    // Each operation's end comes after its start.
    for e in &ends {
        let start_at = recs.iter().position(|r| matches!(r, Record::Start(s) if s.op == e.op)).unwrap();
        let end_at = recs.iter().position(|r| matches!(r, Record::End(x) if x.op == e.op)).unwrap();
        assert!(start_at < end_at, "{}", e.op);
    }
    let create = recs.iter().find_map(|r| if let Record::Start(s) = r { (s.op == "create_user:a@example.com").then_some(s) } else { None }).unwrap();
    assert_eq!(create.after["userName"], "a@example.com");
    assert!(matches!(recs.last(), Some(Record::Finish(f)) if f.done == 4 && f.failed == 0));

    let runs = journal::runs(&dir).unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!((runs[0].run.as_str(), runs[0].done, runs[0].failed, runs[0].uncertain), (run.as_str(), 4, 0, 0));
    assert!(runs[0].is_success());
}

#[test]
fn two_runs_against_one_team_never_overlap() {
    let (emu, dir) = (emulator(), temp_dir("lock"));
    let c = client(&emu);
    let desired = DesiredState { users: vec![user("a", &[])], ..Default::default() };
    let plan = c.plan(&desired, &PlanOptions::default()).unwrap();
    let held = TeamLock::acquire(c.base_url()).unwrap();
    let err = c.apply(&plan, &journaled(&dir), None).unwrap_err();
    assert_eq!((err.kind(), err.scim_type.as_deref()), (ErrorKind::Validation, Some("locked")));
    assert!(state(&c).is_empty(), "nothing was sent");
    // Another team (another emulator) is not held up.
    let other = emulator();
    assert!(client(&other).apply(&plan, &journaled(&dir), None).unwrap().is_success());
    drop(held);
    assert!(c.apply(&plan, &journaled(&dir), None).unwrap().is_success());
}

#[test]
fn resume_after_a_cancel_does_the_rest_and_nothing_twice() {
    let (emu, dir) = (emulator(), temp_dir("resume-cancel"));
    let c = client(&emu);
    let desired = DesiredState { users: (0..30).map(|i| user(&format!("u{i}"), &["Team"])).collect(), ..Default::default() };
    let plan = c.plan(&desired, &PlanOptions::default()).unwrap();
    let token = CancelToken::new();
    let cancelling = c.with_cancel(&token);
    let stop_after = |p: &celonis_scim::sync::Progress<'_>| {
        if p.done == 10 {
            token.cancel();
        }
    };
    let options = ApplyOptions { bulk: false, max_in_flight: 1, ..journaled(&dir) };
    let first = cancelling.apply(&plan, &options, Some(&stop_after)).unwrap();
    assert!(first.cancelled);
    let run = first.run.clone().unwrap();
    let second = c.resume(&run, &options, None).unwrap();
    assert!(second.is_success(), "{:?}", second.failed);
    let first_done: Vec<_> = first.done.iter().map(|d| (&d.action, &d.target)).collect();
    assert!(second.done.iter().all(|d| !first_done.contains(&(&d.action, &d.target))), "nothing is done twice");
    assert_eq!(first.done.len() + second.done.len(), plan.operation_count());
    assert!(c.plan(&desired, &PlanOptions::default()).unwrap().is_empty());
    let resumed = journal::runs(&dir).unwrap().into_iter().find(|r| r.run == second.run.clone().unwrap()).unwrap();
    assert_eq!(resumed.resumes.as_deref(), Some(run.as_str()));
}

#[test]
fn resume_after_a_kill_reads_again_what_the_journal_is_unsure_of() {
    // The journal of a run killed while creating its 5th user (which the server did create):
    // cut from a complete run's journal, against a team where exactly those 5 exist.
    let (done_emu, dir) = (emulator(), temp_dir("resume-kill"));
    let desired = DesiredState { users: (0..9).map(|i| user(&format!("k{i}"), &[])).collect(), ..Default::default() };
    let full = client(&done_emu);
    let plan = full.plan(&desired, &PlanOptions::default()).unwrap();
    let options = ApplyOptions { bulk: false, max_in_flight: 1, ..journaled(&dir) };
    let run = full.apply(&plan, &options, None).unwrap().run.unwrap();
    let path = dir.join(format!("{run}.jsonl"));
    let lines: Vec<String> = std::fs::read_to_string(&path).unwrap().lines().map(str::to_owned).collect();
    // run, then start/end pairs: keep 4 pairs and the 5th start, and cut the 5th end in half.
    let mut killed = lines[..10].join("\n");
    killed.push('\n');
    killed.push_str(&lines[10][..lines[10].len() / 2]);
    // The run was against the team that `emu` now stands for.
    let emu = emulator();
    std::fs::write(&path, killed.replace(full.base_url(), client(&emu).base_url())).unwrap();
    let log = RunLog::read(&dir, &run).unwrap();
    assert_eq!((log.summary().done, log.summary().uncertain, log.summary().finished), (4, 1, false));

    let c = client(&emu);
    for u in &desired.users[..5] {
        c.create_user(&celonis_scim::User { display_name: u.display_name.clone(), emails: vec![celonis_scim::MultiValue::of(u.emails[0].clone())], ..celonis_scim::User::new(u.user_name.clone()) }).unwrap();
    }
    let resumed = c.resume(&run, &options, None).unwrap();
    assert!(resumed.is_success(), "the uncertain create is found, not sent again: {:?}", resumed.failed);
    assert_eq!(resumed.done.len(), 4, "only the 4 never started are done");
    assert_eq!(state(&c).len(), 9);
    assert!(c.plan(&desired, &PlanOptions::default()).unwrap().is_empty());
}

#[test]
fn undo_reactivates_and_restores_memberships_and_values() {
    let (emu, dir) = (emulator(), temp_dir("undo"));
    let c = client(&emu);
    let mut before = DesiredState { users: vec![user("a", &["G1"]), user("b", &["G1"]), user("c", &["G2"])], ..Default::default() };
    before.users[1].role = Some("ANALYST".into());
    apply_ok(&c, &before, &PlanOptions::default(), &ApplyOptions::default());
    let then = state(&c);

    // The run: c leaves (deactivated), a moves from G1 to G2, b becomes a member, d arrives.
    let mut after = DesiredState { users: vec![user("a", &["G2"]), user("b", &["G1"]), user("d", &["G2"])], ..Default::default() };
    after.users[1].role = Some("MEMBER".into());
    let deactivate = PlanOptions { missing_users: MissingUsers::Deactivate, ..Default::default() };
    let plan = c.plan(&after, &deactivate).unwrap();
    let run = c.apply(&plan, &ApplyOptions { max_removal_percent: 100.0, ..journaled(&dir) }, None).unwrap().run.unwrap();
    assert_ne!(state(&c), then);

    let undo = journal::undo_plan(&dir, &run).unwrap();
    assert_eq!(undo.deactivate_users.len(), 1, "the created user is deactivated:\n{}", render(&undo, false));
    let report = c.apply(&undo, &ApplyOptions { max_removal_percent: 100.0, ..journaled(&dir) }, None).unwrap();
    assert!(report.is_success(), "{:?}", report.failed);
    let mut now = state(&c);
    let d = now.remove("d@example.com").unwrap();
    assert_eq!(d.2, Some(false), "d is deactivated");
    assert!(d.3.is_empty(), "and out of the groups it joined");
    // Active is active, whether the server says so or leaves it out.
    let active_spelled_out = |s: common::team::TeamState| s.into_iter().map(|(k, mut v)| (k, { v.2 = Some(v.2.unwrap_or(true)); v })).collect::<common::team::TeamState>();
    assert_eq!(active_spelled_out(now), active_spelled_out(then));
}

#[test]
fn deletions_are_listed_as_irreversible() {
    let (emu, dir) = (emulator(), temp_dir("undo-delete"));
    let c = client(&emu);
    let all = DesiredState { users: (0..5).map(|i| user(&format!("x{i}"), &[])).collect(), ..Default::default() };
    apply_ok(&c, &all, &PlanOptions::default(), &ApplyOptions::default());
    let fewer = DesiredState { users: all.users[..4].to_vec(), complete: true, ..Default::default() };
    let plan = c.plan(&fewer, &PlanOptions { missing_users: MissingUsers::Delete, ..Default::default() }).unwrap();
    let run = c.apply(&plan, &ApplyOptions { max_removal_percent: 100.0, ..journaled(&dir) }, None).unwrap().run.unwrap();
    let undo = journal::undo_plan(&dir, &run).unwrap();
    assert!(undo.is_empty());
    assert_eq!(undo.conflicts.iter().map(|c| (c.kind.as_str(), c.subject.as_str())).collect::<Vec<_>>(), [("irreversible", "x4@example.com")]);
}

#[test]
fn an_input_that_shrank_since_the_last_successful_run_is_refused() {
    let (emu, dir) = (emulator(), temp_dir("shrink"));
    let c = client(&emu);
    let all = DesiredState { users: (0..10).map(|i| user(&format!("s{i}"), &[])).collect(), ..Default::default() };
    let guarded = PlanOptions { max_input_shrink_percent: Some(20.0), ..Default::default() };
    let plan = c.plan(&all, &guarded).unwrap();
    assert!(c.apply(&plan, &journaled(&dir), None).unwrap().is_success());
    assert_eq!(journal::last_applied_input_users(&dir, c.base_url()).unwrap(), Some(10));

    let half = DesiredState { users: all.users[..5].to_vec(), ..Default::default() };
    // At plan time, given the last run's size: a conflict.
    let told = PlanOptions { previous_input_users: Some(10), ..guarded.clone() };
    let plan = c.plan(&half, &PlanOptions { missing_users: MissingUsers::Deactivate, ..told }).unwrap();
    assert!(plan.conflicts.iter().any(|c| c.kind == celonis_scim::sync::ConflictKind::InputShrank));
    // At apply time, from the journal, even when the plan was not told.
    let plan = c.plan(&half, &PlanOptions { missing_users: MissingUsers::Deactivate, ..guarded }).unwrap();
    assert!(plan.conflicts.is_empty());
    let lenient = ApplyOptions { max_removal_percent: 100.0, ..journaled(&dir) };
    let err = c.apply(&plan, &lenient, None).unwrap_err();
    assert_eq!(err.scim_type.as_deref(), Some("inputShrank"));
    assert!(c.apply(&plan, &ApplyOptions { force: true, ..lenient }, None).unwrap().is_success());
}
