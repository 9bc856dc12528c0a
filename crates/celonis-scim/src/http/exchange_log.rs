//! What the client tells the `log` facade about each exchange, under the target
//! `celonis_scim::http`: every answer or failure at `debug` (method, path, status, duration,
//! attempt, support id), every retry at `info` (why and the wait), and the bodies at `trace`.
//! Each record carries these as key-values too (`method`, `path`, `status`, `duration_ms`,
//! `attempt`, `support_id`, `error`, `wait_ms`), which [`fields_of`] gives as JSON for a log
//! shipper.
//! Never a secret: the `Authorization` header is not logged, nor the bodies of the OAuth token
//! exchange, nor the URL's host or user-info.
//!
//! Forward only targets starting with `celonis_scim` ([`is_ours`]): ureq's own `trace` output
//! shows the raw bytes on the wire, headers and tokens included. [`forward_to`] is the bridge
//! the Node, C and CLI front ends hand their sink to; Python's pyo3-log filters the same way.

use std::sync::{Arc, Once, RwLock};
use std::time::Duration;

use log::LevelFilter;

use crate::error::Error;
use crate::http::transport::Request;

/// The log target of exchanges.
pub const TARGET: &str = "celonis_scim::http";

/// Whether a record's target is this crate's (the only records a bridge should forward).
pub fn is_ours(target: &str) -> bool {
    target == "celonis_scim" || target.starts_with("celonis_scim::")
}

/// Where [`forward_to`] sends the records it forwards; called on the thread that logs.
pub type Sink = Box<dyn Fn(&log::Record<'_>) + Send + Sync>;

/// The current sink and the most detailed level it wants.
static SINK: RwLock<Option<(Arc<Sink>, LevelFilter)>> = RwLock::new(None);

/// The process's `log` logger once [`forward_to`] has run: the client's own records to the sink.
struct Bridge;

impl Bridge {
    fn sink_for(&self, metadata: &log::Metadata<'_>) -> Option<Arc<Sink>> {
        if !is_ours(metadata.target()) {
            return None;
        }
        let slot = SINK.read().unwrap_or_else(|e| e.into_inner());
        slot.as_ref().filter(|(_, max)| metadata.level() <= *max).map(|(sink, _)| Arc::clone(sink))
    }
}

impl log::Log for Bridge {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        self.sink_for(metadata).is_some()
    }

    fn log(&self, record: &log::Record<'_>) {
        // Called without the lock held, so a sink may itself call `forward_to`.
        if let Some(sink) = self.sink_for(record.metadata()) {
            sink(record);
        }
    }

    fn flush(&self) {}
}

static BRIDGE: Bridge = Bridge;

/// Sends the client's own records, up to `max`, to `sink`; `None` (or `LevelFilter::Off`)
/// stops. Process-wide, the last call wins. Installs the process's `log` logger on first use;
/// when the program installed another one already, nothing reaches the sink.
pub fn forward_to(sink: Option<Sink>, max: LevelFilter) {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let _ = log::set_logger(&BRIDGE);
    });
    let sink = sink.filter(|_| max != LevelFilter::Off).map(|s| (Arc::new(s), max));
    let mut slot = SINK.write().unwrap_or_else(|e| e.into_inner());
    log::set_max_level(sink.as_ref().map_or(LevelFilter::Off, |(_, max)| *max));
    *slot = sink;
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
        let (method, path, duration_ms) = (req.method.as_str(), path_of(&req.url), millis(took));
        log::debug!(target: TARGET, method, path, status, duration_ms, attempt, support_id; "{method} {path} -> {status} in {duration_ms} ms (attempt {attempt}{support})");
    }
}

/// An attempt that got no answer (connect, TLS, timeout, broken connection).
pub(crate) fn unanswered(req: &Request<'_>, err: &Error, took: Duration, attempt: u32) {
    let (method, path, duration_ms, error) = (req.method.as_str(), path_of(&req.url), millis(took), err.code());
    log::debug!(target: TARGET, method, path, duration_ms, attempt, error; "{method} {path} -> no answer after {duration_ms} ms (attempt {attempt}): {err}");
}

/// A retry about to wait.
pub(crate) fn retrying(req: &Request<'_>, err: &Error, wait: Duration, attempt: u32) {
    let (method, path, error, wait_ms, next) = (req.method.as_str(), path_of(&req.url), err.code(), millis(wait), attempt + 1);
    log::info!(target: TARGET, method, path, error, wait_ms, attempt = next; "{method} {path} failed ({}), retrying in {wait_ms} ms (attempt {next})", err.kind());
}

/// The request's and the answer's bodies, when the request allows it.
pub(crate) fn bodies(req: &Request<'_>, answer: &[u8]) {
    if !req.log_bodies || !log::log_enabled!(target: TARGET, log::Level::Trace) {
        return;
    }
    let (method, path) = (req.method.as_str(), path_of(&req.url));
    if let Some(body) = req.body {
        log::trace!(target: TARGET, method, path; "{method} {path} request body: {}", shown(body));
    }
    log::trace!(target: TARGET, method, path; "{method} {path} answer body: {}", shown(answer));
}

/// A duration in whole milliseconds.
fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// A record's key-values as JSON (numbers, booleans and text as they are), for a front end
/// that writes records as JSON lines or hands them to a script.
pub fn fields_of(record: &log::Record<'_>) -> serde_json::Map<String, serde_json::Value> {
    struct Collect(serde_json::Map<String, serde_json::Value>);
    impl<'kvs> log::kv::VisitSource<'kvs> for Collect {
        fn visit_pair(&mut self, key: log::kv::Key<'kvs>, value: log::kv::Value<'kvs>) -> Result<(), log::kv::Error> {
            let json = if let Some(n) = value.to_u64() {
                n.into()
            } else if let Some(n) = value.to_i64() {
                n.into()
            } else if let Some(b) = value.to_bool() {
                b.into()
            } else if let Some(text) = value.to_borrowed_str() {
                text.into()
            } else if value.to_string() == "None" {
                serde_json::Value::Null
            } else {
                value.to_string().into()
            };
            if !json.is_null() {
                self.0.insert(key.as_str().to_owned(), json);
            }
            Ok(())
        }
    }
    let mut fields = Collect(serde_json::Map::new());
    let _ = record.key_values().visit(&mut fields);
    fields.0
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
