//! OAuth 2.0 token answers: a usable token with a bounded lifetime, or a `decode` error.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match celonis_scim::http::auth::parse_token_answer(data) {
        Ok(grant) => assert!(grant.lifetime <= std::time::Duration::from_secs(86_400)),
        Err(e) => assert_eq!(e.kind(), celonis_scim::ErrorKind::Decode),
    }
});
