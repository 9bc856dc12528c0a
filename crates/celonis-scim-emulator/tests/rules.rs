//! The emulator enforces the Celonis rules, speaks HTTP like Celonis, and keeps its state.

use std::collections::BTreeMap;
use std::time::Duration;

use celonis_scim::{Client, ClientConfig, ErrorKind, Group, ListOptions, Reference, SearchRequest, User};
use celonis_scim_emulator::{Emulator, EmulatorConfig};

fn client(emu: &Emulator) -> Client {
    Client::new(ClientConfig { max_retries: 0, ..ClientConfig::bearer(emu.url(), emu.token()) }).unwrap()
}

fn raw(emu: &Emulator, method: &str, path: &str, auth: Option<&str>, body: &str) -> (u16, String) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut req = ureq::http::Request::builder().method(method).uri(format!("{}{path}", emu.url()));
    if let Some(a) = auth {
        req = req.header("authorization", a);
    }
    let req = req.header("content-type", "application/scim+json").body(body.to_owned()).unwrap();
    let mut resp = agent.run(req).unwrap();
    (resp.status().as_u16(), resp.body_mut().read_to_string().unwrap_or_default())
}

fn seats(limits: &[(&str, usize)]) -> Emulator {
    let seats: BTreeMap<String, usize> = limits.iter().map(|(r, n)| (r.to_string(), *n)).collect();
    Emulator::start(EmulatorConfig { seats, ..Default::default() }).unwrap()
}

#[test]
fn seats_are_counted_on_the_effective_role() {
    let emu = seats(&[("ANALYST", 2)]);
    let c = client(&emu);
    let a = c.create_user(&User { role: Some("ANALYST".into()), ..User::new("a") }).unwrap();
    let m1 = c.create_user(&User::new("m1")).unwrap().id.unwrap();
    let m2 = c.create_user(&User::new("m2")).unwrap().id.unwrap();
    assert_eq!(emu.seat_usage()["ANALYST"], 1);
    // A group with the ANALYST role makes its members analysts: one more fits, two do not.
    let mut g = Group { role: Some("ANALYST".into()), ..Group::new("Analysts") };
    g.members = vec![Reference::to(&m1), Reference::to(&m2)];
    let err = c.create_group(&g).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::BadRequest);
    g.members.pop();
    let created = c.create_group(&g).unwrap();
    assert_eq!(emu.seat_usage()["ANALYST"], 2);
    // Raising a member's own role changes nothing: its effective role is already ANALYST.
    let mut m1_user = c.get_user(&m1, &Default::default()).unwrap();
    m1_user.role = Some("ANALYST".into());
    c.replace_user(&m1, &m1_user).unwrap();
    // Another analyst is one too many.
    let err = c.create_user(&User { role: Some("ANALYST".into()), ..User::new("b") }).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::BadRequest);
    // Deleting frees the seat.
    c.delete_user(a.id.as_deref().unwrap()).unwrap();
    c.create_user(&User { role: Some("ANALYST".into()), ..User::new("b") }).unwrap();
    c.delete_group(created.id.as_deref().unwrap()).unwrap();
    assert_eq!(emu.seat_usage()["ANALYST"], 2);
}

#[test]
fn patch_is_not_allowed() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let id = client(&emu).create_user(&User::new("p")).unwrap().id.unwrap();
    let (status, _) = raw(&emu, "PATCH", &format!("/Users/{id}"), Some(&format!("Bearer {}", emu.token())), "{}");
    assert_eq!(status, 405);
}

#[test]
fn unauthorized_answers_look_like_celonis() {
    let emu = Emulator::start(EmulatorConfig { token: Some("tok".into()), ..Default::default() }).unwrap();
    assert_eq!(raw(&emu, "GET", "/Users", None, ""), (401, r#"{"error":"Unauthorized"}"#.to_owned()));
    assert_eq!(raw(&emu, "GET", "/Users", Some("Bearer nope"), "").0, 401);
    assert_eq!(raw(&emu, "GET", "/Users", Some("Basic tok"), "").0, 401);
    // The scheme word is case-insensitive.
    assert_eq!(raw(&emu, "GET", "/Users", Some("bearer tok"), "").0, 200);
    assert_eq!(raw(&emu, "GET", "/Users", Some("APPKEY tok"), "").0, 200);
}

#[test]
fn malformed_bodies_are_400() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let auth = format!("Bearer {}", emu.token());
    assert_eq!(raw(&emu, "POST", "/Users", Some(&auth), "{not json").0, 400);
    assert_eq!(raw(&emu, "POST", "/Users", Some(&auth), r#"{"userName": "x", "role": "BOSS"}"#).0, 400);
    assert_eq!(raw(&emu, "GET", "/Printers", Some(&auth), "").0, 404);
}

#[test]
fn paging_defaults_and_limits() {
    let emu = Emulator::start(EmulatorConfig { max_count: 250, ..Default::default() }).unwrap();
    let c = client(&emu);
    for i in 0..260 {
        c.create_user(&User::new(format!("u{i}"))).unwrap();
    }
    let page = c.list_users(&ListOptions::default()).unwrap();
    assert_eq!((page.total_results, page.resources.len()), (260, 200), "default count is 200");
    let page = c.list_users(&ListOptions { count: Some(1000), ..Default::default() }).unwrap();
    assert_eq!(page.resources.len(), 250, "count is capped at the configured maximum");
    let page = c.list_users(&ListOptions { count: Some(0), ..Default::default() }).unwrap();
    assert_eq!((page.total_results, page.resources.len()), (260, 0));
    let page = c.search_users(&SearchRequest { start_index: Some(259), ..Default::default() }).unwrap();
    assert_eq!(page.resources.len(), 2);
    assert_eq!(page.start_index, Some(259));
}

#[test]
fn filters_are_ignored_or_rejected_as_configured() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let auth = format!("Bearer {}", emu.token());
    assert_eq!(raw(&emu, "GET", "/Users?filter=userName%20eq%20%22x%22", Some(&auth), "").0, 200);
    let strict = Emulator::start(EmulatorConfig { reject_filter: true, ..Default::default() }).unwrap();
    let auth = format!("Bearer {}", strict.token());
    assert_eq!(raw(&strict, "GET", "/Users?filter=x", Some(&auth), "").0, 400);
}

#[test]
fn bulk_limits_are_enforced() {
    let emu = Emulator::start(EmulatorConfig { bulk_max_operations: 2, ..Default::default() }).unwrap();
    let auth = format!("Bearer {}", emu.token());
    let op = r#"{"method":"POST","path":"/Users","bulkId":"x","data":{"userName":"x"}}"#;
    let body = format!(r#"{{"Operations":[{op},{op},{op}]}}"#);
    let (status, text) = raw(&emu, "POST", "/Bulk", Some(&auth), &body);
    assert_eq!(status, 413, "{text}");
}

#[test]
fn state_survives_a_restart() {
    let dir = std::env::temp_dir().join(format!("cscim-state-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("state.json");
    let _ = std::fs::remove_file(&path);
    let config = EmulatorConfig { state: Some(path.clone()), token: Some("t".into()), seats: [("ANALYST".to_owned(), 1)].into(), ..Default::default() };
    let (uid, gid) = {
        let emu = Emulator::start(config.clone()).unwrap();
        let c = client(&emu);
        let uid = c.create_user(&User { role: Some("ANALYST".into()), ..User::new("kept") }).unwrap().id.unwrap();
        let mut g = Group::new("Kept");
        g.members = vec![Reference::to(&uid)];
        let gid = c.create_group(&g).unwrap().id.unwrap();
        emu.stop();
        (uid, gid)
    };
    let leftovers: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().filter(|e| e.file_name() != "state.json").collect();
    assert!(leftovers.is_empty(), "no temporary file is left behind");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600, "personal data: the owner's only");
    }
    let emu = Emulator::start(config).unwrap();
    let c = client(&emu);
    let u = c.get_user(&uid, &Default::default()).unwrap();
    assert_eq!(u.groups[0].value.as_deref(), Some(gid.as_str()));
    assert_eq!(emu.seat_usage()["ANALYST"], 1, "seats are recounted on load");
    assert_eq!(c.create_user(&User { role: Some("ANALYST".into()), ..User::new("new") }).unwrap_err().kind(), ErrorKind::BadRequest);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_corrupt_state_file_is_refused_at_start() {
    let path = std::env::temp_dir().join(format!("cscim-bad-state-{}.json", std::process::id()));
    std::fs::write(&path, b"{\"users\": [").unwrap();
    let err = Emulator::start(EmulatorConfig { state: Some(path.clone()), ..Default::default() }).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn latency_is_added_and_stop_closes_connections() {
    let emu = Emulator::start(EmulatorConfig { latency_ms: 100, ..Default::default() }).unwrap();
    let c = client(&emu);
    let t = std::time::Instant::now();
    c.list_users(&ListOptions::default()).unwrap();
    assert!(t.elapsed() >= Duration::from_millis(100));
    let url = emu.url().to_owned();
    emu.stop();
    let after = Client::new(ClientConfig { max_retries: 0, ..ClientConfig::bearer(url, "t") }).unwrap();
    assert_eq!(after.list_users(&ListOptions::default()).unwrap_err().kind(), ErrorKind::Transport);
}

#[test]
fn faults_can_be_injected_over_http() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let auth = format!("Bearer {}", emu.token());
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let admin = emu.url().replace("/scim/v2", "/_emulator/faults");
    let body = r#"{"add": [{"kind": "status", "status": 500, "body": "{\"reference\": \"ERR-1\"}", "count": 1}]}"#;
    let resp = agent.post(&admin).header("authorization", &auth).send(body).unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let err = client(&emu).list_users(&ListOptions::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Server);
    assert_eq!(err.support_id.as_deref(), Some("ERR-1"));
    let resp = agent.post(&admin).send(body).unwrap();
    assert_eq!(resp.status().as_u16(), 401, "the admin endpoint needs the token too");
}

#[test]
fn a_rate_limit_answers_429_with_the_platforms_headers() {
    let emu = Emulator::start(EmulatorConfig { rate_limit: Some(5.0), ..Default::default() }).unwrap();
    let agent = ureq::Agent::config_builder().http_status_as_error(false).build().new_agent();
    let url = format!("{}/Users", emu.url());
    let mut remaining = Vec::new();
    for _ in 0..5 {
        let r = agent.get(&url).header("authorization", format!("Bearer {}", emu.token())).call().unwrap();
        assert_eq!(r.status().as_u16(), 200);
        assert_eq!(r.headers().get("x-ratelimit-limit").unwrap(), "5");
        remaining.push(r.headers().get("x-ratelimit-remaining").unwrap().to_str().unwrap().to_owned());
    }
    assert_eq!(remaining.last().map(String::as_str), Some("0"));
    let limited = agent.get(&url).header("authorization", format!("Bearer {}", emu.token())).call().unwrap();
    assert_eq!(limited.status().as_u16(), 429);
    let reset: f64 = limited.headers().get("x-ratelimit-reset").unwrap().to_str().unwrap().parse().unwrap();
    assert!(reset > 0.0 && reset <= 0.2, "{reset}");
    assert_eq!(emu.rate_limited_answers(), 1);
}

#[test]
fn what_the_schemas_declare_is_accepted() {
    // A client that writes each writable single-valued attribute as /Schemas declares its type
    // is accepted: the discovery documents and the request checks agree.
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let auth = format!("Bearer {}", emu.token());
    let (status, body) = raw(&emu, "GET", "/Schemas", Some(&auth), "");
    assert_eq!(status, 200);
    let schemas: serde_json::Value = serde_json::from_str(&body).unwrap();
    let mut tried = 0;
    for schema in schemas["Resources"].as_array().unwrap().iter().filter(|s| s["id"].as_str().unwrap().ends_with(":User")) {
        for attr in schema["attributes"].as_array().unwrap() {
            let writable = !matches!(attr["mutability"].as_str(), Some("readOnly" | "immutable"));
            let value = match attr["type"].as_str().unwrap() {
                "boolean" => serde_json::json!(true),
                "string" if attr["name"] != "userName" && attr["canonicalValues"].is_null() => serde_json::json!("x"),
                _ => continue,
            };
            if !writable || attr["multiValued"] == true {
                continue;
            }
            let name = attr["name"].as_str().unwrap();
            let user = serde_json::json!({ "userName": format!("declared-{name}@example.com"), name: value });
            let (status, body) = raw(&emu, "POST", "/Users", Some(&auth), &user.to_string());
            assert!(status == 200 || status == 201, "{name} as declared ({value}): {status} {body}");
            tried += 1;
        }
    }
    assert!(tried >= 3, "the User schemas declare writable attributes ({tried})");
}

#[test]
fn the_emulator_shares_no_wire_code_with_the_client() {
    // An independent oracle: its answers come from its own wire types (resources.rs), never
    // from the client's model, reader or writer, so a client bug cannot be mirrored here.
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.clone()];
    let mut checked = 0;
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for forbidden in ["celonis_scim::model", "celonis_scim::http", "to_wire", "celonis_scim::{Group", "celonis_scim::{User"] {
            let allowed = path.ends_with("lib.rs") || path.ends_with("rehearse.rs");
            assert!(allowed || !text.contains(forbidden), "{} uses {forbidden}", path.display());
        }
        checked += 1;
    }
    assert!(checked > 10);
}
