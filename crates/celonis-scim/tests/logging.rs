//! What the client logs through the `log` facade: each exchange at debug, retries at info,
//! bodies at trace, and never a secret (token, app key, client secret, access token).

mod common;

use std::collections::BTreeMap;
use std::sync::Mutex;

use celonis_scim::{Client, ClientConfig, ListOptions, OAuth2Config, Projection};
use celonis_scim_emulator::{Emulator, EmulatorConfig, Fault};
use common::{config, user};

/// Every record logged in this test binary: (level, target, message).
static RECORDS: Mutex<Vec<(log::Level, String, String)>> = Mutex::new(Vec::new());

/// The fields of every record, in the same order.
static FIELDS: Mutex<Vec<serde_json::Map<String, serde_json::Value>>> = Mutex::new(Vec::new());

struct Capture;

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        // Only the client's own records: ureq's trace output shows raw bytes (tokens included),
        // which is why every bridge (Python, Node, C, the CLI) forwards `celonis_scim` only.
        if !record.target().starts_with("celonis_scim") {
            return;
        }
        RECORDS.lock().unwrap().push((record.level(), record.target().to_owned(), record.args().to_string()));
        FIELDS.lock().unwrap().push(celonis_scim::http::exchange_log::fields_of(record));
    }
    fn flush(&self) {}
}

static LOGGER: Capture = Capture;

/// The records logged while `f` ran (tests in this binary run one at a time: see `LOCK`).
fn captured(f: impl FnOnce()) -> Vec<(log::Level, String, String)> {
    static LOCK: Mutex<()> = Mutex::new(());
    let _one = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let _ = log::set_logger(&LOGGER);
    log::set_max_level(log::LevelFilter::Trace);
    RECORDS.lock().unwrap().clear();
    FIELDS.lock().unwrap().clear();
    f();
    std::mem::take(&mut *RECORDS.lock().unwrap())
}

#[test]
fn each_exchange_is_logged_with_its_bodies_at_trace_and_no_token() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let records = captured(|| {
        let c = Client::new(config(&emu)).unwrap();
        let created = c.create_user(&user("ada@example.com")).unwrap();
        c.get_user(created.id.as_deref().unwrap(), &Projection::default()).unwrap();
        emu.inject(Fault::RateLimit { retry_after: 0 }, 1);
        c.list_users(&ListOptions::default()).unwrap();
    });
    let debug: Vec<&str> = records.iter().filter(|r| r.0 == log::Level::Debug).map(|r| r.2.as_str()).collect();
    assert!(debug.iter().any(|m| m.starts_with("POST /scim/v2/Users -> 200 in ") && m.contains("(attempt 1")), "{debug:#?}");
    assert!(debug.iter().any(|m| m.starts_with("GET /scim/v2/Users/") && m.contains("-> 200")), "{debug:#?}");
    assert!(debug.iter().any(|m| m.starts_with("GET /scim/v2/Users") && m.contains("-> 429")), "{debug:#?}");
    assert!(debug.iter().any(|m| m.contains("-> 200") && m.contains("(attempt 2")), "the retried list succeeds on its 2nd attempt: {debug:#?}");
    assert!(records.iter().any(|r| r.0 == log::Level::Info && r.2.contains("retrying in")), "{records:#?}");
    assert!(records.iter().any(|r| r.0 == log::Level::Trace && r.2.contains("request body") && r.2.contains("ada@example.com")));
    assert!(records.iter().all(|r| r.1 == celonis_scim::http::exchange_log::TARGET), "one target");
    for (_, _, message) in &records {
        assert!(!message.contains(emu.token()) && !message.to_lowercase().contains("authorization"), "a secret in {message}");
    }
}

#[test]
fn the_oauth_exchange_logs_no_secret_and_no_access_token() {
    let mut clients = BTreeMap::new();
    clients.insert("robot".to_owned(), "s3cr3t-value".to_owned());
    let emu = Emulator::start(EmulatorConfig { oauth_clients: clients, ..Default::default() }).unwrap();
    let records = captured(|| {
        let oauth = ClientConfig { token: None, oauth2: Some(OAuth2Config::new(emu.token_url(), "robot", "s3cr3t-value")), ..config(&emu) };
        Client::new(oauth).unwrap().list_users(&ListOptions::default()).unwrap();
    });
    assert!(records.iter().any(|r| r.2.starts_with("POST /oauth2/token -> 200")), "{records:#?}");
    for (_, _, message) in &records {
        assert!(!message.contains("s3cr3t-value") && !message.contains("access_token"), "a secret in {message}");
    }
}

#[test]
fn records_carry_their_facts_as_fields_and_an_apply_its_run() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let journal = std::env::temp_dir().join(format!("cscim-log-fields-{}", std::process::id()));
    let lock_dir = journal.join("locks");
    // SAFETY: this binary's tests run one at a time (`captured` holds a lock), and nothing
    // else reads the environment meanwhile.
    unsafe { std::env::set_var("CELONIS_SCIM_LOCK_DIR", &lock_dir) };
    let mut fields = Vec::new();
    let records = captured(|| {
        let c = Client::new(config(&emu)).unwrap();
        let desired = celonis_scim::sync::DesiredState { users: vec![celonis_scim::sync::DesiredUser { user_name: "ada@example.com".into(), ..Default::default() }], ..Default::default() };
        let plan = c.plan(&desired, &celonis_scim::sync::PlanOptions::default()).unwrap();
        let options = celonis_scim::sync::ApplyOptions { journal: Some(journal.clone()), bulk: false, ..Default::default() };
        c.apply(&plan, &options, None).unwrap();
        fields = std::mem::take(&mut *FIELDS.lock().unwrap());
    });
    let at = records.iter().position(|r| r.0 == log::Level::Debug && r.2.starts_with("POST /scim/v2/Users")).expect("the create is logged");
    let create = &fields[at];
    assert_eq!((create["method"].as_str(), create["path"].as_str(), create["status"].as_u64()), (Some("POST"), Some("/scim/v2/Users"), Some(200)));
    assert!(create["duration_ms"].is_u64() && create["attempt"] == 1, "{create:?}");
    let runs: Vec<usize> = records.iter().enumerate().filter(|(_, r)| r.1 == "celonis_scim::sync").map(|(i, _)| i).collect();
    assert_eq!(runs.len(), 2, "a record as the apply starts and one as it ends: {records:#?}");
    let (start, end) = (&fields[runs[0]], &fields[runs[1]]);
    assert!(start["run"].is_string() && start["run"] == end["run"], "{start:?} {end:?}");
    assert_eq!((start["operations"].as_u64(), end["done"].as_u64(), end["failed"].as_u64()), (Some(1), Some(1), Some(0)));
    let _ = std::fs::remove_dir_all(journal);
}
