//! Talking HTTP: error bodies, retries, authentication and the transport itself.

pub mod error_body;
