//! The emulator's strict reading of request bodies (users, groups, searches, bulk).
#![no_main]
use celonis_scim_emulator::strict::{Body, check};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for body in [Body::User, Body::Group, Body::Search, Body::Bulk] {
        if let Err(f) = check(body, data) {
            assert_eq!(f.status, 400);
        }
    }
});
