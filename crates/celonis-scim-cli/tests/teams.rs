//! Several Celonis teams in one config file: `[teams.NAME]` sections over the shared ones,
//! `--team` picks one, `--all-teams` runs each in turn with one summary, a team's failure
//! neither stops nor hides the others (exit 8), each team has its own journal.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use celonis_scim_emulator::{Emulator, EmulatorConfig};
use serde_json::Value;

fn cli(dir: &Path, args: &[&str]) -> Output {
    cli_with(dir, &[], args)
}

/// The CLI in `dir` with `env` set (and no other connection variable).
fn cli_with(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_celonis-scim"));
    for name in ["CELONIS_SCIM_URL", "CELONIS_SCIM_TOKEN", "CELONIS_SCIM_TOKEN_FILE", "CELONIS_SCIM_APP_KEY", "CELONIS_SCIM_JOURNAL", "CELONIS_SCIM_TEAM", "CELONIS_SCIM_CONFIG", "CELONIS_URL", "CELONIS_API_TOKEN"] {
        cmd.env_remove(name);
    }
    cmd.envs(env.iter().copied());
    cmd.env("CELONIS_SCIM_LOCK_DIR", dir.join("locks")).current_dir(dir).args(["--config", "celonis-scim.toml"]).args(args).output().unwrap()
}

fn text(out: &Output) -> (String, String) {
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

struct Setup {
    dir: PathBuf,
    prod: Emulator,
    dev: Emulator,
}

fn setup(extra: &str) -> Setup {
    let prod = Emulator::start(EmulatorConfig::default()).unwrap();
    let dev = Emulator::start(EmulatorConfig::default()).unwrap();
    let dir = std::env::temp_dir().join(format!("cscim-teams-{}-{}", std::process::id(), extra.len()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/team.csv"), dir.join("team.csv")).unwrap();
    std::fs::write(dir.join("prod.token"), prod.token()).unwrap();
    std::fs::write(dir.join("dev.token"), dev.token()).unwrap();
    let config = format!(
        "[connection]\ntimeout = 10\n\n[input]\nfile = \"team.csv\"\n\n[plan]\nmissing_users = \"deactivate\"\n\n\
         [teams.prod.connection]\nurl = \"{}\"\ntoken = {{ file = \"prod.token\" }}\n\n\
         [teams.dev.connection]\nurl = \"{}\"\ntoken = {{ file = \"dev.token\" }}\n[teams.dev.plan]\nseat_limits = {{ ANALYST = 10 }}\n{extra}",
        prod.url(),
        dev.url()
    );
    std::fs::write(dir.join("celonis-scim.toml"), config).unwrap();
    Setup { dir, prod, dev }
}

#[test]
fn a_team_is_its_sections_over_the_shared_ones() {
    let s = setup("");
    let out = cli(&s.dir, &["--team", "dev", "plan", "--json"]);
    assert!(out.status.success(), "{}", text(&out).1);
    let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(plan["options"]["seat_limits"]["ANALYST"], 10, "the team's own plan key");
    assert_eq!(plan["options"]["missing_users"], "deactivate", "the shared plan key");
    assert_eq!(plan["create_users"].as_array().unwrap().len(), 36, "the shared input file");
    let prod: Value = serde_json::from_slice(&cli(&s.dir, &["--team", "prod", "plan", "--json"]).stdout).unwrap();
    assert!(prod["options"]["seat_limits"].as_object().is_none_or(|m| m.is_empty()), "prod has no limits: {}", prod["options"]);
    let unknown = cli(&s.dir, &["--team", "qa", "plan"]);
    assert_eq!(unknown.status.code(), Some(3));
    assert!(text(&unknown).1.contains("prod, dev"), "the teams are named: {}", text(&unknown).1);
}

#[test]
fn all_teams_apply_each_with_its_own_journal_and_one_summary() {
    let s = setup("\n");
    let out = cli(&s.dir, &["apply", "--all-teams", "--yes"]);
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("== team prod") && stdout.contains("== team dev"), "{stdout}");
    let summary = stdout.split("Teams: 2").nth(1).expect("one summary");
    assert!(summary.contains("prod  ok") && summary.contains("dev   ok"), "{summary}");
    assert_eq!((s.prod.seat_usage().values().sum::<usize>(), s.dev.seat_usage().values().sum::<usize>()), (36, 36), "both teams were applied");
    for team in ["prod", "dev"] {
        let runs = cli(&s.dir, &["--team", team, "runs", "--json"]);
        let runs: Value = serde_json::from_slice(&runs.stdout).unwrap_or(Value::Null);
        assert_eq!(runs.as_array().map(Vec::len), Some(1), "{team} has its own journal: {runs}");
        assert!(s.dir.join("journal").join(team).is_dir());
    }
    let again = cli(&s.dir, &["plan", "--all-teams", "--detailed-exitcode"]);
    assert_eq!(again.status.code(), Some(0), "both teams match now: {}", text(&again).0);
}

#[test]
fn a_failing_team_neither_stops_nor_hides_the_others() {
    let s = setup("\n[teams.broken.connection]\nurl = \"http://127.0.0.1:9/scim/v2\"\ntoken = { env = \"BROKEN_TOKEN_NOT_SET\" }\n");
    let out = cli(&s.dir, &["plan", "--all-teams"]);
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(8), "{stdout}\n{stderr}");
    assert_eq!(stdout.matches("Plan: ").count(), 2, "both other teams planned: {stdout}");
    assert!(stdout.contains("broken  FAILED") && stderr.contains("team broken"), "{stdout}\n{stderr}");
    let detailed = cli(&s.dir, &["plan", "--all-teams", "--detailed-exitcode"]);
    assert_eq!(detailed.status.code(), Some(1), "any error is 1 with --detailed-exitcode");
    let secret = setup("\n[teams.leaky.connection]\ntoken = \"written-here\"\n");
    let refused = cli(&secret.dir, &["--team", "prod", "plan"]);
    assert_eq!(refused.status.code(), Some(3));
    assert!(!text(&refused).1.contains("written-here"));
}

#[test]
fn a_url_or_key_that_would_apply_to_every_team_is_refused() {
    let s = setup("  ");
    let token_file = s.dir.join("prod.token");
    for env in [("CELONIS_SCIM_URL", s.prod.url()), ("CELONIS_SCIM_TOKEN_FILE", token_file.to_str().unwrap())] {
        let out = cli_with(&s.dir, &[env], &["apply", "--all-teams", "--yes"]);
        assert_eq!(out.status.code(), Some(3), "{env:?}: {}", text(&out).1);
        assert!(!text(&out).0.contains("== team"), "no team was run");
    }
    let flagged = cli(&s.dir, &["--url", s.dev.url(), "plan", "--all-teams"]);
    assert_eq!(flagged.status.code(), Some(3));
    assert_eq!((s.prod.seat_usage().values().sum::<usize>(), s.dev.seat_usage().values().sum::<usize>()), (0, 0), "nothing was applied");
}
