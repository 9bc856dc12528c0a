//! Identity-system exports through the command: every preset's sample under examples/exports
//! planned and applied against the emulator, a mapping file with transforms, the presets'
//! own documentation, and bad rows reported with the row, attribute and column.

mod common;

use std::path::{Path, PathBuf};

use celonis_scim::sync::Plan;
use celonis_scim_emulator::{Emulator, EmulatorConfig};
use common::{run, stderr};

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/exports").join(name)
}

fn plan(emu: &Emulator, args: &[&str]) -> Plan {
    let mut all = vec!["plan", "--json"];
    all.extend_from_slice(args);
    let out = run(emu, &all, "");
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn created(plan: &Plan) -> Vec<String> {
    let mut names: Vec<String> = plan.create_users.iter().map(|u| u.user_name.clone()).collect();
    names.sort();
    names
}

#[test]
fn every_preset_sample_is_applied_and_then_matches() {
    let cases = [
        ("entra-users.csv", "entra", 6, "ada.lovelace@contoso.com", "Process Mining"),
        ("entra-m365-export-users.csv", "entra", 3, "katherine.johnson@contoso.com", "Finance"),
        ("okta-users.csv", "okta", 5, "zoe.muller@example.org", "Procurement"),
        ("okta-password-health.csv", "okta", 4, "omar.haddad@example.org", ""),
        ("okta-api-users.csv", "okta", 3, "mei.chen@example.org", "Data Office"),
        ("gam-users.csv", "gam", 4, "ada@example.edu", "OU /Analytics"),
        ("gam-users-formatjson.csv", "gam", 4, "grace@example.edu", "Compilers"),
        ("google-directory-users.json", "google-directory", 4, "mary.jackson@example.com", "Engineering"),
        ("workday-workers.json", "workday", 3, "logan.mcneil@workday.example", "Finance & Controlling"),
        ("workday-workers-camelcase.json", "workday", 2, "amara.okafor@workday.example", "Data & Analytics"),
        ("workday-workers-legal-names.json", "workday", 2, "priya.raman@workday.example", "Treasury"),
        ("directory.ldif", "ldif", 3, "edsger.dijkstra@corp.example", "All Staff"),
        ("active-directory-full.ldif", "ldif", 2, "joan.clarke@corp.example", "Data Office"),
    ];
    for (file, preset, users, someone, group) in cases {
        let emu = Emulator::start(EmulatorConfig::default()).unwrap();
        let path = sample(file);
        let path = path.to_str().unwrap();
        let first = plan(&emu, &[path, "--preset", preset]);
        assert_eq!(first.create_users.len(), users, "{preset}: {:?}", created(&first));
        assert!(created(&first).iter().any(|u| u == someone), "{preset}: {:?}", created(&first));
        assert!(group.is_empty() || first.create_groups.iter().any(|g| g.display_name == group), "{preset}: no group {group}");
        let applied = run(&emu, &["apply", path, "--preset", preset, "--yes"], "");
        assert!(applied.status.success(), "{preset}: {}", stderr(&applied));
        assert!(plan(&emu, &[path, "--preset", preset]).is_empty(), "{preset}: the team matches the export now");
    }
}

#[test]
fn a_mapping_file_with_transforms_and_the_config_file_preset() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let dir = std::env::temp_dir().join(format!("cscim-sources-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let export = dir.join("hr.csv");
    std::fs::write(&export, "Mail;Dept;Status;Title\nADA@X.COM;BI;on;Lead\nalan@x.com;Ops;off;Admin Clerk\n").unwrap();
    let mapping = dir.join("hr.toml");
    std::fs::write(
        &mapping,
        "userName = { from = \"Mail\", letters = \"lower\" }\nemail = { from = \"Mail\", letters = \"lower\" }\n\
         active = { from = \"Status\", map = { on = \"true\", off = \"false\" } }\n\
         role = { cases = [{ field = \"Dept\", is = \"BI\", value = \"ANALYST\" }], default = \"MEMBER\" }\n\
         groups = { from = \"Dept\", template = \"Dept - {value}\" }\n",
    )
    .unwrap();
    let planned = plan(&emu, &[export.to_str().unwrap(), "--mapping", mapping.to_str().unwrap()]);
    assert_eq!(created(&planned), ["ada@x.com", "alan@x.com"]);
    let ada = planned.create_users.iter().find(|u| u.user_name == "ada@x.com").unwrap();
    assert_eq!(ada.user.role.as_deref(), Some("ANALYST"));
    let mut groups: Vec<&str> = planned.create_groups.iter().map(|g| g.display_name.as_str()).collect();
    groups.sort();
    assert_eq!(groups, ["Dept - BI", "Dept - Ops"]);

    // The config file names a preset: no flag needed.
    let config = dir.join("celonis-scim.toml");
    std::fs::write(&config, "[input]\npreset = \"okta\"\n").unwrap();
    let okta = plan(&emu, &["--config", config.to_str().unwrap(), sample("okta-users.csv").to_str().unwrap()]);
    assert_eq!(okta.create_users.len(), 5);
    std::fs::write(&config, "[input]\npreset = \"nope\"\n").unwrap();
    let checked = run(&emu, &["--config", config.to_str().unwrap(), "config", "check"], "");
    assert_eq!(checked.status.code(), Some(3), "an unknown preset is a config error: {}", stderr(&checked));
}

#[test]
fn presets_are_listed_and_printed_for_adapting() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let listed = run(&emu, &["presets"], "");
    assert!(listed.status.success());
    let names: Vec<String> = String::from_utf8_lossy(&listed.stdout).lines().map(|l| l.split_whitespace().next().unwrap_or("").to_owned()).collect();
    assert_eq!(names, ["standard", "entra", "okta", "gam", "google-directory", "workday", "ldif"]);
    for name in &names {
        let shown = run(&emu, &["presets", name], "");
        let text = String::from_utf8_lossy(&shown.stdout);
        // What is printed is a mapping file: saved and used, it reads the same export.
        assert!(celonis_scim::sync::Mapping::from_toml(&text).is_ok(), "{name}: {text}");
    }
    assert_eq!(run(&emu, &["presets", "nope"], "").status.code(), Some(4));
}

#[test]
fn bad_rows_are_reported_with_row_attribute_and_column() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let dir = std::env::temp_dir().join(format!("cscim-sources-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let export = dir.join("okta.csv");
    std::fs::write(&export, "login,email,status\na@x,a@x,ACTIVE\nb@x,b@x,WHATEVER\n").unwrap();
    let out = run(&emu, &["plan", export.to_str().unwrap(), "--preset", "okta"], "");
    assert_eq!(out.status.code(), Some(4), "a validation error");
    let err = stderr(&out);
    assert!(err.contains("line 3") && err.contains("active") && err.contains("\"status\""), "{err}");
}

#[test]
fn only_part_of_a_plan_is_applied() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let team = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/team.csv");
    let team = team.to_str().unwrap();
    let part = plan(&emu, &[team, "--only-user", "ada*", "--only-group", "Process Mining"]);
    assert_eq!(created(&part), ["ada.lovelace@example.com"]);
    assert_eq!(part.create_groups.len(), 1);
    let applied = run(&emu, &["apply", team, "--only-section", "create_groups", "--only-section", "create_users", "--only-user", "ada*", "--yes"], "");
    assert!(applied.status.success(), "{}", stderr(&applied));
    let rest = plan(&emu, &[team]);
    assert_eq!(rest.create_users.len(), 35);
    assert_eq!(rest.create_groups.len(), 0, "every group was created: no --only-group");
    let bad = run(&emu, &["plan", team, "--only-section", "everything"], "");
    assert_eq!(bad.status.code(), Some(4));
}

#[test]
fn the_text_plan_says_where_values_came_from_seats_against_limits_and_wraps_members() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let okta = sample("okta-password-health.csv");
    let out = run(&emu, &["plan", okta.to_str().unwrap(), "--preset", "okta", "--seat-limit", "MEMBER=40"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    let line = |start: &str| text.lines().find(|l| l.trim_start().starts_with(start)).unwrap_or_else(|| panic!("no {start:?} line in\n{text}")).to_owned();
    let login = line("userName");
    assert!(login.contains("login (4 users)") && login.contains("[preset okta]"), "{login}");
    assert!(line("email").contains("login (4 users)"), "the fallback that gave the value:\n{text}");
    assert!(line("displayName").contains("nothing found"), "this report has no display name:\n{text}");
    assert!(!text.lines().any(|l| l.trim_start().starts_with("role ")), "okta has no role rule:\n{text}");
    assert!(line("Seats by effective role:").contains("of 40"), "{text}");

    // The demo team: 36 users, groups of many members; no membership line runs past 100
    // characters, and every name is shown or counted.
    let team = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/team.csv");
    let out = run(&emu, &["plan", team.to_str().unwrap()], "");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.lines().filter(|l| l.starts_with("~ members of") || l.starts_with("    ")).all(|l| l.chars().count() <= 100), "{text}");
    let json: Plan = serde_json::from_slice(&run(&emu, &["plan", "--json", team.to_str().unwrap()], "").stdout).unwrap();
    let biggest = json.memberships.iter().max_by_key(|m| m.add.len()).unwrap();
    let header = format!("~ members of {:?}: {} to add, 0 to remove", biggest.group, biggest.add.len());
    assert!(text.contains(&header), "{header:?} in\n{text}");
}
