//! Timestamps and ids: the core's (the journal writes the same timestamps).

pub use celonis_scim::clock::{new_id, new_token, now_rfc3339};
