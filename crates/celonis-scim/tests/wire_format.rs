//! The vendor's wire format, exactly: request content types, status codes, answers without a
//! body, the vendor's error shapes, write-only attributes and the documented token URL.

mod common;

use celonis_scim::{ClientConfig, ErrorKind, OAuth2Config};
use celonis_scim_emulator::{Emulator, EmulatorConfig, Fault};
use common::{client, config, emulator, group, user};

/// A raw request to the emulator's SCIM API: (status, body).
fn raw(emu: &Emulator, method: &str, path: &str, content_type: &str, body: &str) -> (u16, String) {
    raw_url(emu, method, format!("{}{path}", emu.url()), content_type, body)
}

fn raw_url(emu: &Emulator, method: &str, url: String, content_type: &str, body: &str) -> (u16, String) {
    let agent = ureq::Agent::config_builder().http_status_as_error(false).build().new_agent();
    let req = ureq::http::Request::builder()
        .method(method)
        .uri(url)
        .header("authorization", format!("Bearer {}", emu.token()))
        .header("content-type", content_type)
        .body(body.to_owned())
        .unwrap();
    let mut resp = agent.run(req).unwrap();
    let status = resp.status().as_u16();
    (status, resp.body_mut().read_to_string().unwrap_or_default())
}

#[test]
fn creates_answer_200_and_put_user_takes_application_json_only() {
    let emu = emulator();
    let (status, body) = raw(&emu, "POST", "/Users", "application/scim+json", r#"{"userName": "a@x.com"}"#);
    assert_eq!(status, 200, "the document lists 200 for a create, no 201");
    let id = serde_json::from_str::<serde_json::Value>(&body).unwrap()["id"].as_str().unwrap().to_owned();
    let (status, _) = raw(&emu, "PUT", &format!("/Users/{id}"), "application/scim+json", r#"{"userName": "a@x.com"}"#);
    assert_eq!(status, 415, "PUT /Users/{{id}} lists application/json alone");
    let (status, _) = raw(&emu, "PUT", &format!("/Users/{id}"), "application/json; charset=utf-8", r#"{"userName": "a@x.com"}"#);
    assert_eq!(status, 200);
    // And the client itself sends what the document lists, so a replace goes through.
    let c = client(&emu);
    let mut u = c.get_user(&id, &Default::default()).unwrap();
    u.display_name = Some("A".into());
    assert_eq!(c.replace_user(&id, &u).unwrap().display_name.as_deref(), Some("A"));
}

#[test]
fn the_emulator_reads_bodies_strictly() {
    let emu = emulator();
    for body in [r#"{"UserName": "a@x.com"}"#, r#"{"userName": "a@x.com", "active": "true"}"#, r#"{"userName": "a@x.com", "sendEmailOnInvitation": "yes"}"#] {
        assert_eq!(raw(&emu, "POST", "/Users", "application/json", body).0, 400, "{body}");
    }
}

#[test]
fn a_create_answered_204_takes_its_id_from_a_lookup_by_name() {
    let emu = emulator();
    let c = client(&emu);
    emu.inject(Fault::NoContent, 1);
    let ada = c.create_user(&user("ada")).unwrap();
    let id = ada.id.clone().expect("an id, found by userName");
    assert_eq!(c.get_user(&id, &Default::default()).unwrap().user_name, ada.user_name);
    emu.inject(Fault::NoContent, 1);
    let team = c.create_group(&group("Team")).unwrap();
    assert!(team.id.is_some());
    emu.inject(Fault::NoContent, 1);
    assert!(c.get_user(&id, &Default::default()).unwrap().id.is_some(), "a GET answered 204 keeps the id asked for");
}

#[test]
fn a_create_answered_204_that_cannot_be_found_is_a_decode_error() {
    let emu = emulator();
    let c = client(&emu);
    // 204 without processing: nothing was created, so nothing can be found by name.
    emu.inject(Fault::Status { status: 204, body: String::new() }, 1);
    assert_eq!(c.create_user(&user("ghost")).unwrap_err().kind(), ErrorKind::Decode);
}

#[test]
fn vendor_error_shapes_and_empty_forbidden() {
    let emu = emulator();
    let c = client(&emu);
    emu.inject(Fault::ForbiddenEmpty, 1);
    let e = c.list_users(&Default::default()).unwrap_err();
    assert_eq!((e.kind(), e.status), (ErrorKind::Forbidden, Some(403)));
    assert!(e.detail.as_deref().is_some_and(|d| d.contains("switched off")), "the 403 is explained: {e}");
    emu.inject(Fault::FrontendError, 1);
    let e = c.service_provider_config().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::BadRequest);
    assert_eq!(e.error_code.as_deref(), Some("scim.discovery.badRequest"));
    emu.inject(Fault::ExceptionReference, 1);
    let e = c.schemas().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Server);
    assert!(e.support_id.as_deref().is_some_and(|id| !id.is_empty()), "the reference is the id to quote to support");
}

#[test]
fn send_email_on_invitation_is_write_only() {
    let emu = emulator();
    let c = client(&emu);
    let mut u = user("inv");
    u.send_email_on_invitation = Some(true);
    let created = c.create_user(&u).unwrap();
    assert_eq!(created.send_email_on_invitation, None);
    let id = created.id.unwrap();
    let (_, body) = raw(&emu, "GET", &format!("/Users/{id}"), "application/json", "");
    assert!(!body.contains("sendEmailOnInvitation"), "{body}");
}

#[test]
fn the_documented_token_url_with_its_scope_query_works() {
    let mut emu_config = EmulatorConfig::default();
    emu_config.oauth_clients.insert("id".into(), "secret".into());
    let emu = Emulator::start(emu_config).unwrap();
    let mut oauth = OAuth2Config::new(format!("{}?scope=user-provisioning.scim", emu.token_url()), "id", "secret");
    // Only the URL's query carries the right scope: the emulator must read it from there.
    oauth.scope = "openid".into();
    let c = celonis_scim::Client::new(ClientConfig { token: None, oauth2: Some(oauth), ..config(&emu) }).unwrap();
    assert_eq!(c.list_users(&Default::default()).unwrap().total_results, 0);
    assert_eq!(emu.token_requests(), 1);
}

#[test]
fn unknown_fault_parameters_are_refused() {
    let emu = emulator();
    let url = || format!("http://127.0.0.1:{}/_emulator/faults", emu.port());
    let good = raw_url(&emu, "POST", url(), "application/json", r#"{"add": [{"kind": "rate_limit", "retry_after": 1, "count": 2}]}"#);
    assert_eq!(good.0, 200, "{}", good.1);
    let bad = raw_url(&emu, "POST", url(), "application/json", r#"{"add": [{"kind": "rate_limit", "retry_afterr": 1}]}"#);
    assert_eq!(bad.0, 400);
}
