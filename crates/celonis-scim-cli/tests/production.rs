//! Unattended runs from the command line: the config file and its precedence, secrets, the
//! journal with `runs`, `apply --resume` after a kill, `undo`, the lock and protection flags.

mod common;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use celonis_scim::sync::journal::{self, lock::TeamLock};
use celonis_scim::{Client, ClientConfig, IterOptions};
use celonis_scim_emulator::{Emulator, EmulatorConfig};
use common::{cli, journal_of, run, stderr};

fn team() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/team.csv")
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cscim-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn users(emu: &Emulator) -> Vec<celonis_scim::User> {
    let c = Client::new(ClientConfig::bearer(emu.url(), emu.token())).unwrap();
    c.iter_users(&IterOptions::default()).map(|u| u.unwrap()).collect()
}

#[test]
fn the_config_file_gives_what_flags_and_environment_do_not() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let dir = temp("config");
    std::fs::write(dir.join("token"), format!("{}\n", emu.token())).unwrap();
    let config = dir.join("celonis-scim.toml");
    std::fs::write(
        &config,
        format!(
            "[connection]\nurl = \"{}\"\ntoken = {{ file = \"token\" }}\n\n[plan]\nmissing_users = \"deactivate\"\nprotected_users = [\"grace*\"]\n\n[apply]\njournal = \"runs\"\n",
            emu.url()
        ),
    )
    .unwrap();
    let bare = |args: &[&str]| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_celonis-scim"));
        cmd.env_remove("CELONIS_SCIM_URL").env_remove("CELONIS_SCIM_TOKEN").env_remove("CELONIS_SCIM_JOURNAL");
        cmd.args(["--config", config.to_str().unwrap()]).args(args).output().unwrap()
    };
    let checked = bare(&["config", "check"]);
    assert!(checked.status.success(), "{}", stderr(&checked));
    let text = String::from_utf8_lossy(&checked.stdout);
    assert!(text.contains(emu.url()) && text.contains("read from the file"), "{text}");
    assert!(!text.contains(emu.token()), "no secret is printed");

    // The file alone is enough to apply, journaled where it says.
    let applied = bare(&["apply", team().to_str().unwrap(), "--yes"]);
    assert!(applied.status.success(), "{}", stderr(&applied));
    assert_eq!(journal::runs(&dir.join("runs")).unwrap().len(), 1);

    // Flags and the environment come first: another URL there wins over the file's.
    let flagged = bare(&["--url", "http://127.0.0.1:9/scim/v2", "config", "check"]);
    assert!(String::from_utf8_lossy(&flagged.stdout).contains("127.0.0.1:9"));
    let mut env = std::process::Command::new(env!("CARGO_BIN_EXE_celonis-scim"));
    let from_env = env.env("CELONIS_SCIM_URL", "http://127.0.0.1:7/scim/v2").args(["--config", config.to_str().unwrap(), "config", "check"]).output().unwrap();
    assert!(String::from_utf8_lossy(&from_env.stdout).contains("127.0.0.1:7"));

    // The file's plan options hold: a CSV without Grace deactivates nobody protected.
    let without = dir.join("without.csv");
    let csv: String = std::fs::read_to_string(team()).unwrap().lines().filter(|l| !l.contains("grace")).map(|l| format!("{l}\n")).collect();
    std::fs::write(&without, csv).unwrap();
    let planned = bare(&["plan", without.to_str().unwrap(), "--json"]);
    let plan: celonis_scim::sync::Plan = serde_json::from_slice(&planned.stdout).unwrap();
    assert!(plan.conflicts.iter().any(|c| c.kind == celonis_scim::sync::ConflictKind::Protected && c.subject.starts_with("grace")), "{:?}", plan.conflicts);
}

#[test]
fn secrets_come_from_a_command_or_a_file_variable_and_bad_config_is_refused() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let dir = temp("secrets");
    let config = dir.join("c.toml");
    let write = |body: &str| std::fs::write(&config, format!("[connection]\nurl = \"{}\"\n{body}", emu.url())).unwrap();
    let check = |extra: &[(&str, &str)]| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_celonis-scim"));
        cmd.env_remove("CELONIS_SCIM_TOKEN").env_remove("CELONIS_SCIM_URL").env("CELONIS_SCIM_JOURNAL", journal_of(&emu));
        for (k, v) in extra {
            cmd.env(k, v);
        }
        cmd.args(["--config", config.to_str().unwrap()]);
        cmd
    };
    write(&format!("token = {{ command = [\"printf\", \"{}\"] }}\n", emu.token()));
    let out = check(&[]).args(["users", "list"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    write("token = { command = [\"false\"] }\n");
    assert_eq!(check(&[]).args(["config", "check"]).output().unwrap().status.code(), Some(3));
    // A secret written in the file is refused, and no output quotes it: not the check, not a
    // parser error about its line, not a plan with -v.
    for body in [
        "token = \"s3cr3t-written-in-the-file\"\n",
        "token = \"s3cr3t-written-in-the-file\n",
        "token = { env = \"s3cr3t-written-in-the-file\", x = 1 }\n",
        "client_secret = [\"s3cr3t-written-in-the-file\"]\n",
        "app_key = 's3cr3t-written-in-the-file' garbage\n",
        "\"token\" = 7s3cr3t-written-in-the-file\n",
    ] {
        write(body);
        for args in [&["config", "check"][..], &["-v", "plan", "x.csv"], &["--log-format", "json", "users", "list"]] {
            let out = check(&[]).args(args).output().unwrap();
            assert_eq!(out.status.code(), Some(3), "{body}: no secret in the file itself");
            let printed = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
            assert!(!printed.contains("s3cr3t"), "{body} echoed: {printed}");
            assert!(printed.contains("line") || printed.contains("[connection]"), "says where: {printed}");
        }
    }
    write("tokn = { env = \"X\" }\n");
    assert_eq!(check(&[]).args(["config", "check"]).output().unwrap().status.code(), Some(3), "unknown keys are refused");
    write("[plan]\nmissing_users = \"vanish\"\n");
    assert_eq!(check(&[]).args(["config", "check"]).output().unwrap().status.code(), Some(3));
    // CELONIS_SCIM_TOKEN_FILE.
    write("");
    let file = dir.join("tok");
    std::fs::write(&file, emu.token()).unwrap();
    let out = check(&[("CELONIS_SCIM_TOKEN_FILE", file.to_str().unwrap())]).args(["users", "list"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    // A secret flag works, with a warning that it shows in ps.
    let out = check(&[]).args(["--token", emu.token(), "users", "list"]).output().unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("warning: --token"));
}

#[test]
fn a_killed_apply_is_resumed_from_its_journal_doing_nothing_twice() {
    let emu = Emulator::start(EmulatorConfig { latency_ms: 25, ..Default::default() }).unwrap();
    let journal = journal_of(&emu);
    let _ = std::fs::remove_dir_all(&journal);
    let mut child = cli(&emu)
        .args(["apply", team().to_str().unwrap(), "--yes", "--no-bulk", "--max-in-flight", "1"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it (SIGKILL: no chance to write anything more) once a few operations ended.
    let started = Instant::now();
    loop {
        let ends = std::fs::read_dir(&journal)
            .ok()
            .and_then(|mut d| d.find_map(|e| e.ok().filter(|e| e.file_name().to_string_lossy().ends_with(".jsonl"))))
            .map(|e| std::fs::read_to_string(e.path()).unwrap_or_default().matches("\"type\":\"end\"").count())
            .unwrap_or(0);
        if ends >= 10 || started.elapsed() > Duration::from_secs(20) {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let runs = journal::runs(&journal).unwrap();
    assert_eq!(runs.len(), 1);
    let killed = &runs[0];
    assert!(!killed.finished && killed.done >= 10 && killed.done < killed.operations, "{killed:?}");

    let listed = run(&emu, &["runs"], "");
    assert!(String::from_utf8_lossy(&listed.stdout).contains("killed"));
    let resumed = run(&emu, &["apply", "--resume", &killed.run, "--yes", "--json"], "");
    assert!(resumed.status.success(), "{}", stderr(&resumed));
    let report: celonis_scim::sync::Report = serde_json::from_slice(&resumed.stdout).unwrap();
    assert!(report.done.len() <= killed.operations - killed.done, "nothing done twice: {} after {}", report.done.len(), killed.done);
    let desired = celonis_scim::sync::DesiredState::from_path(&team(), None).unwrap();
    assert_eq!(users(&emu).len(), desired.users.len());
    let again = run(&emu, &["plan", team().to_str().unwrap(), "--detailed-exitcode"], "");
    assert_eq!(again.status.code(), Some(0), "converged");
    let runs = journal::runs(&journal).unwrap();
    assert_eq!(runs[1].resumes.as_deref(), Some(killed.run.as_str()));
    assert!(runs[1].is_success());
    // `runs` says who resumed the killed run; resuming it again sends nothing and says so.
    let listed = String::from_utf8_lossy(&run(&emu, &["runs"], "").stdout).into_owned();
    assert!(listed.contains(&format!("(resumed by {})", runs[1].run)), "{listed}");
    let twice = run(&emu, &["apply", "--resume", &killed.run, "--yes"], "");
    assert!(twice.status.success(), "{}", stderr(&twice));
    assert!(String::from_utf8_lossy(&twice.stdout).contains(&format!("run {} completed the work", runs[1].run)));
    assert_eq!(journal::runs(&journal).unwrap().len(), 2, "no run was journaled");
}

#[test]
fn undo_reverses_a_deactivation_and_the_lock_keeps_runs_apart() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let file = team();
    assert!(run(&emu, &["apply", file.to_str().unwrap(), "--yes"], "").status.success());
    let dir = temp("undo");
    let fewer = dir.join("fewer.csv");
    let csv: String = std::fs::read_to_string(&file).unwrap().lines().filter(|l| !l.contains("ada.lovelace")).map(|l| format!("{l}\n")).collect();
    std::fs::write(&fewer, csv).unwrap();
    let out = run(&emu, &["apply", fewer.to_str().unwrap(), "--missing", "deactivate", "--yes"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let ada = |emu: &Emulator| users(emu).into_iter().find(|u| u.user_name.as_deref() == Some("ada.lovelace@example.com")).unwrap();
    assert_eq!(ada(&emu).active, Some(false));
    let run_id = journal::runs(&journal_of(&emu)).unwrap().last().unwrap().run.clone();

    // While another run holds the team, undo is refused before anything is sent.
    let held = TeamLock::acquire(emu.url()).unwrap();
    let refused = run(&emu, &["undo", &run_id, "--yes"], "");
    assert_eq!(refused.status.code(), Some(4), "{}", stderr(&refused));
    drop(held);
    let undone = run(&emu, &["undo", &run_id, "--yes"], "");
    assert!(undone.status.success(), "{}", stderr(&undone));
    assert_eq!(ada(&emu).active, Some(true));
}

#[test]
fn protection_flags_and_a_complete_input() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let file = team();
    assert!(run(&emu, &["apply", file.to_str().unwrap(), "--yes"], "").status.success());
    let dir = temp("protect");
    let fewer = dir.join("fewer.csv");
    let csv: String = std::fs::read_to_string(&file).unwrap().lines().filter(|l| !l.contains("ada.lovelace") && !l.contains("grace")).map(|l| format!("{l}\n")).collect();
    std::fs::write(&fewer, csv).unwrap();
    let plan = |extra: &[&str]| {
        let mut args = vec!["plan", fewer.to_str().unwrap(), "--missing", "delete", "--json"];
        args.extend_from_slice(extra);
        let out = run(&emu, &args, "");
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_slice::<celonis_scim::sync::Plan>(&out.stdout).unwrap()
    };
    assert!(plan(&[]).delete_users.is_empty(), "a CSV is not complete unless said so");
    assert_eq!(plan(&["--input-complete"]).delete_users.len(), 2);
    let protected = plan(&["--input-complete", "--protect-user", "ada.*"]);
    assert_eq!(protected.delete_users.len(), 1);
    assert!(protected.conflicts.iter().any(|c| c.kind == celonis_scim::sync::ConflictKind::Protected));
}

#[test]
fn a_rehearsal_on_a_snapshot_reports_the_seat_conflict_before_the_real_apply() {
    let emu = Emulator::start(EmulatorConfig { seats: [("ANALYST".to_owned(), 5)].into(), ..Default::default() }).unwrap();
    let dir = temp("rehearse");
    let state = dir.join("team-state.json");
    let copied = run(&emu, &["snapshot", "--out", state.to_str().unwrap(), "--seat-limit", "ANALYST=5"], "");
    assert!(copied.status.success(), "{}", stderr(&copied));
    let rehearsed = run(&emu, &["apply", team().to_str().unwrap(), "--rehearse", "--state", state.to_str().unwrap()], "");
    assert_eq!(rehearsed.status.code(), Some(5), "{}", stderr(&rehearsed));
    let text = String::from_utf8_lossy(&rehearsed.stdout);
    assert!(text.contains("would fail create_user"), "{text}");
    assert!(users(&emu).is_empty(), "the real team was not touched");
    // The real apply hits the same wall.
    let real = run(&emu, &["apply", team().to_str().unwrap(), "--yes", "--json"], "");
    assert_eq!(real.status.code(), Some(5));
    let report: celonis_scim::sync::Report = serde_json::from_slice(&real.stdout).unwrap();
    let failures = text.matches("  would fail ").count();
    assert_eq!(report.failed.len(), failures);
}
