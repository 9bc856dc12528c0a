//! Connections: accept on loopback, one thread per connection, keep-alive, faults, shutdown.

use std::collections::HashMap;
use std::io::BufReader;
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

use serde_json::json;

use crate::failure::Failure;
use crate::ratelimit::Admission;
use crate::faults::{Fault, FaultRequest};
use crate::shared::Shared;
use crate::wire::{After, HttpRequest, HttpResponse, read_request, write_response};
use crate::{api, oauth};

/// Open connections, so that stopping can close them.
#[derive(Debug, Default)]
pub struct Connections {
    next: AtomicU64,
    open: Mutex<HashMap<u64, TcpStream>>,
}

impl Connections {
    /// Closes every open connection.
    pub fn close_all(&self) {
        for (_, s) in self.open.lock().unwrap_or_else(|p| p.into_inner()).drain() {
            let _ = s.shutdown(std::net::Shutdown::Both);
        }
    }
}

/// Accepts connections until `stop` is set.
pub fn accept_loop(listener: TcpListener, shared: Arc<Shared>, stop: Arc<AtomicBool>, conns: Arc<Connections>) {
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = stream else { continue };
        let id = conns.next.fetch_add(1, Ordering::Relaxed);
        if let Ok(clone) = stream.try_clone() {
            conns.open.lock().unwrap_or_else(|p| p.into_inner()).insert(id, clone);
        }
        let (shared, conns) = (Arc::clone(&shared), Arc::clone(&conns));
        let spawned = thread::Builder::new().name("scim-emulator-conn".into()).spawn(move || {
            serve(stream, &shared);
            conns.open.lock().unwrap_or_else(|p| p.into_inner()).remove(&id);
        });
        if spawned.is_err() {
            // Out of threads: the connection is dropped, and the client sees a broken connection.
            continue;
        }
    }
}

/// What precedes `/scim/v2` on a Celonis team's host.
const PRODUCTION_PREFIX: &str = "/api/user-provisioning";

fn serve(stream: TcpStream, shared: &Shared) {
    let _ = stream.set_nodelay(true);
    let Ok(write_half) = stream.try_clone() else { return };
    let mut conn = ReadWrite { reader: BufReader::new(stream), writer: write_half };
    loop {
        let mut req = match read_request(&mut conn) {
            Ok(Some(r)) => r,
            Ok(None) => return,
            Err(_) => {
                let resp = HttpResponse::json(400, &json!({"error": "Bad Request"}));
                let _ = write_response(&mut conn.writer, &resp, false);
                return;
            }
        };
        // The production path (`https://TEAM.celonis.cloud/api/user-provisioning/scim/v2`, the
        // vendor's overview page) and the short one both reach the API.
        if let Some(rest) = req.path.strip_prefix(PRODUCTION_PREFIX)
            && (rest.is_empty() || rest.starts_with('/'))
        {
            req.path = rest.to_owned();
        }
        let resp = respond(shared, &req);
        match write_response(&mut conn.writer, &resp, req.keep_alive) {
            Ok(true) => {}
            _ => {
                let _ = conn.writer.shutdown(std::net::Shutdown::Both);
                return;
            }
        }
    }
}

/// Answers one request: OAuth, the admin endpoints, or the SCIM API with faults applied.
pub fn respond(shared: &Shared, req: &HttpRequest) -> HttpResponse {
    if req.path == "/oauth2/token" {
        return oauth::token(shared, req);
    }
    let authorized = shared.authorized(req.header("authorization"));
    if let Some(admin) = req.path.strip_prefix("/_emulator/") {
        if !authorized {
            return unauthorized();
        }
        return admin_request(shared, admin, req);
    }
    if !(req.path == api::PREFIX || req.path.starts_with("/scim/v2/")) {
        return HttpResponse::json(404, &json!({"error": "Not Found"}));
    }
    let latency = shared.faults.latency();
    if !latency.is_zero() {
        thread::sleep(latency);
    }
    if !authorized {
        shared.unauthorized_answers.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        return unauthorized();
    }
    let quota = match shared.rate_limit.as_ref().map(|r| (r.rate(), r.admit())) {
        None => None,
        Some((rate, Admission::Allowed { remaining })) => Some((rate, remaining)),
        Some((rate, Admission::Limited { wait })) => {
            let mut r = HttpResponse::json(429, &json!({"title": "Too Many Requests", "status": 429, "detail": "Rate limit exceeded", "errorCode": "LIMIT_RATE_EXCEEDED"}))
                .with_plain_json();
            r.headers.push(("x-ratelimit-reset", format!("{:.3}", wait.as_secs_f64())));
            return with_quota(r, Some((rate, 0)));
        }
    };
    let fault = shared.faults.next();
    let mut resp = match &fault {
        Some(Fault::RateLimit { retry_after }) => {
            let mut r = HttpResponse::json(429, &json!({"schemas": [crate::resources::urn::ERROR], "status": "429", "detail": "Too many requests"}));
            r.headers.push(("Retry-After", retry_after.to_string()));
            return with_quota(r, quota);
        }
        Some(Fault::RateLimitReset { reset }) => {
            let mut r = HttpResponse::json(429, &json!({"title": "Too Many Requests", "status": 429, "detail": "Rate limit exceeded", "errorCode": "LIMIT_RATE_EXCEEDED"}))
                .with_plain_json();
            r.headers.push(("x-ratelimit-reset", reset.to_string()));
            return with_quota(r, quota);
        }
        Some(Fault::Unavailable) => return HttpResponse::json(503, &json!({"title": "Service Unavailable", "status": 503})),
        Some(Fault::Status { status, body }) => {
            let mut r = HttpResponse::empty(*status);
            r.body = body.clone().into_bytes();
            r.content_type = if body.is_empty() { "" } else { "application/json" };
            return r;
        }
        Some(Fault::ForbiddenEmpty) => return HttpResponse::empty(403),
        Some(Fault::Slow { ms }) => {
            thread::sleep(std::time::Duration::from_millis(*ms));
            api::handle(shared, req)
        }
        Some(Fault::FrontendError) => return HttpResponse::json(400, &Failure::frontend("injected fault").body()).with_plain_json(),
        Some(Fault::ExceptionReference) => {
            return HttpResponse::json(500, &Failure::exception_reference("injected fault").body()).with_plain_json();
        }
        Some(Fault::Drop) => {
            let mut r = HttpResponse::empty(500);
            r.after = After::Drop;
            return r;
        }
        _ => api::handle(shared, req),
    };
    match fault {
        Some(Fault::DropAfter) => resp.after = After::Drop,
        Some(Fault::Truncated) => resp.after = After::Truncate,
        Some(Fault::NoContent) if resp.status < 300 => resp = HttpResponse::empty(204),
        Some(Fault::Malformed) => {
            resp.status = 200;
            resp.body = b"{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:ListResponse\", \"totalResults\": oops".to_vec();
        }
        _ => {}
    }
    with_quota(resp, quota)
}

fn unauthorized() -> HttpResponse {
    HttpResponse::json(401, &json!({"error": "Unauthorized"})).with_plain_json()
}

/// Celonis sends its rate-limit headers on every answer: the configured limit and what is
/// left of it, or (without a limit) generous static values.
fn with_quota(mut r: HttpResponse, quota: Option<(f64, u64)>) -> HttpResponse {
    let (limit, remaining) = quota.map_or(("10000".to_owned(), "9999".to_owned()), |(l, rem)| (format!("{l:.0}"), rem.to_string()));
    r.headers.push(("x-ratelimit-limit", limit));
    r.headers.push(("x-ratelimit-remaining", remaining));
    r
}

fn admin_request(shared: &Shared, path: &str, req: &HttpRequest) -> HttpResponse {
    match (req.method.as_str(), path) {
        ("POST", "faults") => match serde_json::from_slice::<FaultRequest>(&req.body) {
            Ok(f) => {
                shared.faults.apply(f);
                HttpResponse::json(200, &json!({"pending": shared.faults.pending(), "latency_ms": shared.faults.latency().as_millis() as u64}))
            }
            Err(e) => HttpResponse::json(400, &json!({"error": format!("bad fault request: {e}")})),
        },
        ("POST", "revoke-tokens") => {
            oauth::revoke_all(shared);
            HttpResponse::empty(204)
        }
        ("GET", "seats") => HttpResponse::json(200, &json!(shared.store().seat_usage())),
        ("GET", "stats") => HttpResponse::json(
            200,
            &json!({"token_requests": shared.token_requests(), "unauthorized_answers": shared.unauthorized_answers()}),
        ),
        _ => HttpResponse::json(404, &json!({"error": "Not Found"})),
    }
}

/// A buffered reader and a writer over one socket.
struct ReadWrite {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
}

impl std::io::Read for ReadWrite {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.reader.read(buf)
    }
}

impl std::io::BufRead for ReadWrite {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.reader.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.reader.consume(amt)
    }
}

impl std::io::Write for ReadWrite {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.writer.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.writer.flush()
    }
}
