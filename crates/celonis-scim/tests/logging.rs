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
