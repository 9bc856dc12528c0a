//! The `celonis-scim` binary: JSON on stdout, errors on stderr, an exit code per error kind.

use std::process::{Command, Output};

use celonis_scim_emulator::{Emulator, EmulatorConfig};
use serde_json::Value;

fn cli(emu: Option<&Emulator>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_celonis-scim"));
    cmd.env_remove("CELONIS_SCIM_URL").env_remove("CELONIS_SCIM_TOKEN").env_remove("CELONIS_SCIM_APP_KEY");
    if let Some(e) = emu {
        cmd.env("CELONIS_SCIM_URL", e.url()).env("CELONIS_SCIM_TOKEN", e.token());
    }
    cmd.args(args).output().unwrap()
}

fn json(out: &Output) -> Value {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_session_against_an_emulator() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let user = json(&cli(Some(&emu), &["users", "create", r#"{"userName": "cli@example.com", "role": "ANALYST"}"#]));
    let uid = user["id"].as_str().unwrap();
    let group = json(&cli(Some(&emu), &["groups", "create", r#"{"displayName": "CLI"}"#]));
    let gid = group["id"].as_str().unwrap();
    let added = json(&cli(Some(&emu), &["groups", "add-members", gid, uid]));
    assert_eq!(added["members"][0]["value"], uid);
    let all = json(&cli(Some(&emu), &["users", "list", "--all", "--count", "1", "--attributes", "userName"]));
    assert_eq!(all.as_array().unwrap().len(), 1);
    assert!(all[0].get("role").is_none());
    let page = json(&cli(Some(&emu), &["groups", "list"]));
    assert_eq!(page["totalResults"], 1);
    let discovered = json(&cli(Some(&emu), &["discover"]));
    assert_eq!(discovered["ServiceProviderConfig"]["patch"]["supported"], false);
    assert!(cli(Some(&emu), &["groups", "remove-members", gid, uid]).status.success());
    assert!(cli(Some(&emu), &["users", "delete", uid]).status.success());
    assert_eq!(cli(Some(&emu), &["users", "get", uid]).status.code(), Some(13), "not_found");
}

#[test]
fn exit_codes_name_the_error_kind() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let out = cli(Some(&emu), &["users", "create", r#"{"userName": ""}"#]);
    assert_eq!(out.status.code(), Some(4), "validation");
    assert!(String::from_utf8_lossy(&out.stderr).contains("[validation]"));
    assert!(out.stdout.is_empty());
    assert_eq!(cli(None, &["users", "list"]).status.code(), Some(3), "config: no URL");
    let wrong = Command::new(env!("CARGO_BIN_EXE_celonis-scim"))
        .args(["--url", emu.url(), "--token", "wrong", "users", "list"])
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(11), "unauthorized");
    assert!(!String::from_utf8_lossy(&wrong.stderr).contains("wrong"), "the token is not echoed");
    assert_eq!(cli(Some(&emu), &["bulk", "/nonexistent/file.json"]).status.code(), Some(21), "io");
    assert_eq!(cli(Some(&emu), &["users", "frobnicate"]).status.code(), Some(2), "usage");
    // A 403 says what it means (here: SCIM switched off, as Celonis answers it: no body).
    emu.inject(celonis_scim_emulator::Fault::ForbiddenEmpty, 1);
    let off = cli(Some(&emu), &["users", "list"]);
    assert_eq!(off.status.code(), Some(12), "forbidden");
    let said = String::from_utf8_lossy(&off.stderr);
    assert!(said.contains("switched off") && said.contains("user-provisioning permission"), "{said}");
}

#[test]
fn emulator_flag_runs_against_a_fresh_emulator() {
    let out = cli(None, &["--emulator", "users", "create", r#"{"userName": "e@example.com"}"#]);
    assert_eq!(json(&out)["role"], "MEMBER");
}

#[test]
fn bulk_from_a_file() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let path = std::env::temp_dir().join(format!("cscim-bulk-{}.json", std::process::id()));
    std::fs::write(&path, r#"{"Operations": [{"method": "POST", "path": "/Users", "bulkId": "a", "data": {"userName": "b@example.com"}}]}"#).unwrap();
    let out = json(&cli(Some(&emu), &["bulk", path.to_str().unwrap()]));
    assert_eq!(out["Operations"][0]["status"], "201");
    std::fs::remove_file(path).unwrap();
}

#[test]
fn no_secret_in_errors_or_usage_messages() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let secret = "TOPSECRET-cli-42";
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_celonis-scim"));
    let wrong = cmd.env("CELONIS_SCIM_URL", emu.url()).env("CELONIS_SCIM_TOKEN", secret).args(["users", "list"]).output().unwrap();
    assert_eq!(wrong.status.code(), Some(11), "unauthorized");
    let both = cli(Some(&emu), &["--app-key", secret, "users", "list"]);
    assert_eq!(both.status.code(), Some(3), "two auth methods is a config error");
    let malformed = cli(None, &["emulator", "--oauth-client", secret]);
    assert_eq!(malformed.status.code(), Some(3), "--oauth-client without ID:SECRET");
    for out in [&wrong, &both, &malformed] {
        let shown = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(!shown.contains(secret), "{shown}");
    }
}

#[test]
fn a_panic_is_an_internal_error_with_its_exit_code() {
    let out = cli(None, &["internal-panic-for-tests"]);
    assert_eq!(out.status.code(), Some(70));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error [internal]"));
}

#[test]
fn verbose_logs_each_exchange_as_text_or_json_without_secrets() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let text = cli(Some(&emu), &["-v", "users", "list"]);
    assert!(text.status.success());
    let err = String::from_utf8_lossy(&text.stderr);
    assert!(err.lines().any(|l| l.contains(" DEBUG GET /scim/v2/Users") && l.contains("-> 200")), "{err}");
    assert!(!err.contains("answer body"), "bodies only with -vv");

    let json = cli(Some(&emu), &["-vv", "--log-format", "json", "users", "create", r#"{"userName": "ada@example.com"}"#]);
    assert!(json.status.success());
    let records: Vec<Value> = String::from_utf8_lossy(&json.stderr).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(records.iter().any(|r| r["level"] == "debug" && r["message"].as_str().unwrap().starts_with("POST /scim/v2/Users -> 200")), "{records:?}");
    assert!(records.iter().any(|r| r["level"] == "trace" && r["message"].as_str().unwrap().contains("ada@example.com")));
    assert!(records.iter().all(|r| r["target"].as_str().unwrap().starts_with("celonis_scim")), "only the client's own records");
    let all = String::from_utf8_lossy(&json.stderr);
    assert!(!all.contains(emu.token()) && !all.to_lowercase().contains("authorization"), "no secret in the log");
}

#[test]
fn help_lists_every_exit_code_and_apply_shows_its_own_options_first() {
    let help = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_celonis-scim")).args(args).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let top = help(&["--help"]);
    for code in ["0 success", "2 usage", "3 config", "4 validation", "21 I/O", "70 internal", "130 stopped by", "exits 5", "6 when", "exits 8", "1 any error"] {
        assert!(top.contains(code), "--help misses {code:?}");
    }
    let apply = help(&["apply", "-h"]);
    let own = apply.find("--yes").expect("apply's own options");
    let connection = apply.find("Connection (every command):").expect("the connection flags apart");
    assert!(own < connection && apply[connection..].contains("--url") && !apply[..connection].contains("--url"));
}

#[test]
fn with_json_logs_every_stderr_line_is_a_json_record() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let team = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/team.csv");
    let journal = std::env::temp_dir().join(format!("cscim-jsonlogs-{}", std::process::id()));
    let records = |out: &std::process::Output| -> Vec<Value> {
        let text = String::from_utf8_lossy(&out.stderr).into_owned();
        text.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l:?}"))).collect()
    };
    let journal_flag = journal.to_str().unwrap();
    let applied = cli(Some(&emu), &["--log-format", "json", "apply", team.to_str().unwrap(), "--yes", "--journal", journal_flag]);
    assert!(applied.status.success());
    let progress: Vec<Value> = records(&applied).into_iter().filter(|r| r["phase"].is_string()).collect();
    assert!(progress.len() >= 3, "{progress:?}");
    assert!(progress.iter().all(|r| r["level"] == "info" && r["target"] == "celonis_scim::cli" && r["ts"].is_string() && r["total"] == 48));
    assert!(progress.iter().any(|r| r["done"] == 48), "the last record says all is done");
    assert!(progress.iter().all(|r| r["rate"].is_number() && r.get("seconds_left").is_some()), "{progress:?}");
    assert!(progress.len() >= 10, "a record a tenth of the work at least: {progress:?}");
    let summary: Vec<Value> = records(&applied).into_iter().filter(|r| r["done"] == 48 && r["failed"] == 0 && r["run"].is_string()).collect();
    assert_eq!(summary.len(), 1, "the final summary is a record too");
    let listed = cli(Some(&emu), &["--log-format", "json", "-v", "users", "list"]);
    let exchanges: Vec<Value> = records(&listed).into_iter().filter(|r| r["target"] == "celonis_scim::http").collect();
    assert!(!exchanges.is_empty() && exchanges.iter().all(|r| r["method"] == "GET" && r["status"] == 200 && r["duration_ms"].is_u64() && r["path"].is_string()), "{exchanges:?}");
    let failed = cli(Some(&emu), &["--log-format", "json", "plan", "/nonexistent.csv"]);
    let errors = records(&failed);
    assert!(errors.iter().any(|r| r["level"] == "error" && r["code"] == "validation"), "{errors:?}");
    let usage = cli(Some(&emu), &["--log-format", "json", "plan", "--no-such-flag"]);
    assert!(records(&usage).iter().any(|r| r["code"] == "usage"));
    let _ = std::fs::remove_dir_all(journal);
}

#[test]
fn apply_marks_where_the_plan_ends_and_says_its_phases_in_words() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let team = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/team.csv");
    let journal = std::env::temp_dir().join(format!("cscim-phases-{}", std::process::id()));
    let applied = cli(Some(&emu), &["apply", team.to_str().unwrap(), "--yes", "--journal", journal.to_str().unwrap()]);
    assert!(applied.status.success());
    let stdout = String::from_utf8_lossy(&applied.stdout);
    let marker = stdout.find("== Applying 48 operations (--yes: not asked) ==").expect("the boundary");
    assert!(stdout[..marker].contains("Plan: ") && stdout[marker..].contains("Applied"), "{stdout}");
    let stderr = String::from_utf8_lossy(&applied.stderr);
    for phase in ["Creating groups: ", "Creating users: ", "Changing group memberships: ", "All 48 operations finished in "] {
        assert!(stderr.lines().any(|l| l.starts_with(phase)), "{phase:?} in\n{stderr}");
    }
    assert!(!stderr.contains("create_users"), "no internal phase names: {stderr}");
    let _ = std::fs::remove_dir_all(journal);
}

#[test]
fn celonis_own_variables_are_read_where_ours_are_not_set() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let team_url = emu.url().trim_end_matches("/scim/v2").to_owned();
    let run = |vars: &[(&str, &str)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_celonis-scim"));
        for name in ["CELONIS_SCIM_URL", "CELONIS_SCIM_TOKEN", "CELONIS_SCIM_APP_KEY", "CELONIS_URL", "CELONIS_API_TOKEN", "CELONIS_KEY_TYPE", "CELONIS_SCIM_CONFIG"] {
            cmd.env_remove(name);
        }
        cmd.envs(vars.iter().copied()).args(["users", "list"]).current_dir(std::env::temp_dir()).output().unwrap()
    };
    // pycelonis's variables alone: the team URL gives the SCIM base URL, USER_KEY a bearer key.
    let theirs = run(&[("CELONIS_URL", &team_url), ("CELONIS_API_TOKEN", emu.token()), ("CELONIS_KEY_TYPE", "USER_KEY")]);
    assert!(theirs.status.success(), "{}", String::from_utf8_lossy(&theirs.stderr));
    // Ours win where set: a wrong CELONIS_SCIM_TOKEN is used (and refused), not theirs.
    let ours = run(&[("CELONIS_URL", &team_url), ("CELONIS_API_TOKEN", emu.token()), ("CELONIS_SCIM_TOKEN", "wrong")]);
    assert_eq!(ours.status.code(), Some(11), "unauthorized: CELONIS_SCIM_TOKEN won");
    let bad_type = run(&[("CELONIS_URL", &team_url), ("CELONIS_API_TOKEN", emu.token()), ("CELONIS_KEY_TYPE", "PASSWORD")]);
    assert_eq!(bad_type.status.code(), Some(3), "a key type that is neither is a config error");
}
