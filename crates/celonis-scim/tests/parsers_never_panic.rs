//! Property tests: every header and body the client parses, and the desired-state readers,
//! given arbitrary input, never panic and fail only with a typed error.
//!
//! Inputs are random bytes, random text, and JSON built from the names these parsers look
//! for (in several spellings) with awkward values (huge and negative numbers, numeric and
//! boolean strings, nulls, deep nesting).

use std::time::Duration;

use celonis_scim::http::auth::parse_token_answer;
use celonis_scim::http::error_body::{MAX_SERVER_WAIT, error_from_response, parse_ratelimit_reset, parse_retry_after};
use celonis_scim::model::{BulkResponse, Group, ListResponse, User};
use celonis_scim::sync::DesiredState;
use celonis_scim::sync::csv;
use celonis_scim::{Error, ErrorKind};
use proptest::prelude::*;
use serde_json::{Map, Value};

const NAMES: &[&str] = &[
    "schemas", "Resources", "resources", "totalResults", "TOTALRESULTS", "startIndex", "itemsPerPage", "id", "userName",
    "USERNAME", "displayName", "name", "givenName", "emails", "value", "primary", "type", "active", "role",
    "sendEmailOnInvitation", "groups", "members", "display", "meta", "version", "lastModified", "externalId",
    "urn:celonis:params:scim:schemas:extension:2.0:User", "Operations", "method", "path", "status", "location",
    "bulkId", "response", "access_token", "expires_in", "token_type", "error", "error_description", "detail",
    "scimType", "errorCode", "title", "reference", "message", "frontendErrorKey", "errorInformation", "users",
];

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop_oneof![Just(1e20), Just(1e300), Just(-1.0), Just(0.5), Just(f64::MAX), any::<f64>()]
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop_oneof![
            Just("true".to_owned()),
            Just("True".to_owned()),
            Just("1e20".to_owned()),
            Just("".to_owned()),
            Just("ANALYST".to_owned()),
            Just("-5".to_owned()),
            Just("a\r\nb".to_owned()),
            ".{0,40}"
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(NAMES), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect::<Map<_, _>>())),
        ]
    })
}

/// Bytes: random, or the JSON text of a generated value (sometimes cut short).
fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        (json_value(), any::<usize>()).prop_map(|(v, cut)| {
            let mut bytes = serde_json::to_vec(&v).unwrap_or_default();
            if cut % 4 == 0 && !bytes.is_empty() {
                bytes.truncate(cut % bytes.len());
            }
            bytes
        }),
    ]
}

fn typed(e: &Error, allowed: &[ErrorKind]) -> bool {
    allowed.contains(&e.kind()) && !e.message().is_empty()
}

proptest! {
    #[test]
    fn error_bodies_become_the_error_of_their_status(status in 300u16..1000, body in body(), id in proptest::option::of(".{0,20}")) {
        let e = error_from_response(status, &body, id, None);
        prop_assert_eq!(e.kind(), ErrorKind::from_status(status));
        prop_assert_eq!(e.status, Some(status));
    }

    #[test]
    fn wait_headers_are_bounded(value in prop_oneof![".{0,40}", "[0-9eE.+-]{1,30}", Just("Sun, 06 Nov 1994 08:49:37 GMT".to_owned()), "[A-Za-z]{3}, [0-9]{1,3} [A-Za-z]{3} [0-9]{1,6} [0-9]{1,3}:[0-9]{1,3}:[0-9]{1,3} GMT"], now in any::<u64>()) {
        for wait in [parse_retry_after(&value, now), parse_ratelimit_reset(&value, now)].into_iter().flatten() {
            prop_assert!(wait <= MAX_SERVER_WAIT);
        }
    }

    #[test]
    fn list_responses_decode_or_fail_as_decode(body in body()) {
        if let Err(e) = ListResponse::<User>::from_json(&body) {
            prop_assert!(typed(&e, &[ErrorKind::Decode]));
        }
        if let Err(e) = ListResponse::<Group>::from_json(&body) {
            prop_assert!(typed(&e, &[ErrorKind::Decode]));
        }
    }

    #[test]
    fn bulk_responses_never_panic(body in body()) {
        if let Ok(r) = serde_json::from_slice::<BulkResponse>(&body) {
            for op in &r.operations {
                let _ = (op.status_code(), op.is_success(), op.resource_id());
            }
        }
    }

    #[test]
    fn token_answers_give_a_bounded_lifetime_or_a_decode_error(body in body()) {
        match parse_token_answer(&body) {
            Ok(grant) => {
                prop_assert!(grant.lifetime <= Duration::from_secs(86_400) && !grant.lifetime.is_zero());
                prop_assert!(!grant.access_token.trim().is_empty() && !grant.access_token.contains(['\r', '\n']));
            }
            Err(e) => prop_assert!(typed(&e, &[ErrorKind::Decode])),
        }
    }

    #[test]
    fn csv_exports_read_or_fail_as_validation(text in prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        "(userName,role,groups,active,email\r?\n)?([a-z@.\";,\r\n ]{0,30}\r?\n){0,6}".prop_map(String::into_bytes),
        Just(b"\xEF\xBB\xBFuserName,active\n\"a\"\"b\",perhaps\n".to_vec()),
    ]) {
        if let Err(e) = csv::parse(&text, None) {
            prop_assert!(typed(&e, &[ErrorKind::Validation, ErrorKind::Decode]), "{:?}", e);
        }
    }

    #[test]
    fn desired_json_reads_or_fails_as_validation(value in json_value()) {
        let text = serde_json::to_string(&value).unwrap_or_default();
        if let Err(e) = DesiredState::from_json(&text) {
            prop_assert!(typed(&e, &[ErrorKind::Validation, ErrorKind::Decode]), "{:?}", e);
        }
    }

    #[test]
    fn resources_read_leniently_or_fail(value in json_value()) {
        let _ = serde_json::from_value::<User>(value.clone()).map(|u| u.to_wire_for_tests());
        let _ = serde_json::from_value::<Group>(value);
    }
}

/// The write side of a resource read from arbitrary input must not panic either.
trait WireForTests {
    fn to_wire_for_tests(&self) -> Value;
}

impl WireForTests for User {
    fn to_wire_for_tests(&self) -> Value {
        celonis_scim::Resource::to_wire(self)
    }
}
