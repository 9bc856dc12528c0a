//! `Retry-After` and `x-ratelimit-reset`: always a bounded wait, or none.
#![no_main]
use celonis_scim::http::error_body::{MAX_SERVER_WAIT, parse_ratelimit_reset, parse_retry_after};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 8 {
        return;
    }
    let now = u64::from_le_bytes(data[..8].try_into().unwrap_or_default());
    let value = String::from_utf8_lossy(&data[8..]);
    for wait in [parse_retry_after(&value, now), parse_ratelimit_reset(&value, now)].into_iter().flatten() {
        assert!(wait <= MAX_SERVER_WAIT);
    }
});
