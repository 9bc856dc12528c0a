//! The client: every operation of the Celonis SCIM API, blocking, safe to share between threads.

mod bulk;
mod discovery;
mod emails;
mod members;
mod options;
mod paging;
mod resources;

use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde_json::Value;
use ureq::http::Method;

use crate::cancel::{self, CancelToken};
use crate::config::{ClientConfig, celonis_base_url};
use crate::error::{Error, ErrorKind, Result};
use crate::http::auth::Authenticator;
use crate::http::transport::{Reply, Request, Transport, check_base_url};
use crate::http::url::BaseUrl;
use crate::validate::Roles;

pub use options::{IterOptions, ListOptions, Projection};
pub use paging::ResourceIter;
pub use resources::Managed;

/// A blocking client of the Celonis SCIM API.
///
/// Cloning is cheap and clones share the connection pool, the OAuth token and the cache of
/// known emails. `Client` is `Send + Sync`: share it between threads freely.
#[derive(Clone, Debug)]
pub struct Client {
    inner: Arc<Inner>,
    /// The token every call of this handle honours (see [`Client::with_cancel`]).
    cancel: Option<CancelToken>,
}

#[derive(Debug)]
struct Inner {
    base: BaseUrl,
    /// How often an idempotent call whose answer cannot be decoded is sent again.
    decode_retries: u32,
    transport: TransportDebug,
    auth: Authenticator,
    roles: Roles,
    emails: emails::KnownEmails,
}

/// The transport, with a `Debug` that shows nothing secret.
struct TransportDebug(Transport);

impl std::fmt::Debug for TransportDebug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Transport")
    }
}

/// What a request carries and how it may be retried.
pub(crate) struct Call<'a> {
    pub method: Method,
    pub url: String,
    pub body: Option<&'a Value>,
    pub idempotent: bool,
}

impl Client {
    /// Builds a client; a bad configuration is a `config` error naming the problem.
    pub fn new(config: ClientConfig) -> Result<Self> {
        let base = check_base_url(&config)?;
        let transport = Transport::new(&config)?;
        let auth = Authenticator::from_config(&config)?;
        if config.admin_role.trim().is_empty() {
            return Err(Error::config("admin_role must not be empty"));
        }
        Ok(Client {
            inner: Arc::new(Inner {
                base,
                decode_retries: config.max_retries,
                transport: TransportDebug(transport),
                auth,
                roles: Roles::new(config.admin_role.trim()),
                emails: emails::KnownEmails::default(),
            }),
            cancel: None,
        })
    }

    /// A handle on the same client (same pool, token and caches) whose every call honours
    /// `token`: once it is cancelled, calls end with a `cancelled` error as soon as they can
    /// (before each attempt, during retry waits, while waiting for an answer), iterations stop
    /// at the next page, and an apply starts no new operation.
    pub fn with_cancel(&self, token: &CancelToken) -> Client {
        Client { inner: Arc::clone(&self.inner), cancel: Some(token.clone()) }
    }

    /// The token this handle honours, if any.
    pub fn cancel_token(&self) -> Option<&CancelToken> {
        self.cancel.as_ref()
    }

    /// A `cancelled` error when this handle's token is cancelled.
    pub(crate) fn check_cancelled(&self) -> Result<()> {
        self.cancel.as_ref().map_or(Ok(()), CancelToken::check)
    }

    /// Like [`Self::check_cancelled`], running the token's poll function first (between the
    /// operations of an apply, so that a watcher such as Python's Ctrl-C check gets a turn).
    pub(crate) fn poll_cancelled(&self) -> Result<()> {
        match &self.cancel {
            Some(t) if t.poll() => Err(cancel::cancelled()),
            _ => Ok(()),
        }
    }

    /// A client of the usual Celonis URL of `team` (and `realm`), with the rest of `config`.
    pub fn celonis(team: &str, realm: Option<&str>, config: ClientConfig) -> Result<Self> {
        Client::new(ClientConfig { base_url: celonis_base_url(team, realm)?, ..config })
    }

    /// The base URL this client talks to.
    pub fn base_url(&self) -> &str {
        self.inner.base.as_str()
    }

    /// The role values this client accepts.
    pub fn roles(&self) -> &Roles {
        &self.inner.roles
    }

    pub(crate) fn url(&self, path: &str, segments: &[&str], query: &[(&str, String)]) -> String {
        self.inner.base.join(path, segments, query)
    }

    /// Sends one call with authentication; on a 401 an OAuth token is refreshed once.
    pub(crate) fn send(&self, call: &Call<'_>) -> Result<Reply> {
        let body = match call.body {
            Some(v) => Some(serde_json::to_vec(v).map_err(|e| Error::validation("body", "invalidValue", format!("cannot encode body: {e}")))?),
            None => None,
        };
        cancel::scope(self.cancel.as_ref(), || self.send_encoded(call, body.as_deref()))
    }

    fn send_encoded(&self, call: &Call<'_>, body: Option<&[u8]>) -> Result<Reply> {
        let transport = &self.inner.transport.0;
        let mut refreshed = false;
        loop {
            let auth = self.inner.auth.header(transport)?;
            let request = Request {
                method: call.method.clone(),
                url: call.url.clone(),
                body,
                // The one type the vendor's document lists for every request body.
                content_type: "application/json",
                idempotent: call.idempotent,
                authorization: Some(&auth),
                log_bodies: true,
            };
            match transport.execute(&request) {
                Err(e) if e.kind() == ErrorKind::Unauthorized && !refreshed && self.inner.auth.invalidate(&auth) => {
                    refreshed = true;
                }
                other => return other,
            }
        }
    }

    /// Sends a call and decodes its JSON answer; `None` for an empty answer (204). An
    /// idempotent call whose answer is not the JSON it should be (a proxy's page, a garbled
    /// body) is sent again, like one whose connection broke, up to `max_retries` times.
    pub(crate) fn send_decode<T: DeserializeOwned>(&self, call: Call<'_>, what: &str) -> Result<Option<T>> {
        let mut resent = 0;
        loop {
            let reply = self.send(&call)?;
            match decode(&reply, what) {
                Err(_) if call.idempotent && resent < self.inner.decode_retries => {
                    self.check_cancelled()?;
                    resent += 1;
                }
                other => return other,
            }
        }
    }
}

/// Decodes a reply body, `None` when the body is empty.
pub(crate) fn decode<T: DeserializeOwned>(reply: &Reply, what: &str) -> Result<Option<T>> {
    if reply.body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    match serde_json::from_slice::<T>(&reply.body) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            let mut err = Error::decode(format!("the answer is not a valid {what}: {e}"));
            err.status = Some(reply.status);
            Err(err)
        }
    }
}
