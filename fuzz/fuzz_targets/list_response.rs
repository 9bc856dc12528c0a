//! Listings: users and groups, decoded or a `decode` error.
#![no_main]
use celonis_scim::model::{Group, ListResponse, User};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = ListResponse::<User>::from_json(data) {
        assert_eq!(e.kind(), celonis_scim::ErrorKind::Decode);
    }
    if let Ok(page) = ListResponse::<Group>::from_json(data) {
        for g in &page.resources {
            let _ = celonis_scim::Resource::to_wire(g);
        }
    }
});
