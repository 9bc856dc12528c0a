//! Authentication: Bearer, AppKey and OAuth 2.0 client credentials; configuration checks;
//! secrets never shown.

mod common;

use std::collections::BTreeMap;

use celonis_scim::{Client, ClientAuth, ClientConfig, ErrorKind, ListOptions, OAuth2Config, Secret};
use celonis_scim_emulator::{Emulator, EmulatorConfig};
use common::{config, emulator};

fn oauth_emulator() -> Emulator {
    let mut clients = BTreeMap::new();
    clients.insert("robot".to_owned(), "s3cr3t:&=".to_owned());
    Emulator::start(EmulatorConfig { oauth_clients: clients, ..Default::default() }).unwrap()
}

fn oauth_config(emu: &Emulator, secret: &str, auth: ClientAuth) -> ClientConfig {
    let mut o = OAuth2Config::new(emu.token_url(), "robot", secret);
    o.client_auth = auth;
    ClientConfig { token: None, oauth2: Some(o), ..config(emu) }
}

#[test]
fn bearer_and_app_key_are_accepted() {
    let emu = emulator();
    Client::new(config(&emu)).unwrap().list_users(&ListOptions::default()).unwrap();
    let app_key = ClientConfig { token: None, app_key: Some(Secret::new(emu.token())), ..config(&emu) };
    Client::new(app_key).unwrap().list_users(&ListOptions::default()).unwrap();
}

#[test]
fn a_wrong_token_is_unauthorized() {
    let emu = emulator();
    let c = Client::new(ClientConfig { token: Some("wrong".into()), ..config(&emu) }).unwrap();
    let err = c.list_users(&ListOptions::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unauthorized);
    assert_eq!(err.detail.as_deref(), Some("Unauthorized"));
}

#[test]
fn oauth_client_credentials_basic_and_post() {
    let emu = oauth_emulator();
    for auth in [ClientAuth::Basic, ClientAuth::Post] {
        let c = Client::new(oauth_config(&emu, "s3cr3t:&=", auth)).unwrap();
        c.list_users(&ListOptions::default()).unwrap();
    }
}

#[test]
fn oauth_token_is_refreshed_once_on_401() {
    let emu = oauth_emulator();
    let c = Client::new(oauth_config(&emu, "s3cr3t:&=", ClientAuth::Basic)).unwrap();
    c.list_users(&ListOptions::default()).unwrap();
    c.list_users(&ListOptions::default()).unwrap();
    assert_eq!(emu.token_requests(), 1, "the token is cached");
    emu.revoke_tokens();
    c.list_users(&ListOptions::default()).unwrap();
    assert_eq!((emu.token_requests(), emu.unauthorized_answers()), (2, 1), "one 401, one new token");
}

#[test]
fn oauth_refresh_on_401_happens_once_per_call() {
    // Tokens that the server refuses at once: each call fetches, is refused, refreshes once,
    // is refused again, and gives up instead of looping.
    let mut clients = BTreeMap::new();
    clients.insert("robot".to_owned(), "pw".to_owned());
    let emu = Emulator::start(EmulatorConfig { oauth_clients: clients, oauth_token_lifetime: 0, ..Default::default() }).unwrap();
    let c = Client::new(oauth_config(&emu, "pw", ClientAuth::Basic)).unwrap();
    assert_eq!(c.list_users(&ListOptions::default()).unwrap_err().kind(), ErrorKind::Unauthorized);
    assert_eq!((emu.token_requests(), emu.unauthorized_answers()), (2, 2));
}

#[test]
fn oauth_wrong_secret_is_unauthorized() {
    let emu = oauth_emulator();
    let c = Client::new(oauth_config(&emu, "nope", ClientAuth::Post)).unwrap();
    let err = c.list_users(&ListOptions::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unauthorized);
    assert_eq!(err.error_code.as_deref(), Some("invalid_client"));
    assert!(!err.to_string().contains("nope"));
}

#[test]
fn oauth_token_expiring_soon_is_refreshed_before_use() {
    let mut clients = BTreeMap::new();
    clients.insert("robot".to_owned(), "pw".to_owned());
    let emu = Emulator::start(EmulatorConfig { oauth_clients: clients, oauth_token_lifetime: 1, ..Default::default() }).unwrap();
    let c = Client::new(oauth_config(&emu, "pw", ClientAuth::Basic)).unwrap();
    c.list_users(&ListOptions::default()).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    // The first token has expired on the server; the client replaced it before sending, so
    // the server never had to refuse it.
    c.list_users(&ListOptions::default()).unwrap();
    assert_eq!((emu.token_requests(), emu.unauthorized_answers()), (2, 0));
}

#[test]
fn configuration_errors_are_config_errors() {
    let base = ClientConfig::bearer("https://team.celonis.cloud/api/user-provisioning/scim/v2", "t");
    let cases = [
        ClientConfig { token: None, ..base.clone() },
        ClientConfig { app_key: Some("k".into()), ..base.clone() },
        ClientConfig { base_url: "http://team.celonis.cloud/scim/v2".into(), ..base.clone() },
        ClientConfig { base_url: "not a url".into(), ..base.clone() },
        ClientConfig { token: Some("a\r\nb".into()), ..base.clone() },
        ClientConfig { ca_cert_pem: Some("garbage".into()), ..base.clone() },
        ClientConfig { timeout: std::time::Duration::ZERO, ..base.clone() },
    ];
    for c in cases {
        assert_eq!(Client::new(c).unwrap_err().kind(), ErrorKind::Config);
    }
    let insecure = ClientConfig { base_url: "http://team.example/scim/v2".into(), allow_insecure_http: true, ..base.clone() };
    assert!(Client::new(insecure).is_ok());
    assert_eq!(ClientConfig::from_json(r#"{"base_url": "x", "tokn": "t"}"#).unwrap_err().kind(), ErrorKind::Config);
    let parsed = ClientConfig::from_json(r#"{"base_url": "https://h/scim/v2", "token": "t", "timeout": 2.5}"#).unwrap();
    assert_eq!(parsed.timeout, std::time::Duration::from_millis(2500));
    assert_eq!(parsed.max_retries, ClientConfig::default().max_retries);
}

#[test]
fn celonis_helper_builds_the_usual_url() {
    let c = Client::celonis("acme", Some("eu-1"), ClientConfig { token: Some("t".into()), ..Default::default() }).unwrap();
    assert_eq!(c.base_url(), "https://acme.eu-1.celonis.cloud/api/user-provisioning/scim/v2");
    let bad = Client::celonis("ac/me", None, ClientConfig { token: Some("t".into()), ..Default::default() });
    assert_eq!(bad.unwrap_err().kind(), ErrorKind::Config);
}

#[test]
fn secrets_never_show_in_debug_output() {
    let mut cfg = ClientConfig::bearer("https://h/scim/v2", "TOPSECRET-TOKEN");
    cfg.oauth2 = Some(OAuth2Config::new("https://h/oauth2/token", "id", "CLIENT-SECRET"));
    let shown = format!("{cfg:?}");
    assert!(!shown.contains("TOPSECRET") && !shown.contains("CLIENT-SECRET"), "{shown}");
    let client = Client::new(ClientConfig::bearer("https://h/scim/v2", "TOPSECRET-TOKEN")).unwrap();
    assert!(!format!("{client:?}").contains("TOPSECRET"));
    // A serialized configuration (to log or show it) redacts every secret.
    let json = serde_json::to_string(&cfg).unwrap();
    assert!(!json.contains("TOPSECRET") && !json.contains("CLIENT-SECRET") && json.contains("***"), "{json}");
}

#[test]
fn https_is_always_verified() {
    // The emulator speaks plain HTTP: a TLS handshake with it fails, and nothing falls back.
    let emu = emulator();
    let https = emu.url().replace("http://", "https://");
    let c = Client::new(ClientConfig { max_retries: 0, ..ClientConfig::bearer(https, emu.token()) }).unwrap();
    let err = c.list_users(&ListOptions::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport);
}
