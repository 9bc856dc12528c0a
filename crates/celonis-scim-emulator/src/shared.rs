//! State shared by every connection of one emulator.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use crate::config::EmulatorConfig;
use crate::faults::Faults;
use crate::failure::{Failure, Outcome};
use crate::persist;
use crate::ratelimit::RateLimiter;
use crate::store::Store;

/// Everything a request handler needs.
#[derive(Debug)]
pub struct Shared {
    /// The configuration the emulator started with.
    pub config: EmulatorConfig,
    /// The accepted static token.
    pub token: String,
    /// `http://127.0.0.1:PORT/scim/v2`.
    pub base_url: String,
    /// The data.
    pub store: Mutex<Store>,
    /// Injected faults and latency.
    pub faults: Faults,
    /// OAuth tokens issued, with their expiry.
    pub oauth_tokens: Mutex<HashMap<String, Instant>>,
    /// How many requests reached `POST /oauth2/token`.
    pub token_requests: AtomicU64,
    /// How many SCIM requests were answered 401.
    pub unauthorized_answers: AtomicU64,
    /// The rate limit, when configured.
    pub rate_limit: Option<RateLimiter>,
}

impl Shared {
    /// The store, locked (a poisoned lock is taken over: the store is never left half-changed).
    pub fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs a change under the store lock and, when it succeeds and a state file is set,
    /// writes the new state before answering.
    pub fn mutate<T>(&self, change: impl FnOnce(&mut Store) -> Outcome<T>) -> Outcome<T> {
        let mut store = self.store();
        let out = change(&mut store)?;
        if let Some(path) = &self.config.state {
            persist::save(path, &store.snapshot())
                .map_err(|e| Failure::status(500, format!("cannot write state file: {e}")))?;
        }
        Ok(out)
    }

    /// How many token requests arrived so far.
    pub fn token_requests(&self) -> u64 {
        self.token_requests.load(Ordering::Relaxed)
    }

    /// How many SCIM requests were answered 401 so far.
    pub fn unauthorized_answers(&self) -> u64 {
        self.unauthorized_answers.load(Ordering::Relaxed)
    }

    /// Whether `Authorization` carries an accepted credential.
    pub fn authorized(&self, header: Option<&str>) -> bool {
        let Some((scheme, value)) = header.and_then(|h| h.trim().split_once(' ')) else { return false };
        let value = value.trim();
        let bearer = scheme.eq_ignore_ascii_case("bearer");
        if !bearer && !scheme.eq_ignore_ascii_case("appkey") {
            return false;
        }
        if value == self.token {
            return true;
        }
        bearer
            && self
                .oauth_tokens
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .get(value)
                .is_some_and(|exp| Instant::now() < *exp)
    }
}
