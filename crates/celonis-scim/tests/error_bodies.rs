//! Error bodies as the vendor sends them (tests/fixtures/error-bodies.json) become the right
//! error kind with every field filled.

use celonis_scim::http::error_body::error_from_response;
use serde_json::Value;

#[test]
fn every_fixture_maps_to_its_kind_and_fields() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/error-bodies.json")).unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert!(cases.len() >= 10);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let status = case["status"].as_u64().unwrap() as u16;
        let err = error_from_response(status, case["body"].as_str().unwrap().as_bytes(), None, None);
        let expect = &case["expect"];
        assert_eq!(err.code(), expect["code"].as_str().unwrap(), "{name}");
        assert_eq!(err.status, Some(status), "{name}");
        for (field, got) in [
            ("scim_type", &err.scim_type),
            ("detail", &err.detail),
            ("error_code", &err.error_code),
            ("support_id", &err.support_id),
        ] {
            assert_eq!(got.as_deref(), expect.get(field).and_then(Value::as_str), "{name}: {field}");
        }
    }
}

#[test]
fn header_support_id_and_retry_after_are_kept() {
    let err = error_from_response(503, b"", Some("req-7".into()), Some(std::time::Duration::from_secs(2)));
    assert_eq!(err.code(), "server");
    assert_eq!(err.support_id.as_deref(), Some("req-7"));
    assert_eq!(err.retry_after, Some(std::time::Duration::from_secs(2)));
}
