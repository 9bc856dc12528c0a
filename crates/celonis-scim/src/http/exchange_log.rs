//! What the client tells the `log` facade about each exchange, under the target
//! `celonis_scim::http`: every answer or failure at `debug` (method, path, status, duration,
//! attempt, support id), every retry at `info` (why and the wait), and the bodies at `trace`.
//! Never a secret: the `Authorization` header is not logged, nor the bodies of the OAuth token
//! exchange, nor the URL's host or user-info.
//!
//! Forward only targets starting with `celonis_scim` ([`is_ours`]): ureq's own `trace` output
//! shows the raw bytes on the wire, headers and tokens included. The Python, Node, C and CLI
//! bridges do.

use std::time::Duration;

use crate::error::Error;
use crate::http::transport::Request;

/// The log target of exchanges.
pub const TARGET: &str = "celonis_scim::http";

/// Whether a record's target is this crate's (the only records a bridge should forward).
pub fn is_ours(target: &str) -> bool {
    target == "celonis_scim" || target.starts_with("celonis_scim::")
}

/// The largest body logged at `trace`, in bytes (the rest is cut, and says so).
const MAX_LOGGED_BODY: usize = 64 * 1024;

/// The path and query of a URL (no scheme, host or user-info).
fn path_of(url: &str) -> &str {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
}

/// Whether exchanges are logged at all (at `debug`).
pub(crate) fn enabled() -> bool {
    log::log_enabled!(target: TARGET, log::Level::Debug)
}

/// An answer, successful or not.
pub(crate) fn answered(req: &Request<'_>, status: u16, took: Duration, attempt: u32, support_id: Option<&str>) {
    if enabled() {
        let support = support_id.map(|s| format!(", support id {s}")).unwrap_or_default();
        log::debug!(target: TARGET, "{} {} -> {status} in {} ms (attempt {attempt}{support})", req.method, path_of(&req.url), took.as_millis());
    }
}

/// An attempt that got no answer (connect, TLS, timeout, broken connection).
pub(crate) fn unanswered(req: &Request<'_>, err: &Error, took: Duration, attempt: u32) {
    log::debug!(target: TARGET, "{} {} -> no answer after {} ms (attempt {attempt}): {err}", req.method, path_of(&req.url), took.as_millis());
}

/// A retry about to wait.
pub(crate) fn retrying(req: &Request<'_>, err: &Error, wait: Duration, attempt: u32) {
    log::info!(target: TARGET, "{} {} failed ({}), retrying in {} ms (attempt {})", req.method, path_of(&req.url), err.kind(), wait.as_millis(), attempt + 1);
}

/// The request's and the answer's bodies, when the request allows it.
pub(crate) fn bodies(req: &Request<'_>, answer: &[u8]) {
    if !req.log_bodies || !log::log_enabled!(target: TARGET, log::Level::Trace) {
        return;
    }
    if let Some(body) = req.body {
        log::trace!(target: TARGET, "{} {} request body: {}", req.method, path_of(&req.url), shown(body));
    }
    log::trace!(target: TARGET, "{} {} answer body: {}", req.method, path_of(&req.url), shown(answer));
}

fn shown(body: &[u8]) -> String {
    let cut = body.len().min(MAX_LOGGED_BODY);
    let text = String::from_utf8_lossy(&body[..cut]);
    if cut < body.len() { format!("{text}... ({} bytes in all)", body.len()) } else { text.into_owned() }
}

#[cfg(test)]
mod tests {
    use super::path_of;

    #[test]
    fn only_the_path_and_query_are_logged() {
        assert_eq!(path_of("https://user:pw@team.celonis.cloud/scim/v2/Users?filter=x"), "/scim/v2/Users?filter=x");
        assert_eq!(path_of("http://127.0.0.1:8080"), "/");
    }
}
