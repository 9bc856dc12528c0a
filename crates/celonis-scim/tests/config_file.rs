//! A team of the config file as the libraries load it (`TeamJob`): its connection (the
//! `CELONIS_SCIM_*` variables over the file, over Celonis's), its input, plan and apply
//! options with the caller's overrides, and its own journal; against two emulators.

// The core's one error type is large by design (see lib.rs).
#![allow(clippy::result_large_err)]

use std::path::{Path, PathBuf};

use celonis_scim::ErrorKind;
use celonis_scim::config_file::{ConfigFile, TeamJob};
use celonis_scim::sync::Input;
use celonis_scim_emulator::{Emulator, EmulatorConfig};
use serde_json::json;

struct Setup {
    dir: PathBuf,
    prod: Emulator,
    dev: Emulator,
}

fn setup(name: &str) -> Setup {
    let (prod, dev) = (Emulator::start(EmulatorConfig::default()).unwrap(), Emulator::start(EmulatorConfig::default()).unwrap());
    let dir = std::env::temp_dir().join(format!("cscim-config-file-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/team.csv"), dir.join("team.csv")).unwrap();
    std::fs::write(dir.join("dev.token"), dev.token()).unwrap();
    let config = format!(
        "[input]\nfile = \"team.csv\"\npreset = \"standard\"\n\n[plan]\nmissing_users = \"deactivate\"\n\n[apply]\nmax_removals = 5\n\n\
         [teams.prod.connection]\nurl = \"{}\"\ntoken = {{ env = \"PROD_TOKEN\" }}\n\n\
         [teams.dev.connection]\nurl = \"{}\"\ntoken = {{ file = \"dev.token\" }}\n[teams.dev.plan]\nseat_limits = {{ ANALYST = 10 }}\n",
        prod.url(),
        dev.url()
    );
    std::fs::write(dir.join("celonis-scim.toml"), config).unwrap();
    Setup { dir, prod, dev }
}

/// An environment of exactly these variables.
fn env(pairs: Vec<(&'static str, String)>) -> impl Fn(&str) -> Option<String> {
    move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone())
}

fn team(s: &Setup, name: &str, vars: &dyn Fn(&str) -> Option<String>) -> celonis_scim::Result<TeamJob> {
    TeamJob::from_file(&ConfigFile::load_named(Some(&s.dir.join("celonis-scim.toml")), Some(name), vars)?, vars)
}

#[test]
fn a_team_plans_its_input_with_its_options_and_applies_into_its_journal() {
    let s = setup("plan");
    let dev = team(&s, "dev", &env(vec![])).unwrap();
    assert_eq!((dev.team(), dev.client().base_url()), (Some("dev"), s.dev.url()));
    let job = dev.job(dev.client(), None, json!(null)).unwrap();
    let plan = job.plan().unwrap();
    assert_eq!(plan.create_users.len(), 36, "the shared [input] file");
    assert_eq!((job.plan_options().seat_limits.clone(), job.plan_options().missing_users), (std::collections::BTreeMap::from([("ANALYST".to_owned(), 10)]), celonis_scim::sync::MissingUsers::Deactivate));
    let kept = dev.job(dev.client(), None, json!({"missing_users": "keep", "seat_limits": {}})).unwrap();
    assert_eq!((kept.plan_options().missing_users, kept.plan_options().seat_limits.len()), (celonis_scim::sync::MissingUsers::Keep, 0), "an override replaces the file's key");
    let options = dev.apply_options(json!({"max_in_flight": 2})).unwrap();
    assert_eq!((options.max_removals, options.max_in_flight), (5, 2), "[apply] with the override");
    assert_eq!(options.journal.as_deref(), Some(s.dir.join("journal").join("dev").as_path()), "the team's own journal");
    let report = job.apply(&options, None).unwrap();
    assert!(report.is_success() && report.run.is_some(), "{report:?}");
    assert!(std::fs::read_dir(dev.journal()).unwrap().count() > 0, "the run is in the team's journal");
    assert!(dev.job(dev.client(), None, json!(null)).unwrap().plan().unwrap().is_empty(), "the team matches now");
    assert_eq!(s.prod.seat_usage().values().sum::<usize>(), 0, "the other team is untouched");
}

#[test]
fn an_input_given_replaces_the_files_and_a_desired_state_needs_no_mapping() {
    let s = setup("input");
    let dev = team(&s, "dev", &env(vec![])).unwrap();
    let records = Input::Value(json!([{"userName": "grace@example.com", "displayName": "Grace Hopper"}]));
    assert_eq!(dev.job(dev.client(), Some(records), json!(null)).unwrap().plan().unwrap().create_users.len(), 1);
    let state = Input::Value(json!({"users": [{"userName": "grace@example.com"}]}));
    assert_eq!(dev.job(dev.client(), Some(state), json!(null)).unwrap().plan().unwrap().create_users.len(), 1);
    let no_input = team(&s, "prod", &env(vec![("PROD_TOKEN", s.prod.token().to_owned())])).unwrap();
    assert_eq!(no_input.job(no_input.client(), None, json!(null)).unwrap().desired().unwrap().users.len(), 36);
}

#[test]
fn the_environment_wins_over_the_file_which_wins_over_celonis_variables() {
    let s = setup("env");
    let mine = env(vec![("CELONIS_SCIM_URL", s.prod.url().to_owned()), ("CELONIS_SCIM_TOKEN", s.prod.token().to_owned()), ("CELONIS_URL", "other.celonis.cloud".into())]);
    assert_eq!(team(&s, "dev", &mine).unwrap().client().base_url(), s.prod.url(), "CELONIS_SCIM_URL over the team's url");
    let celonis = env(vec![("CELONIS_URL", "other.celonis.cloud".into()), ("CELONIS_API_TOKEN", "theirs".into())]);
    let dev = team(&s, "dev", &celonis).unwrap();
    assert_eq!(dev.client().base_url(), s.dev.url(), "the file over CELONIS_URL");
    assert!(dev.job(dev.client(), None, json!(null)).unwrap().plan().is_ok(), "the file's token, not CELONIS_API_TOKEN");
    let journal = env(vec![("CELONIS_SCIM_JOURNAL", "/tmp/elsewhere".into())]);
    assert_eq!(team(&s, "dev", &journal).unwrap().journal(), Path::new("/tmp/elsewhere"));
}

#[test]
fn every_problem_is_a_config_error() {
    let s = setup("errors");
    let none = env(vec![]);
    assert_eq!(team(&s, "qa", &none).unwrap_err().kind(), ErrorKind::Config, "an unknown team");
    assert_eq!(team(&s, "prod", &none).unwrap_err().kind(), ErrorKind::Config, "a secret whose variable is unset");
    assert_eq!(TeamJob::from_file(&ConfigFile::default(), &none).unwrap_err().kind(), ErrorKind::Config, "no URL anywhere");
    let unnamed = ConfigFile::load_named(Some(&s.dir.join("celonis-scim.toml")), None, &none).unwrap();
    let error = TeamJob::from_file(&unnamed, &none).unwrap_err();
    assert!(error.kind() == ErrorKind::Config && error.message().contains("prod, dev"), "the teams to name are named: {error}");
    assert_eq!(ConfigFile::load_named(Some(&s.dir.join("missing.toml")), None, &none).unwrap_err().kind(), ErrorKind::Config, "a file that is not there");
    assert_eq!(ConfigFile::load_named(None, None, &none).unwrap_err().kind(), ErrorKind::Config, "no file named, none here");
    let dev = team(&s, "dev", &none).unwrap();
    assert_eq!(dev.job(dev.client(), None, json!({"missing_users": "purge"})).err().map(|e| e.kind()), Some(ErrorKind::Config), "a bad override");
    assert_eq!(dev.apply_options(json!({"no_such_option": 1})).unwrap_err().kind(), ErrorKind::Config);
    assert_eq!(ConfigFile::team_names(Some(&s.dir.join("celonis-scim.toml")), &none).unwrap(), ["prod", "dev"], "in the file's order");
    let named = env(vec![("CELONIS_SCIM_CONFIG", s.dir.join("celonis-scim.toml").display().to_string()), ("CELONIS_SCIM_TEAM", "dev".into())]);
    assert_eq!(ConfigFile::load_named(None, None, &named).unwrap().team.as_deref(), Some("dev"), "the file and team the variables name");
}
