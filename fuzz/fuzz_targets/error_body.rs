//! Error answers: any status, any body, any support-id header.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let status = u16::from_le_bytes([data[0], data[1]]);
    let e = celonis_scim::http::error_body::error_from_response(status, &data[2..], None, None);
    assert_eq!(e.kind(), celonis_scim::ErrorKind::from_status(status));
});
