//! The documented JSON of `plan --json` and `plan --out` (schema/plan-1.schema.json and
//! schema/saved-plan-1.schema.json) against what the command really prints: plans that fill
//! every section and every kind of conflict must validate, and the schemas must stay strict
//! enough that a field added, renamed or mistyped in the code fails here first.

mod common;

use std::path::{Path, PathBuf};

use celonis_scim_emulator::{Emulator, EmulatorConfig};
use common::{run, stderr};
use jsonschema::{Registry, Validator};
use serde_json::{json, Value};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

fn schema(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(repo(&format!("schema/{name}"))).unwrap()).unwrap()
}

fn plan_validator() -> Validator {
    jsonschema::validator_for(&schema("plan-1.schema.json")).expect("the plan schema compiles")
}

/// Why `value` is not a saved plan (its schema refers to the plan schema by `$id`).
fn saved_plan_violations(value: &Value) -> Vec<String> {
    let plan = schema("plan-1.schema.json");
    let uri = plan["$id"].as_str().unwrap().to_owned();
    let registry = Registry::new().add(uri, plan).unwrap().prepare().unwrap();
    let validator = jsonschema::options().with_registry(&registry).build(&schema("saved-plan-1.schema.json")).expect("the saved-plan schema compiles");
    violations(&validator, value)
}

/// Every reason `value` breaks the schema, as `path: message` lines.
fn violations(validator: &Validator, value: &Value) -> Vec<String> {
    validator.iter_errors(value).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

fn plan(emu: &Emulator, file: &Path, flags: &[&str]) -> Value {
    let mut args = vec!["plan", file.to_str().unwrap(), "--json"];
    args.extend_from_slice(flags);
    let out = run(emu, &args, "");
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn write_json(name: &str, value: &Value) -> PathBuf {
    let path = std::env::temp_dir().join(format!("cscim-schema-{}-{name}.json", std::process::id()));
    std::fs::write(&path, value.to_string()).unwrap();
    path
}

/// The team of examples/team.csv, changed in every way a plan can show.
fn changed_team() -> Value {
    json!({
        "complete": true,
        "users": [
            {"userName": "ada.lovelace@example.com", "displayName": "Countess Lovelace", "emails": ["ada.lovelace@example.com"], "role": "ANALYST", "groups": ["Process Mining"]},
            {"userName": "katherine.johnson@example.com", "emails": ["kj@example.com"], "groups": ["Finance Analytics"]},
            {"userName": "new.hire@example.com", "displayName": "New Hire", "emails": ["new.hire@example.com"], "role": "ANALYST", "groups": ["Process Mining", "Newcomers"]}
        ],
        "groups": [
            {"displayName": "Process Mining", "role": "ANALYST"},
            {"displayName": "Finance Analytics", "role": "ANALYST", "externalId": "FIN"},
            {"displayName": "Newcomers", "role": "MEMBER", "externalId": "NEW"}
        ]
    })
}

#[test]
fn every_section_of_a_real_plan_matches_the_documented_schema() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let team = repo("examples/team.csv");
    let validator = plan_validator();

    // From nothing: creations, memberships, seats, past a seat limit.
    let first = plan(&emu, &team, &["--seat-limit", "ANALYST=1"]);
    assert!(!first["create_users"].as_array().unwrap().is_empty() && !first["create_groups"].as_array().unwrap().is_empty());
    assert_eq!(violations(&validator, &first), Vec::<String>::new());
    assert!(run(&emu, &["apply", team.to_str().unwrap(), "--yes"], "").status.success());

    // Then every other section.
    let changed = write_json("changed", &changed_team());
    let deleting = plan(&emu, &changed, &["--missing", "delete", "--all-groups", "--protect-user", "grace*"]);
    let deactivating = plan(&emu, &changed, &["--missing", "deactivate", "--min-admins", "1", "--max-input-shrink", "10"]);
    for section in ["update_users", "update_groups", "memberships", "delete_users", "delete_groups"] {
        assert!(!deleting[section].as_array().unwrap().is_empty(), "{section} is empty: {deleting:#}");
    }
    assert!(!deactivating["deactivate_users"].as_array().unwrap().is_empty(), "{deactivating:#}");
    assert_eq!(violations(&validator, &deleting), Vec::<String>::new());
    assert_eq!(violations(&validator, &deactivating), Vec::<String>::new());

    // An incomplete input with deletions.
    let mut partial = changed_team();
    partial["complete"] = json!(false);
    let incomplete = plan(&emu, &write_json("partial", &partial), &["--missing", "delete"]);
    assert_eq!(violations(&validator, &incomplete), Vec::<String>::new());

    // Between them, every kind of conflict a team of this size can show.
    let kinds: Vec<String> = [&first, &deleting, &deactivating, &incomplete]
        .iter()
        .flat_map(|p| p["conflicts"].as_array().unwrap().iter().map(|c| c["kind"].as_str().unwrap().to_owned()))
        .collect();
    for kind in ["seat_limit", "email_change", "protected", "min_admins", "input_shrank", "incomplete_input"] {
        assert!(kinds.iter().any(|k| k == kind), "no {kind} conflict in {kinds:?}");
    }
}

#[test]
fn a_saved_plan_matches_its_schema() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let team = repo("examples/team.csv");
    assert!(run(&emu, &["apply", team.to_str().unwrap(), "--yes"], "").status.success());
    let changed = write_json("saved-input", &changed_team());
    let out_file = std::env::temp_dir().join(format!("cscim-schema-{}-saved.json", std::process::id()));
    let out = run(&emu, &["plan", changed.to_str().unwrap(), "--out", out_file.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&out_file).unwrap()).unwrap();
    assert!(!saved["team"].as_object().unwrap().is_empty());
    assert_eq!(saved_plan_violations(&saved), Vec::<String>::new());

    let mut future = saved.clone();
    future["format"] = json!("celonis-scim/saved-plan/2");
    assert!(!saved_plan_violations(&future).is_empty(), "another format version is not this schema's");
}

#[test]
fn the_schema_refuses_what_the_code_does_not_print() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let validator = plan_validator();
    let good = plan(&emu, &repo("examples/team.csv"), &[]);
    assert!(validator.is_valid(&good));

    let mut added = good.clone();
    added["surprise"] = json!(1);
    let mut renamed = good.clone();
    renamed["create_users"][0]["username"] = renamed["create_users"][0]["user_name"].take();
    renamed["create_users"][0].as_object_mut().unwrap().remove("user_name");
    let mut mistyped = good.clone();
    mistyped["team_size"] = json!("0");
    let mut unknown_kind = good.clone();
    unknown_kind["conflicts"] = json!([{"kind": "something_new", "subject": "x", "detail": "y"}]);
    let mut missing = good;
    missing.as_object_mut().unwrap().remove("seats");
    for (what, value) in [("added", added), ("renamed", renamed), ("mistyped", mistyped), ("unknown kind", unknown_kind), ("missing", missing)] {
        assert!(!validator.is_valid(&value), "a plan with a field {what} passed");
    }
}
