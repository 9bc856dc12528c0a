//! One HTTP exchange with retries: the only place that touches ureq.
//!
//! What is retried: 429 (any method: the server did not process it), honouring `Retry-After`
//! and `x-ratelimit-reset`; 503 for every request; 502/504 and broken connections only for idempotent requests;
//! failures before the request could reach the server (connect, DNS) for every request.
//! A POST that may have reached the server is never re-sent.

use std::io::ErrorKind as IoKind;
use std::sync::Arc;
use std::time::Duration;

use ureq::http::{self, HeaderMap, Method};
use ureq::tls::{Certificate, RootCerts, TlsConfig};
use ureq::unversioned::transport::{ConnectProxyConnector, Connector, RustlsConnector, TcpConnector};

use crate::config::{ClientConfig, Trust};
use crate::error::{Error, ErrorKind, Result};
use crate::http::proxy::{ProxyRules, ProxyTarget};
use crate::http::error_body::{SUPPORT_ID_HEADERS, error_from_response, parse_ratelimit_reset, parse_retry_after};
use crate::cancel;
use crate::http::cancellable::CancelConnector;
use crate::http::exchange_log;
use crate::http::resolver::CachingResolver;
use crate::http::throttle;
use crate::http::retry::{Attempts, RetryPolicy, now_unix};
use crate::http::url::BaseUrl;

/// The largest answer body read (a 10,000-user page is about 5 MB).
const MAX_BODY: u64 = 512 * 1024 * 1024;

/// One request to send.
pub(crate) struct Request<'a> {
    pub method: Method,
    /// The full URL, query included.
    pub url: String,
    pub body: Option<&'a [u8]>,
    /// The `Content-Type` of the body.
    pub content_type: &'a str,
    /// Whether sending it twice has the same effect as once (GET, PUT, DELETE, searches).
    pub idempotent: bool,
    /// The `Authorization` header value, if any.
    pub authorization: Option<&'a str>,
    /// Whether its bodies may be logged at `trace` (never for a token exchange).
    pub log_bodies: bool,
}

/// A successful answer.
#[derive(Debug)]
pub(crate) struct Reply {
    pub status: u16,
    pub body: Vec<u8>,
    pub location: Option<String>,
}

/// The HTTP transport of a client: pooled ureq agents (one direct, one per proxy: see
/// [`ProxyRules`]) plus the retry policy.
#[derive(Clone)]
pub(crate) struct Transport {
    agent: ureq::Agent,
    proxied: Vec<(ProxyTarget, ureq::Agent)>,
    proxies: ProxyRules,
    policy: RetryPolicy,
    user_agent: Arc<str>,
}

impl Transport {
    /// Builds the agent: timeouts, TLS roots, no redirects, statuses as values.
    pub fn new(config: &ClientConfig) -> Result<Self> {
        if config.timeout.is_zero() {
            return Err(Error::config("timeout must be greater than zero"));
        }
        let roots = root_certs(config)?;
        // The global timeout bounds the whole exchange. ureq re-arms the socket timeout
        // (a syscall) on every read and write whenever the nearest deadline moves, which a
        // global deadline does all the time; a per-read/per-write limit a hair shorter is the
        // nearest deadline for all but the last 1% of the time, and does not move.
        let io_limit = config.timeout.mul_f64(0.99);
        let agent = |proxy: Option<ureq::Proxy>| {
            let agent_config = ureq::Agent::config_builder()
                .timeout_global(Some(config.timeout))
                .timeout_per_read(Some(io_limit))
                .timeout_per_write(Some(io_limit))
                .http_status_as_error(false)
                .max_redirects(0)
                .user_agent(config.user_agent.as_str())
                .tls_config(TlsConfig::builder().root_certs(roots.clone()).build())
                .max_idle_connections_per_host(64)
                // Set always: ureq would read the environment itself, its own way.
                .proxy(proxy)
                .build();
            // ureq's default chain (a CONNECT proxy if configured, TCP, rustls), built here so
            // that the cancellable layer wraps concrete transports: one dynamic call per read.
            let connector = ()
                .chain(ConnectProxyConnector::default())
                .chain(TcpConnector::default())
                .chain(RustlsConnector::default())
                .chain(CancelConnector);
            ureq::Agent::with_parts(agent_config, connector, CachingResolver::default())
        };
        let proxies = ProxyRules::resolve(config.proxy.as_deref(), config.proxy_credentials.as_ref(), &crate::celonis_env::process_env)?;
        let proxied = proxies.targets().into_iter().map(|t| (t.clone(), agent(Some(t.proxy.clone())))).collect();
        Ok(Transport {
            agent: agent(None),
            proxied,
            proxies,
            policy: RetryPolicy {
                max_retries: config.max_retries,
                deadline: config.retry_deadline,
                base_delay: config.retry_base_delay,
            },
            user_agent: config.user_agent.as_str().into(),
        })
    }

    /// The agent for a URL: through its proxy (named, for messages), or direct.
    fn agent_for(&self, url: &str) -> (&ureq::Agent, Option<&str>) {
        let chosen = self.proxies.for_url(url).and_then(|t| self.proxied.iter().find(|(target, _)| target.same_as(t)));
        match chosen {
            Some((target, agent)) => (agent, Some(target.shown.as_str())),
            None => (&self.agent, None),
        }
    }

    /// Sends `req`, retrying as the module documentation says. Any 2xx is a success; every
    /// other status becomes the matching [`Error`].
    pub fn execute(&self, req: &Request<'_>) -> Result<Reply> {
        let mut attempts = Attempts::new(self.policy);
        let mut attempt = 0;
        loop {
            cancel::check_current()?;
            attempt += 1;
            let (err, wait) = match self.send_once(req, attempt) {
                Ok(reply) => return Ok(reply),
                Err(Failure::Status(err)) => {
                    let status = err.status.unwrap_or(0);
                    if status == 429 {
                        throttle::record();
                    }
                    // 429 and 503 say the request was not taken on (RFC 9110): safe to send
                    // again, even a create. 502 and 504 come from a gateway, behind which it
                    // may have run: only idempotent requests are sent again.
                    let retryable = matches!(status, 429 | 503) || (matches!(status, 502 | 504) && req.idempotent);
                    let wait = err.retry_after;
                    if !retryable {
                        return Err(err);
                    }
                    (err, wait)
                }
                Err(Failure::Transport { err, reached }) => {
                    if reached && !req.idempotent {
                        return Err(err);
                    }
                    (err, None)
                }
                Err(Failure::Final(err)) => return Err(err),
            };
            match attempts.next_wait(wait) {
                Some(wait) => {
                    exchange_log::retrying(req, &err, wait, attempt);
                    cancel::sleep_current(wait)?;
                }
                None => return Err(err),
            }
        }
    }

    fn send_once(&self, req: &Request<'_>, attempt: u32) -> Result<Reply, Failure> {
        let started = std::time::Instant::now();
        let result = self.exchange(req);
        match &result {
            Ok((reply, support_id)) => exchange_log::answered(req, reply.status, started.elapsed(), attempt, support_id.as_deref()),
            Err(Failure::Status(err)) => exchange_log::answered(req, err.status.unwrap_or(0), started.elapsed(), attempt, err.support_id.as_deref()),
            Err(Failure::Transport { err, .. } | Failure::Final(err)) => exchange_log::unanswered(req, err, started.elapsed(), attempt),
        }
        result.map(|(reply, _)| reply)
    }

    /// One request and its answer (with the answer's support id, when it has one).
    fn exchange(&self, req: &Request<'_>) -> Result<(Reply, Option<String>), Failure> {
        let mut builder = http::Request::builder()
            .method(req.method.clone())
            .uri(req.url.as_str())
            .header("accept", "application/scim+json, application/json")
            .header("user-agent", &*self.user_agent);
        if let Some(auth) = req.authorization {
            builder = builder.header("authorization", auth);
        }
        let (agent, via) = self.agent_for(&req.url);
        let result = match req.body {
            Some(body) => {
                let request = builder
                    .header("content-type", req.content_type)
                    .body(body)
                    .map_err(|e| Failure::Final(Error::config(format!("cannot build request: {e}"))))?;
                agent.run(request)
            }
            None => {
                let request = builder
                    .body(ureq::SendBody::none())
                    .map_err(|e| Failure::Final(Error::config(format!("cannot build request: {e}"))))?;
                agent.run(request)
            }
        };
        // A read given up because the call was cancelled is a cancellation, not a failure.
        let mut response = result.map_err(|e| match (e, via) {
            (ureq::Error::ConnectProxyFailed(reason), Some(proxy)) => proxy_failure(proxy, &reason),
            (e, _) => failure(e),
        })?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response
            .body_mut()
            .with_config()
            .limit(MAX_BODY)
            .read_to_vec()
            .map_err(|e| match failure(e) {
                // The request was processed; only the answer was lost.
                Failure::Transport { err, .. } => Failure::Transport { err, reached: true },
                other => other,
            })?;
        exchange_log::bodies(req, &body);
        let support_id = || SUPPORT_ID_HEADERS.iter().find_map(|h| header(&headers, h));
        if (200..300).contains(&status) {
            let location = header(&headers, "location");
            // A success's support id is only for the log: not looked up when nobody listens.
            let logged = exchange_log::enabled().then(support_id).flatten();
            return Ok((Reply { status, body, location }, logged));
        }
        let support_id = support_id();
        let mut err = error_from_response(status, &body, support_id, server_wait(&headers));
        if err.kind() == ErrorKind::Http && (300..400).contains(&status) {
            err.detail.get_or_insert_with(|| format!("redirect to {}", header(&headers, "location").unwrap_or_default()));
        }
        Err(Failure::Status(err))
    }
}

/// How a ureq error ends this attempt: a read given up because the call was cancelled is a
/// cancellation (saying the request may have run), anything else as [`classify`] sorts it.
fn failure(e: ureq::Error) -> Failure {
    match cancel::check_current() {
        Err(mut cancelled) => {
            cancelled.set_message("cancelled while waiting for the answer: the request may have been carried out".into());
            Failure::Final(cancelled)
        }
        Ok(()) => classify(e),
    }
}

/// The certificates a server's chain must lead to: the bundled Mozilla roots or the operating
/// system's store (`trust`), plus `ca_cert_pem`.
fn root_certs(config: &ClientConfig) -> Result<RootCerts> {
    let mut all: Vec<Certificate<'static>> = match config.trust {
        Trust::Bundled if config.ca_cert_pem.is_none() => return Ok(RootCerts::WebPki),
        Trust::Bundled => webpki_root_certs::TLS_SERVER_ROOT_CERTS.iter().map(|c| Certificate::from_der(c.as_ref())).collect(),
        Trust::System => system_certs()?,
    };
    if let Some(pem) = &config.ca_cert_pem {
        all.push(Certificate::from_pem(pem.as_bytes()).map_err(|e| Error::config(format!("ca_cert_pem is not a PEM certificate: {e}")))?);
    }
    Ok(RootCerts::new_with_certs(&all))
}

/// The operating system's trusted certificates (on Linux the distribution's bundle, or
/// `SSL_CERT_FILE` / `SSL_CERT_DIR`; the keychain on macOS; the certificate store on Windows):
/// what a TLS-inspecting corporate proxy's private CA is installed into.
fn system_certs() -> Result<Vec<Certificate<'static>>> {
    let found = rustls_native_certs::load_native_certs();
    if found.certs.is_empty() {
        let why = found.errors.first().map(|e| format!(": {e}")).unwrap_or_default();
        return Err(Error::config(format!("trust = \"system\", but the system's certificate store has no certificate{why}")));
    }
    Ok(found.certs.iter().map(|c| Certificate::from_der(c.as_ref()).to_owned()).collect())
}

/// A proxy that would not open the tunnel: what it answered, and what to do.
fn proxy_failure(proxy: &str, reason: &str) -> Failure {
    let status = reason.split("responded ").nth(1).and_then(|r| r.split('/').next()).and_then(|s| s.parse::<u16>().ok());
    let message = match status {
        // Some proxies (tinyproxy) answer 401 where 407 is meant.
        Some(code @ (401 | 407)) => format!("the proxy {proxy} asks for credentials ({code}): give them as proxy_credentials (USER:PASSWORD) or in the proxy URL"),
        Some(403) => format!("the proxy {proxy} refused the connection (403 Forbidden): its rules do not allow this host or port"),
        Some(code) => format!("the proxy {proxy} answered {code} instead of opening a tunnel"),
        None => format!("the proxy {proxy} did not open a tunnel: {reason}"),
    };
    match status {
        Some(401 | 403 | 407) => Failure::Final(Error::transport(message)),
        _ => Failure::Transport { err: Error::transport(message), reached: false },
    }
}

/// How one attempt failed.
enum Failure {
    /// The server answered with an error status.
    Status(Error),
    /// The exchange broke; `reached` says whether the request may have been processed.
    Transport { err: Error, reached: bool },
    /// Nothing a retry could fix.
    Final(Error),
}

/// Sorts a ureq error into transport failures (reached or not) and final ones.
fn classify(e: ureq::Error) -> Failure {
    use ureq::Error as U;
    let not_reached = |m: String| Failure::Transport { err: Error::transport(m), reached: false };
    let reached = |m: String| Failure::Transport { err: Error::transport(m), reached: true };
    match e {
        U::HostNotFound => not_reached("host not found".into()),
        U::ConnectionFailed => not_reached("connection failed".into()),
        U::Timeout(t) => {
            let m = format!("timed out ({t})");
            match t {
                ureq::Timeout::Resolve | ureq::Timeout::Connect => not_reached(m),
                _ => reached(m),
            }
        }
        U::Io(io) => match io.kind() {
            IoKind::ConnectionRefused | IoKind::AddrNotAvailable => not_reached(format!("connection refused: {io}")),
            IoKind::TimedOut | IoKind::WouldBlock => reached(format!("timed out: {io}")),
            _ => reached(format!("connection broken: {io}")),
        },
        U::Protocol(p) => reached(format!("malformed HTTP answer: {p}")),
        U::BodyExceedsLimit(n) => Failure::Final(Error::decode(format!("answer larger than {n} bytes"))),
        U::Decompress(what, io) => Failure::Final(Error::decode(format!("cannot decompress {what} answer: {io}"))),
        U::BadUri(u) => Failure::Final(Error::config(format!("invalid URL: {u}"))),
        U::Tls(m) => Failure::Final(Error::transport(format!("TLS: {m}"))),
        U::Pem(p) => Failure::Final(Error::config(format!("PEM: {p}"))),
        U::Rustls(r) => Failure::Final(Error::transport(format!("TLS: {r}"))),
        other => reached(other.to_string()),
    }
}

/// The wait the server asked for: `Retry-After`, else `x-ratelimit-reset`.
fn server_wait(headers: &HeaderMap) -> Option<Duration> {
    let now = now_unix();
    header(headers, "retry-after")
        .and_then(|v| parse_retry_after(&v, now))
        .or_else(|| header(headers, "x-ratelimit-reset").and_then(|v| parse_ratelimit_reset(&v, now)))
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
}

/// Checks that a base URL may be used: http(s), and plain http only to loopback unless allowed.
pub(crate) fn check_base_url(config: &ClientConfig) -> Result<BaseUrl> {
    let base = BaseUrl::parse(&config.base_url)?;
    if !base.is_https() && !base.is_loopback() && !config.allow_insecure_http {
        return Err(Error::config(format!(
            "refusing plain http to {}: use https, or set allow_insecure_http",
            base.host()
        )));
    }
    Ok(base)
}
