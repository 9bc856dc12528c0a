//! Bulk responses and what apply reads from them.
#![no_main]
use celonis_scim::model::BulkResponse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = serde_json::from_slice::<BulkResponse>(data) {
        for op in &r.operations {
            let _ = (op.status_code(), op.is_success(), op.resource_id());
        }
    }
});
