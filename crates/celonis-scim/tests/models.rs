//! Tolerant reading and vendor-style writing of the models.

use celonis_scim::model::{BulkResponse, ListResponse, Resource, ServiceProviderConfig, urn};
use celonis_scim::{Group, User};
use serde_json::{Value, json};

#[test]
fn reads_attribute_names_case_insensitively() {
    let u: User = serde_json::from_value(json!({
        "USERNAME": "a@b.c", "DisplayName": "A", "EMAILS": [{"VALUE": "a@b.c", "Primary": "True"}],
        "Active": "false", "NAME": {"givenname": "Ada"}
    }))
    .unwrap();
    assert_eq!(u.user_name.as_deref(), Some("a@b.c"));
    assert_eq!(u.display_name.as_deref(), Some("A"));
    assert_eq!(u.emails[0].primary, Some(true));
    assert_eq!(u.active, Some(false));
    assert_eq!(u.name.unwrap().given_name.as_deref(), Some("Ada"));
}

#[test]
fn reads_the_extension_from_top_level_or_its_container() {
    let top: User = serde_json::from_value(json!({"userName": "x", "role": "ANALYST", "sendEmailOnInvitation": "true"})).unwrap();
    let nested: User = serde_json::from_value(json!({
        "userName": "x", urn::CELONIS_USER: {"role": "ANALYST", "sendEmailOnInvitation": true}
    }))
    .unwrap();
    for u in [top, nested] {
        assert_eq!(u.role.as_deref(), Some("ANALYST"));
        assert_eq!(u.send_email_on_invitation, Some(true));
    }
}

#[test]
fn rejects_a_boolean_that_is_not_one() {
    assert!(serde_json::from_value::<User>(json!({"userName": "x", "active": "maybe"})).is_err());
}

#[test]
fn unknown_attributes_survive_a_round_trip() {
    let input = json!({
        "userName": "x", "title": "Engineer",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "7"},
        "emails": [{"value": "x@y.z", "display": "X", "custom": 1}]
    });
    let u: User = serde_json::from_value(input.clone()).unwrap();
    let out = serde_json::to_value(&u).unwrap();
    assert_eq!(out["title"], "Engineer");
    assert_eq!(out["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]["employeeNumber"], "7");
    assert_eq!(out["emails"][0]["custom"], 1);
    let again: User = serde_json::from_value(out).unwrap();
    assert_eq!(again, u);
}

#[test]
fn writes_like_the_vendor_examples() {
    let mut u = User::new("user@celonis.com");
    u.id = Some("abc".into());
    u.role = Some("ANALYST".into());
    u.send_email_on_invitation = Some(true);
    u.groups = vec![celonis_scim::Reference::to("g1")];
    u.meta = Some(Default::default());
    let wire = u.to_wire();
    assert_eq!(wire["schemas"], json!([urn::USER, urn::CELONIS_USER]));
    assert_eq!(wire["sendEmailOnInvitation"], "true");
    assert_eq!(wire["role"], "ANALYST");
    for read_only in ["id", "meta", "groups"] {
        assert!(wire.get(read_only).is_none(), "{read_only} must not be sent");
    }
    // Without extension attributes, only the core schema is claimed.
    assert_eq!(User::new("x").to_wire()["schemas"], json!([urn::USER]));
    let g = Group { id: Some("g".into()), ..Group::new("Sales") }.to_wire();
    assert_eq!(g["members"], json!([]));
    assert!(g.get("id").is_none());
}

#[test]
fn list_response_tolerates_odd_servers() {
    let page: ListResponse<User> = serde_json::from_value(json!({
        "totalresults": "3", "resources": [{"userName": "a"}], "ITEMSPERPAGE": 1, "startIndex": 1
    }))
    .unwrap();
    assert_eq!(page.total_results, 3);
    assert_eq!(page.resources.len(), 1);
    let empty: ListResponse<User> = serde_json::from_value(json!({"Resources": null})).unwrap();
    assert_eq!(empty.total_results, 0);
}

#[test]
fn bulk_response_statuses_in_every_form() {
    let r: BulkResponse = serde_json::from_value(json!({"Operations": [
        {"method": "POST", "status": "201", "location": "https://h/scim/v2/Users/u1"},
        {"method": "POST", "status": 400},
        {"method": "PUT", "status": {"code": "200"}},
        {"method": "PUT", "status": "409 Conflict"}
    ]}))
    .unwrap();
    let codes: Vec<_> = r.operations.iter().map(|o| o.status_code()).collect();
    assert_eq!(codes, [Some(201), Some(400), Some(200), Some(409)]);
    assert_eq!(r.operations[0].resource_id(), Some("u1"));
    assert!(r.operations[0].is_success() && !r.operations[1].is_success());
}

#[test]
fn service_provider_config_limits() {
    let spc: ServiceProviderConfig = serde_json::from_value(json!({
        "bulk": {"supported": "true", "maxOperations": 100, "maxPayloadSize": "1048576"}, "patch": {"supported": false}
    }))
    .unwrap();
    assert_eq!(spc.bulk_limits(), Some((Some(100), Some(1_048_576))));
    let v: Value = serde_json::to_value(&spc).unwrap();
    assert_eq!(v["patch"]["supported"], false);
}
