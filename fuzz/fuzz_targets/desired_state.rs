//! The desired-state readers: a CSV export and the JSON form.
#![no_main]
use celonis_scim::sync::{DesiredState, csv};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = csv::parse(data, None);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = DesiredState::from_json(text);
    }
});
