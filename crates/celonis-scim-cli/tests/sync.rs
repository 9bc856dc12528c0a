//! `plan` and `apply` from the command line, including an apply killed midway that converges
//! when run again.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use celonis_scim::sync::{DesiredState, Plan};
use celonis_scim::{Client, ClientConfig, IterOptions};
use celonis_scim_emulator::{Emulator, EmulatorConfig};
use common::{cli, run};

mod common;

fn team() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/team.csv")
}

fn plan_json(emu: &Emulator) -> Plan {
    let out = run(emu, &["plan", team().to_str().unwrap(), "--json"], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn plan_shows_a_diff_and_apply_asks_first() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let file = team();
    let out = run(&emu, &["plan", file.to_str().unwrap()], "");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("+ user ada.lovelace@example.com") && text.contains("Plan: 6 groups to create"), "{text}");
    assert!(!text.contains('\x1b'), "no colour when stdout is not a terminal");

    let declined = run(&emu, &["apply", file.to_str().unwrap()], "n\n");
    assert_eq!(declined.status.code(), Some(6));
    assert_eq!(plan_json(&emu).create_users.len(), 36, "nothing was applied");

    let applied = run(&emu, &["apply", file.to_str().unwrap()], "y\n");
    assert!(applied.status.success(), "{}", String::from_utf8_lossy(&applied.stderr));
    assert!(String::from_utf8_lossy(&applied.stdout).contains("): 48 done, 0 failed."));
    assert!(plan_json(&emu).is_empty());
    let again = run(&emu, &["apply", file.to_str().unwrap(), "--yes"], "");
    assert!(String::from_utf8_lossy(&again.stdout).contains("Nothing to do"));
}

#[test]
fn apply_reports_failures_with_exit_code_5_and_json() {
    let emu = Emulator::start(EmulatorConfig { seats: [("ANALYST".to_owned(), 2)].into(), ..Default::default() }).unwrap();
    let out = run(&emu, &["apply", team().to_str().unwrap(), "--yes", "--json"], "");
    assert_eq!(out.status.code(), Some(5), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let failed = report["failed"].as_array().unwrap();
    let creates: Vec<_> = failed.iter().filter(|f| f["action"] == "create_user").collect();
    assert_eq!(creates.len(), 4, "four analysts over the limit: {failed:?}");
    assert!(creates.iter().all(|f| f["code"] == "bad_request"));
    // Their memberships are reported too, never dropped silently.
    let memberships: Vec<_> = failed.iter().filter(|f| f["action"] == "memberships").collect();
    assert_eq!(memberships.len(), 3);
    assert_eq!(report["done"].as_array().unwrap().len() + failed.len(), 48);
}

#[test]
fn bad_input_is_reported_before_anything_is_sent() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let dir = std::env::temp_dir().join(format!("cscim-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.csv");
    std::fs::write(&file, "userName,role\n,MEMBER\nx@y,BOSS\n").unwrap();
    let out = run(&emu, &["apply", file.to_str().unwrap(), "--yes"], "");
    assert_eq!(out.status.code(), Some(4), "validation");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2") && err.contains("line 3"), "{err}");
    let mapping = dir.join("map.json");
    std::fs::write(&file, "Login,Mail\nm@y,m@y\n").unwrap();
    std::fs::write(&mapping, r#"{"userName": "Login", "email": "Mail"}"#).unwrap();
    let out = run(&emu, &["apply", file.to_str().unwrap(), "--mapping", mapping.to_str().unwrap(), "--yes"], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_apply_killed_midway_converges_when_run_again() {
    let emu = Emulator::start(EmulatorConfig { latency_ms: 20, ..Default::default() }).unwrap();
    let file = team();
    let mut child = cli(&emu)
        .args(["apply", file.to_str().unwrap(), "--yes", "--no-bulk", "--max-in-flight", "2"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(400));
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "the apply was killed before it finished");

    let client = Client::new(ClientConfig::bearer(emu.url(), emu.token())).unwrap();
    let partial = client.iter_users(&IterOptions::default()).count();
    assert!(partial < 36, "killed midway: {partial} users so far");

    let again = run(&emu, &["apply", file.to_str().unwrap(), "--yes"], "");
    assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
    assert!(plan_json(&emu).is_empty());

    // The server holds exactly the desired state: every user once, in its groups.
    let desired = DesiredState::from_path(&file, None).unwrap();
    let users: Vec<_> = client.iter_users(&IterOptions::default()).map(|u| u.unwrap()).collect();
    assert_eq!(users.len(), desired.users.len(), "nothing was created twice");
    for du in &desired.users {
        let u = users.iter().find(|u| u.user_name.as_deref() == Some(du.user_name.as_str())).unwrap();
        let mut want: Vec<&str> = du.groups.iter().map(String::as_str).collect();
        let mut have: Vec<&str> = u.groups.iter().filter_map(|g| g.display.as_deref()).collect();
        want.sort();
        have.sort();
        assert_eq!(have, want, "{}", du.user_name);
        assert_eq!(u.role, du.role);
    }
    assert_eq!(client.iter_groups(&IterOptions::default()).count(), 6);
}

#[test]
fn ctrl_c_stops_an_apply_cleanly_and_applying_again_converges() {
    use std::io::{BufRead, BufReader, Read};
    let emu = Emulator::start(EmulatorConfig { latency_ms: 100, ..Default::default() }).unwrap();
    let file = team();
    let mut child = cli(&emu)
        .args(["apply", file.to_str().unwrap(), "--yes", "--no-bulk", "--max-in-flight", "2"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Ctrl-C once the apply is under way (its progress says so), not while it still plans.
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    let mut line = String::new();
    while stderr.read_line(&mut line).unwrap() > 0 && !line.starts_with("Creating users") {
        seen.push_str(&line);
        line.clear();
    }
    assert!(line.starts_with("Creating users"), "the apply never started: {seen}");
    let sent = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(sent.success());
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(130), "stderr: {rest}");
    assert!(stdout.contains("Applied (run ") && stdout.contains("[cancelled]"), "the report lists what was not done: {stdout}");
    emu.set_latency(Duration::ZERO);
    let again = run(&emu, &["apply", file.to_str().unwrap(), "--yes"], "");
    assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
    let after = plan_json(&emu);
    assert_eq!(after.operation_count(), 0);
}

#[test]
fn detailed_exit_codes_and_a_markdown_plan_for_a_pull_request() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let file = team();
    let file = file.to_str().unwrap();
    let pending = run(&emu, &["plan", file, "--detailed-exitcode", "--format", "markdown"], "");
    assert_eq!(pending.status.code(), Some(2), "changes pending");
    let md = String::from_utf8_lossy(&pending.stdout);
    assert!(md.starts_with("### Plan: 6 groups to create"), "{md}");
    assert!(md.contains("| ANALYST | 0 | 6 |") && md.contains("```diff\n+ group"), "{md}");
    assert!(run(&emu, &["apply", file, "--yes"], "").status.success());
    let none = run(&emu, &["plan", file, "--detailed-exitcode"], "");
    assert_eq!(none.status.code(), Some(0), "nothing to do");
    let error = run(&emu, &["plan", "/nonexistent.csv", "--detailed-exitcode"], "");
    assert_eq!(error.status.code(), Some(1), "any error is 1");
    assert!(String::from_utf8_lossy(&error.stderr).starts_with("error ["));
    // With --detailed-exitcode every error is 1, whatever its own code: 2 means only pending.
    let misused = run(&emu, &["apply", file, "--yes", "--detailed-exitcode"], "");
    assert_eq!(misused.status.code(), Some(1), "plan-only flags are refused by apply");
    let usage = run(&emu, &["plan", file, "--detailed-exitcode", "--no-such-flag"], "");
    assert_eq!(usage.status.code(), Some(1), "a usage error");
    let usage = run(&emu, &["plan", file, "--no-such-flag"], "");
    assert_eq!(usage.status.code(), Some(2), "a usage error without --detailed-exitcode is clap's 2");
    let unconnected = std::process::Command::new(env!("CARGO_BIN_EXE_celonis-scim"))
        .args(["plan", file, "--detailed-exitcode"])
        .env_remove("CELONIS_SCIM_URL")
        .env_remove("CELONIS_SCIM_TOKEN")
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert_eq!(unconnected.status.code(), Some(1), "a config error before planning");
}

#[test]
fn a_saved_plan_is_applied_exactly_or_refused_when_the_team_changed() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let dir = std::env::temp_dir().join(format!("cscim-saved-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (saved, file) = (dir.join("plan.json"), team());
    let planned = run(&emu, &["plan", file.to_str().unwrap(), "--out", saved.to_str().unwrap()], "");
    assert!(planned.status.success(), "{}", String::from_utf8_lossy(&planned.stderr));
    let applied = run(&emu, &["apply", saved.to_str().unwrap(), "--yes"], "");
    assert!(applied.status.success(), "{}", String::from_utf8_lossy(&applied.stderr));
    assert_eq!(plan_json(&emu).operation_count(), 0, "the saved plan did everything");

    // A plan that renames Ada, saved; then someone changes Ada first.
    let csv = std::fs::read_to_string(&file).unwrap().replacen("Ada Lovelace", "Ada King", 1);
    let renamed = dir.join("renamed.csv");
    std::fs::write(&renamed, csv).unwrap();
    let stale = dir.join("stale.json");
    assert!(run(&emu, &["plan", renamed.to_str().unwrap(), "--out", stale.to_str().unwrap()], "").status.success());
    let c = Client::new(ClientConfig::bearer(emu.url(), emu.token())).unwrap();
    let mut ada = c.iter_users(&IterOptions::default()).map(|u| u.unwrap()).find(|u| u.user_name.as_deref() == Some("ada.lovelace@example.com")).unwrap();
    ada.display_name = Some("Countess of Lovelace".into());
    c.replace_user(&ada.id.clone().unwrap(), &ada).unwrap();
    let refused = run(&emu, &["apply", stale.to_str().unwrap(), "--yes"], "");
    assert_eq!(refused.status.code(), Some(4), "validation: a stale plan");
    assert!(String::from_utf8_lossy(&refused.stderr).contains("changed since the plan was made"));
    let forced = run(&emu, &["apply", stale.to_str().unwrap(), "--yes", "--force"], "");
    assert!(forced.status.success(), "{}", String::from_utf8_lossy(&forced.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}
