//! Bulk requests and the discovery endpoints against the emulator.

mod common;

use celonis_scim::model::{BulkOperation, BulkRequest};
use celonis_scim::{ErrorKind, IterOptions, ListOptions};
use common::{client, emulator};
use serde_json::json;

fn op(method: &str, path: &str, bulk_id: Option<&str>, data: Option<serde_json::Value>) -> BulkOperation {
    BulkOperation {
        method: Some(method.into()),
        path: Some(path.into()),
        bulk_id: bulk_id.map(Into::into),
        data,
        ..Default::default()
    }
}

#[test]
fn bulk_resolves_bulk_ids_in_order() {
    let emu = emulator();
    let c = client(&emu);
    let req = BulkRequest {
        operations: vec![
            op("POST", "/Users", Some("u1"), Some(json!({"userName": "b1@example.com", "role": "MEMBER", "sendEmailOnInvitation": "true"}))),
            op("POST", "/Users", Some("u2"), Some(json!({"userName": "b2@example.com"}))),
            op("POST", "/Groups", Some("g1"), Some(json!({"displayName": "Bulk", "members": [{"value": "bulkId:u1"}, {"value": "bulkId:u2"}]}))),
        ],
        ..Default::default()
    };
    let resp = c.bulk(&req).unwrap();
    assert_eq!(resp.operations.len(), 3);
    assert!(resp.operations.iter().all(|o| o.status_code() == Some(201)));
    let gid = resp.operations[2].resource_id().unwrap();
    let g = c.get_group(gid, &Default::default()).unwrap();
    let u1 = resp.operations[0].resource_id().unwrap();
    assert!(g.member_ids().any(|m| m == u1));
    assert_eq!(g.members.len(), 2);
}

#[test]
fn bulk_stops_after_the_first_failure() {
    let emu = emulator();
    let c = client(&emu);
    c.create_user(&celonis_scim::User::new("taken@example.com")).unwrap();
    let req = BulkRequest {
        operations: vec![
            op("POST", "/Users", Some("a"), Some(json!({"userName": "ok@example.com"}))),
            op("POST", "/Users", Some("b"), Some(json!({"userName": "taken@example.com"}))),
            op("POST", "/Users", Some("c"), Some(json!({"userName": "never@example.com"}))),
        ],
        ..Default::default()
    };
    let resp = c.bulk(&req).unwrap();
    assert_eq!(resp.operations.len(), 2, "the third operation never ran");
    assert!(resp.operations[0].is_success());
    assert_eq!(resp.operations[1].status_code(), Some(400));
    assert_eq!(resp.operations[1].response.as_ref().unwrap()["scimType"], "uniqueness");
    let names: Vec<_> = c.iter_users(&IterOptions::default()).map(|u| u.unwrap().user_name.unwrap()).collect();
    assert_eq!(names, ["taken@example.com", "ok@example.com"]);
}

#[test]
fn bulk_operations_are_validated_before_sending() {
    let emu = emulator();
    let c = client(&emu);
    let bad = [
        op("PATCH", "/Users/x", None, Some(json!({}))),
        op("POST", "Users", Some("a"), Some(json!({"userName": "x"}))),
        op("POST", "/Users", None, Some(json!({"userName": "x"}))),
        op("POST", "/Users", Some("a"), None),
        op("POST", "/Users", Some("a"), Some(json!({"userName": ""}))),
        op("PUT", "/Groups/g", None, Some(json!({"displayName": "x", "role": "BOSS"}))),
    ];
    for o in bad {
        let err = c.bulk(&BulkRequest { operations: vec![o], ..Default::default() }).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Validation, "{err}");
    }
    assert_eq!(c.list_users(&ListOptions::default()).unwrap().total_results, 0);
}

#[test]
fn discovery_tells_the_truth() {
    let emu = emulator();
    let c = client(&emu);
    let spc = c.service_provider_config().unwrap();
    assert_eq!(spc.patch.unwrap().supported, Some(false));
    assert_eq!(spc.filter.unwrap().supported, Some(false));
    assert_eq!(spc.sort.unwrap().supported, Some(false));
    assert_eq!(spc.etag.unwrap().supported, Some(false));
    assert_eq!(spc.bulk.unwrap().max_operations, Some(1000));
    let schemas = c.schemas().unwrap();
    assert_eq!(schemas.total_results, 3);
    let ext = c.schema(celonis_scim::model::urn::CELONIS_USER).unwrap();
    assert!(ext.attributes.iter().any(|a| a["name"] == "role"));
    // The vendor's discovery 400: FrontendHandledBackendError, its key as the vendor code.
    let unknown = c.schema("urn:nope").unwrap_err();
    assert_eq!(unknown.kind(), ErrorKind::BadRequest);
    assert_eq!(unknown.error_code.as_deref(), Some("scim.discovery.badRequest"));
    let types = c.resource_types().unwrap();
    assert_eq!(types.resources.len(), 2);
    let user_type = c.resource_type("User").unwrap();
    assert_eq!(user_type.endpoint.as_deref(), Some("/Users"));
    assert_eq!(user_type.schema_extensions[0].schema.as_deref(), Some(celonis_scim::model::urn::CELONIS_USER));
    assert_eq!(c.resource_type("Printer").unwrap_err().kind(), ErrorKind::BadRequest);
}
