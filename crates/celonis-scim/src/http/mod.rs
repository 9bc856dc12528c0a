//! Talking HTTP: error bodies, retries, authentication, URLs and the transport itself.

pub mod auth;
pub(crate) mod cancellable;
pub mod error_body;
pub mod exchange_log;
pub mod proxy;
pub(crate) mod resolver;
pub(crate) mod retry;
pub(crate) mod throttle;
pub(crate) mod transport;
pub mod url;
