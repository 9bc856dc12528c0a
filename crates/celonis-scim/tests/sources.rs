//! Exports as people have them, read through the presets and mappings with transforms: the
//! samples under examples/exports, and every transform on its own.

// The core's error is large and rare; tests return it as it is.
#![allow(clippy::result_large_err)]

use std::path::{Path, PathBuf};

use celonis_scim::ErrorKind;
use celonis_scim::sync::{DesiredState, DesiredUser, Mapping};

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/exports").join(name)
}

fn read(name: &str, preset: &str) -> Vec<DesiredUser> {
    DesiredState::from_export(&sample(name), Some(&Mapping::preset(preset).unwrap())).unwrap_or_else(|e| panic!("{name}: {e} {:?}", e.detail)).users
}

fn user<'a>(users: &'a [DesiredUser], name: &str) -> &'a DesiredUser {
    users.iter().find(|u| u.user_name == name).unwrap_or_else(|| panic!("no {name} in {:?}", users.iter().map(|u| &u.user_name).collect::<Vec<_>>()))
}

fn mapped(mapping: &str, csv: &str) -> Result<Vec<DesiredUser>, celonis_scim::Error> {
    let mapping = Mapping::from_toml(mapping)?;
    celonis_scim::sync::source::read(csv.as_bytes(), celonis_scim::sync::source::Format::Csv, &mapping).map(|s| s.users)
}

#[test]
fn entra_download_users_csv() {
    let users = read("entra-users.csv", "entra");
    assert_eq!(users.len(), 6, "the guest is left out");
    let converted = user(&users, "sam_northwind.com#ext#@contoso.onmicrosoft.com");
    assert_eq!(converted.groups, ["Process Mining"], "a guest converted to a member (#EXT#, userType Member) is kept");
    let ada = user(&users, "ada.lovelace@contoso.com");
    assert_eq!(ada.external_id.as_deref(), Some("6f1c2a9e-0b7d-4c1e-9d2a-1a2b3c4d5e01"));
    assert_eq!((ada.given_name.as_deref(), ada.family_name.as_deref()), (Some("Ada"), Some("Lovelace")));
    assert_eq!(ada.groups, ["Process Mining"]);
    let katherine = user(&users, "katherine.johnson@contoso.com");
    assert_eq!(katherine.active, Some(false));
    assert_eq!(katherine.display_name.as_deref(), Some("Johnson, Katherine"));
    assert_eq!(katherine.emails, ["katherine.johnson@contoso.com"], "no mail: the UPN is the fallback");
    let jose = user(&users, "jose.garcia@contoso.com");
    assert_eq!(jose.display_name.as_deref(), Some("José García"));
    assert!(jose.groups.is_empty(), "no department, no group");
    assert!(users.iter().all(|u| u.role.is_none()), "roles are left to Celonis");
}

#[test]
fn okta_export_resaved_by_excel_with_semicolons_in_windows_1252() {
    let users = read("okta-users.csv", "okta");
    assert_eq!(users.len(), 5);
    let zoe = user(&users, "zoe.muller@example.org");
    assert_eq!((zoe.given_name.as_deref(), zoe.family_name.as_deref()), (Some("Zoë"), Some("Müller")));
    assert_eq!(zoe.active, Some(true));
    assert_eq!(zoe.groups, ["Procurement"]);
    assert_eq!(user(&users, "bjorn.aberg@example.org").active, Some(false), "SUSPENDED");
    assert_eq!(user(&users, "new.starter@example.org").active, Some(true), "PROVISIONED");
    assert_eq!(user(&users, "left.company@example.org").active, Some(false), "DEPROVISIONED");
}

#[test]
fn google_workspace_through_gam_and_the_directory_api() {
    let gam = read("gam-users.csv", "gam");
    let ada = user(&gam, "ada@example.edu");
    assert_eq!(ada.groups, ["OU /Analytics", "analytics@example.edu", "process-mining@example.edu"]);
    assert_eq!(ada.display_name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(user(&gam, "hedy@example.edu").active, Some(false), "suspended is inverted");
    assert_eq!(user(&gam, "alan@example.edu").active, Some(true));

    let api = read("google-directory-users.json", "google-directory");
    assert_eq!(api.len(), 4);
    assert_eq!(user(&api, "katherine.johnson@example.com").active, Some(false), "an archived user cannot sign in");
    let mary = user(&api, "mary.jackson@example.com");
    assert_eq!(mary.emails, ["mary.jackson@example.com"], "the primary address only");
    assert_eq!(mary.external_id.as_deref(), Some("HR-2001"));
    assert_eq!(mary.groups, ["Engineering"]);
    assert_eq!(mary.active, Some(true));
    assert_eq!(user(&api, "dorothy.vaughan@example.com").active, Some(false));
    let christine = user(&api, "christine.darden@example.com");
    assert_eq!(christine.active, Some(true), "no suspended attribute means not suspended");
    assert_eq!(christine.external_id.as_deref(), Some("104857600000000000013"), "the id is the fallback");
}

#[test]
fn workday_raas_json_with_role_rules() {
    let users = read("workday-workers.json", "workday");
    let logan = user(&users, "logan.mcneil@workday.example");
    assert_eq!(logan.role.as_deref(), Some("ANALYST"), "Job_Family Finance");
    assert_eq!(logan.groups, ["Finance & Controlling"]);
    assert_eq!(logan.external_id.as_deref(), Some("21001"));
    assert_eq!(user(&users, "teresa.serrano@workday.example").role, None, "no rule holds: the role is not managed");
    assert_eq!(user(&users, "oliver.reynolds@workday.example").active, Some(false));
}

#[test]
fn an_ldif_export_with_nested_groups_flattened() {
    let users = read("directory.ldif", "ldif");
    assert_eq!(users.len(), 3, "groups and organizational units are not users");
    let edsger = user(&users, "edsger.dijkstra@corp.example");
    let mut groups = edsger.groups.clone();
    groups.sort();
    assert_eq!(groups, ["All Staff", "Analytics", "Process Mining"], "Process Mining is in Analytics, which is in All Staff");
    let barbara = user(&users, "barbara.liskov@corp.example");
    assert_eq!(barbara.display_name.as_deref(), Some("Barbara Liskov"), "a base64 value");
    assert_eq!(barbara.active, Some(true), "66048 has bit 2 clear");
    assert_eq!(barbara.groups, ["All Staff"]);
    assert_eq!(user(&users, "ken.thompson@corp.example").active, Some(false), "514 has bit 2 set");
}

#[test]
fn every_transform_on_its_own() {
    let mapping = r#"
        preset = "standard"
        userName = { from = ["Login", "Mail"], letters = "lower" }
        displayName = { template = "{First} {Last}" }
        active = { from = "Enabled", map = { Y = "true", N = "false" } }
        role = { cases = [{ field = "Title", matches = "*Admin*", value = "ADMIN" }, { field = "Dept", is = ["BI", "Finance"], value = "ANALYST" }], default = "MEMBER" }
        groups = [{ from = "Dept", template = "Dept - {value}" }, { from = "Teams", split = "|" }, { from = "Manager", rdn = true }]
        externalId = { from = "Id", trim = false }
        skip = [{ field = "Login", matches = "svc-*" }]
    "#;
    let csv = "Login;Mail;First;Last;Enabled;Title;Dept;Teams;Manager;Id\n\
               ;ADA@X.COM;Ada;Lovelace;y;Sysadmin;BI;a| b ;CN=Boss\\, Big,OU=x; 7 \n\
               alan;;Alan;;N;Analyst;Finance;;;8\n\
               svc-backup;;;;Y;;;;;9\n";
    let users = mapped(mapping, csv).unwrap();
    assert_eq!(users.len(), 2, "the service account is skipped");
    let ada = &users[0];
    assert_eq!(ada.user_name, "ada@x.com", "the fallback column, lowercased");
    assert_eq!(ada.display_name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(ada.active, Some(true));
    assert_eq!(ada.role.as_deref(), Some("ADMIN"), "the first case that holds");
    assert_eq!(ada.groups, ["Dept - BI", "a", "b", "Boss, Big"]);
    assert_eq!(ada.external_id.as_deref(), Some(" 7 "), "trim = false keeps spaces");
    let alan = &users[1];
    assert_eq!(alan.display_name, None, "a template with an empty placeholder gives nothing");
    assert_eq!(alan.role.as_deref(), Some("ANALYST"));
    assert_eq!(alan.active, Some(false));
    assert_eq!(alan.groups, ["Dept - Finance"]);
}

#[test]
fn errors_name_the_row_the_attribute_and_the_column() {
    let mapping = r#"
        userName = "Login"
        active = { from = "Enabled", map = { Y = "true", N = "false" } }
        groups = { from = "Flags", bit_clear = 2 }
    "#;
    let err = mapped(mapping, "Login,Enabled,Flags\na,Y,512\nb,maybe,514\nc,N,lots\n").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    let detail = err.detail.unwrap();
    let lines: Vec<&str> = detail.lines().collect();
    assert_eq!(lines.len(), 2, "{detail}");
    assert!(lines[0].starts_with("line 3: active (column \"Enabled\"): "), "{detail}");
    assert!(lines[1].starts_with("line 4: groups (column \"Flags\"): "), "{detail}");
}

#[test]
fn bad_mappings_are_refused_before_any_record_is_read() {
    for (mapping, names) in [
        (r#"preset = "nope""#, "preset"),
        (r#"userName = { from = "a[" }"#, "path"),
        (r#"role = { cases = [{ field = "x", value = "ADMIN" }] }"#, "a case without a condition"),
        (r#"displayName = { template = "{oops" }"#, "template"),
        (r#"email = { form = "Mail" }"#, "an unknown key"),
        (r#"separator = "x""#, "separator"),
        (r#"userName = { }"#, "a rule without a source"),
    ] {
        let err = Mapping::from_toml(mapping).expect_err(names);
        assert_eq!(err.kind(), ErrorKind::Validation, "{names}");
        assert_eq!(err.attribute.as_deref(), Some("mapping"), "{names}");
    }
    assert!(Mapping::from_json(r#"{"userName": "Login", "email": {"from": ["Mail", "UPN"]}}"#).is_ok());
}

#[test]
fn a_json_export_needs_to_say_where_its_records_are() {
    let dir = std::env::temp_dir().join(format!("cscim-sources-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("export.json");
    std::fs::write(&file, r#"{"data": {"people": [{"mail": "a@x"}]}}"#).unwrap();
    let plain = Mapping::from_toml(r#"userName = "mail""#).unwrap();
    assert_eq!(DesiredState::from_export(&file, Some(&plain)).unwrap_err().kind(), ErrorKind::Validation);
    let located = Mapping::from_toml("userName = \"mail\"\nrecords = \"data.people\"").unwrap();
    assert_eq!(DesiredState::from_export(&file, Some(&located)).unwrap().users[0].user_name, "a@x");
}

#[test]
fn the_readme_mapping_example_is_a_valid_mapping() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md")).unwrap();
    let section = readme.split("### From your identity system").nth(1).expect("README has the section");
    let example = section.split("```toml\n").nth(1).and_then(|s| s.split("```").next()).expect("a TOML example");
    let mapping = Mapping::from_toml(example).unwrap_or_else(|e| panic!("{e}: {:?}", e.detail));
    let users = celonis_scim::sync::source::read(
        b"login,email,firstName,lastName,status,department,title,teams\nADA,,Ada,Lovelace,ACTIVE,BI,Sysadmin,a;b\nsvc-x,,,,ACTIVE,,,\n",
        celonis_scim::sync::source::Format::Csv,
        &mapping,
    )
    .unwrap()
    .users;
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].user_name, "ada");
    assert_eq!(users[0].display_name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(users[0].role.as_deref(), Some("ANALYST"));
    assert_eq!(users[0].groups, ["Dept - BI", "a", "b"]);
}

#[test]
fn a_mapping_reads_only_what_it_states() {
    // A Role column of job titles, a mapping with no role rule: nobody gets a role (and so no
    // licence seat or admin right) from it, nor an email or group it does not mention.
    let csv = "Login,Role,email,groups\nada@x.com,Admin,ada@x.com,Leadership\nbob@x.com,Analyst,bob@x.com,\n";
    let users = mapped(r#"userName = "Login""#, csv).unwrap();
    assert_eq!(users.len(), 2);
    for u in &users {
        assert_eq!((u.role.as_deref(), u.emails.len(), u.groups.len()), (None, 0, 0), "{u:?}");
    }
    // Naming the standard preset takes its rules, the role column included.
    let standard = mapped("preset = \"standard\"\nuserName = \"Login\"", csv).unwrap();
    assert_eq!(standard[0].role.as_deref(), Some("ADMIN"));
}

#[test]
fn a_missing_column_is_named_with_the_columns_the_file_has() {
    let okta = Mapping::preset("okta").unwrap();
    let err = celonis_scim::sync::source::read(b"Name,Mail\nAda,ada@x.com\n", celonis_scim::sync::source::Format::Csv, &okta).unwrap_err();
    let detail = err.detail.unwrap_or_default();
    assert!(detail.contains("\"login\"") && detail.contains("\"Name\"") && detail.contains("\"Mail\""), "{detail}");
}

#[test]
fn entra_microsoft_365_admin_center_export() {
    let users = read("entra-m365-export-users.csv", "entra");
    let names: Vec<&str> = users.iter().map(|u| u.user_name.as_str()).collect();
    assert_eq!(names, ["ada.lovelace@contoso.com", "katherine.johnson@contoso.com", "jose.garcia@contoso.com"], "the #EXT# guest is left out");
    let ada = user(&users, "ada.lovelace@contoso.com");
    assert_eq!((ada.given_name.as_deref(), ada.family_name.as_deref()), (Some("Ada"), Some("Lovelace")), "First name, Last name");
    assert_eq!(ada.external_id.as_deref(), Some("5a0e1f2c-3d4b-4a6e-8f90-aa00000000a1"), "Object Id");
    assert_eq!(ada.active, Some(true));
    assert_eq!(user(&users, "katherine.johnson@contoso.com").active, Some(false), "Block credential True");
    assert_eq!(user(&users, "jose.garcia@contoso.com").groups, ["Procurement"]);
}

#[test]
fn gam_formatjson_is_read_as_the_directory_api_user_it_holds() {
    let users = read("gam-users-formatjson.csv", "gam");
    assert_eq!(users.len(), 4);
    let grace = user(&users, "grace@example.edu");
    assert_eq!(grace.active, Some(true));
    assert_eq!(grace.display_name.as_deref(), Some("Grace Hopper"));
    assert_eq!(grace.external_id.as_deref(), Some("EMP-1001"), "the organization's externalId");
    assert_eq!(grace.groups, ["OU /Engineering", "Compilers", "compilers@example.edu", "navy@example.edu"]);
    assert_eq!(user(&users, "barbara@example.edu").active, Some(false), "suspended");
    let frances = user(&users, "frances@example.edu");
    assert_eq!(frances.active, Some(false), "archived");
    assert_eq!(frances.groups, ["OU /Research", "Programming Methodology"], "the primary organization's department");
    assert_eq!(user(&users, "margaret@example.edu").active, Some(true));
    // The flat form says nothing of suspension for a file without the column: not managed.
    let flat = mapped("preset = \"gam\"", "primaryEmail,name.givenName\nada@x.edu,Ada\n").unwrap();
    assert_eq!(flat[0].active, None);
}

#[test]
fn okta_admin_console_reports_and_api_exports() {
    let health = read("okta-password-health.csv", "okta");
    assert_eq!(health.len(), 4);
    let ines = user(&health, "ines.ortega@example.org");
    assert_eq!((ines.given_name.as_deref(), ines.family_name.as_deref()), (Some("Inés"), Some("Ortega")));
    assert_eq!(ines.emails, ["ines.ortega@example.org"], "no email column: the login");
    assert_eq!(ines.active, Some(true));
    assert_eq!(user(&health, "omar.haddad@example.org").active, Some(true), "Password Expired can still sign in");
    assert_eq!(user(&health, "lena.vogel@example.org").active, Some(false), "Suspended");
    assert_eq!(user(&health, "kofi.mensah@example.org").active, Some(false), "Deactivated");

    let api = read("okta-api-users.csv", "okta");
    let mei = user(&api, "mei.chen@example.org");
    assert_eq!(mei.display_name.as_deref(), Some("Mei Chen"));
    assert_eq!(mei.external_id.as_deref(), Some("00u9z8y7x6W5v4U3t2s1"));
    assert_eq!(mei.groups, ["Data Office"]);
    assert_eq!(user(&api, "ravi.iyer@example.org").active, Some(true), "LOCKED_OUT");
    assert_eq!(user(&api, "sara.lind@example.org").active, Some(false), "STAGED");
}

#[test]
fn workday_reports_with_other_alias_styles() {
    let camel = read("workday-workers-camelcase.json", "workday");
    let amara = user(&camel, "amara.okafor@workday.example");
    assert_eq!(amara.role.as_deref(), Some("ANALYST"), "jobFamily Analytics");
    assert_eq!((amara.external_id.as_deref(), amara.display_name.as_deref()), (Some("31001"), Some("Amara Okafor")));
    assert_eq!(amara.groups, ["Data & Analytics"]);
    assert_eq!(user(&camel, "lars.nilsson@workday.example").active, Some(false), "Terminated");

    let legal = read("workday-workers-legal-names.json", "workday");
    let priya = user(&legal, "priya.raman@workday.example");
    assert_eq!((priya.given_name.as_deref(), priya.family_name.as_deref()), (Some("Priya"), Some("Raman")));
    assert_eq!(priya.role.as_deref(), Some("ANALYST"));
    assert_eq!(priya.groups, ["Finance & Controlling", "Treasury"]);
    let tomas = user(&legal, "tomas.silva@workday.example");
    assert_eq!((tomas.active, tomas.given_name.as_deref()), (Some(true), Some("Tomás")), "On Leave");
}

#[test]
fn a_full_active_directory_export_from_ldapsearch() {
    let users = read("active-directory-full.ldif", "ldif");
    let names: Vec<&str> = users.iter().map(|u| u.user_name.as_str()).collect();
    assert_eq!(names, ["joan.clarke@corp.example", "tommy.flowers@corp.example"], "contacts, computers, foreign principals and service accounts are not users");
    let joan = user(&users, "joan.clarke@corp.example");
    assert_eq!(joan.external_id.as_deref(), Some("6a3f5c1e-7b2d-4e8f-9a01-cc0000000001"), "objectGUID as AD shows it");
    let mut groups = joan.groups.clone();
    groups.sort();
    assert_eq!(groups, ["Analysts", "Data Office"]);
    let tommy = user(&users, "tommy.flowers@corp.example");
    assert_eq!(tommy.active, Some(false), "66050 has bit 2 set");
    assert_eq!(tommy.display_name.as_deref(), Some("Tommy Flowers"), "no displayName: the cn");

    // Reading a binary attribute is an error only for a mapping that uses it.
    let photo = Mapping::from_toml("preset = \"ldif\"\ndisplayName = \"thumbnailPhoto\"").unwrap();
    let err = DesiredState::from_export(&sample("active-directory-full.ldif"), Some(&photo)).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    let detail = err.detail.unwrap_or_default();
    assert_eq!(detail.lines().count(), 1, "only Joan has a thumbnailPhoto: {detail}");
    assert!(detail.contains("thumbnailPhoto"), "{detail}");
}

#[test]
fn json_and_ldif_presets_name_the_field_they_need() {
    let dir = std::env::temp_dir().join(format!("cscim-sources-missing-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let report = dir.join("report.json");
    std::fs::write(&report, r#"{"Report_Entry": [{"Worker_Email_Address": "a@x", "Name": "A"}]}"#).unwrap();
    let err = DesiredState::from_export(&report, Some(&Mapping::preset("workday").unwrap())).unwrap_err();
    let detail = err.detail.unwrap_or_default();
    assert!(detail.contains("\"Primary_Work_Email\"") && detail.contains("\"Worker_Email_Address\""), "{detail}");
    let ldif = dir.join("people.ldif");
    std::fs::write(&ldif, "dn: CN=A,DC=x\nobjectClass: person\ncn: A\nsAMAccountName: a\n").unwrap();
    let err = DesiredState::from_export(&ldif, Some(&Mapping::preset("ldif").unwrap())).unwrap_err();
    let detail = err.detail.unwrap_or_default();
    assert!(detail.contains("\"userPrincipalName\"") && detail.contains("\"sAMAccountName\""), "{detail}");
}

#[test]
fn the_state_says_where_each_attribute_was_read_from() {
    let mapping = Mapping::from_toml("preset = \"okta\"\nrole = { cases = [{ field = \"title\", is = \"Buyer\", value = \"ANALYST\" }] }").unwrap();
    let state = DesiredState::from_export(&sample("okta-users.csv"), Some(&mapping)).unwrap();
    let of = |name: &str| state.sources.iter().find(|s| s.attribute == name).unwrap_or_else(|| panic!("no {name}: {:?}", state.sources));
    let login = of("userName");
    assert_eq!(login.rule, "preset okta");
    assert_eq!(login.reads, ["login", "Username", "profile.login"]);
    assert_eq!(login.found.iter().map(|f| (f.source.as_str(), f.users)).collect::<Vec<_>>(), [("login", 5)]);
    let role = of("role");
    assert_eq!((role.rule.as_str(), role.reads.as_slice()), ("mapping", ["cases".to_owned()].as_slice()));
    assert_eq!(role.found.iter().map(|f| f.users).sum::<usize>(), 1, "one Buyer");
    // The sources are not part of the state: the fingerprint is the users'.
    let plain = DesiredState { sources: Vec::new(), ..state.clone() };
    assert_eq!(plain.fingerprint(), state.fingerprint());
}

#[test]
fn txt_and_tsv_files_are_delimited_text() {
    let dir = std::env::temp_dir().join(format!("cscim-sources-txt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let tsv = dir.join("people.tsv");
    std::fs::write(&tsv, "userName\tdisplayName\tgroups\nada@x.com\tAda\t\"BI;Ops\"\n\nbob@x.com\t\"Bob\nthe Builder\"\t\n").unwrap();
    let users = DesiredState::from_export(&tsv, None).unwrap().users;
    assert_eq!(users.len(), 2, "the blank line is skipped");
    assert_eq!(users[0].groups, ["BI", "Ops"]);
    assert_eq!(users[1].display_name.as_deref(), Some("Bob\nthe Builder"), "a quoted field spans lines");
    let txt = dir.join("people.txt");
    std::fs::write(&txt, "login|mail\nada@x.com|ada@x.com\n").unwrap();
    let users = DesiredState::from_export(&txt, Some(&Mapping::from_toml("userName = \"login\"\nemail = \"mail\"").unwrap())).unwrap().users;
    assert_eq!((users[0].user_name.as_str(), users[0].emails.as_slice()), ("ada@x.com", ["ada@x.com".to_owned()].as_slice()), "the separator read from the header");
    let _ = std::fs::remove_dir_all(dir);
}
