//! A real HTTP server on loopback that behaves like the Celonis SCIM API, for tests, demos and
//! users' own test suites.
//!
//! ```
//! use celonis_scim_emulator::{Emulator, EmulatorConfig};
//!
//! let emulator = Emulator::start(EmulatorConfig::default())?;
//! println!("{} with token {}", emulator.url(), emulator.token());
//! emulator.stop();
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! It serves the 18 operations under `/scim/v2`, enforces the rules of the Celonis
//! documentation (see [`store`]), issues OAuth tokens at `/oauth2/token`, keeps its data in
//! memory or in a state file, and injects faults on demand ([`faults`]).

// The one error type carries everything the server said; it is large, and errors are rare:
// boxing it would cost every caller an indirection for nothing.
#![allow(clippy::result_large_err)]

#![deny(missing_docs)]

mod api;
mod bulk;
pub mod chaos;
mod clock;
pub mod config;
mod discovery;
pub mod failure;
pub mod faults;
mod oauth;
mod persist;
pub mod rehearse;
pub mod ratelimit;
pub mod resources;
pub mod seats;
mod server;
mod shared;
pub mod store;
pub mod strict;
pub mod wire;

use std::collections::{BTreeMap, HashMap};
use std::io;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

pub use config::EmulatorConfig;
pub use faults::Fault;
pub use rehearse::rehearse;

use crate::server::Connections;
use crate::shared::Shared;
use crate::store::Store;

/// A running emulator. Stops when dropped.
#[derive(Debug)]
pub struct Emulator {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Arc<AtomicBool>,
    conns: Arc<Connections>,
    acceptor: Option<JoinHandle<()>>,
}

impl Emulator {
    /// Starts an emulator on 127.0.0.1 (the state file, if any, is loaded first).
    pub fn start(config: EmulatorConfig) -> io::Result<Emulator> {
        Self::launch(config, None)
    }

    /// Starts an emulator holding these users and groups (a copy of a team, with their ids,
    /// as the client read them), instead of what the state file holds. They are taken as the
    /// JSON they are on the wire, into the emulator's own types.
    pub fn start_with(config: EmulatorConfig, users: Vec<celonis_scim::User>, groups: Vec<celonis_scim::Group>) -> io::Result<Emulator> {
        let wire = |value: serde_json::Result<serde_json::Value>| value.map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e));
        let users = wire(serde_json::to_value(users))?;
        let groups = wire(serde_json::to_value(groups))?;
        let snapshot = store::Snapshot {
            users: serde_json::from_value(users).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("not users: {e}")))?,
            groups: serde_json::from_value(groups).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("not groups: {e}")))?,
        };
        Self::launch(config, Some(snapshot))
    }

    fn launch(config: EmulatorConfig, initial: Option<store::Snapshot>) -> io::Result<Emulator> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, config.port))?;
        let addr = listener.local_addr()?;
        let base_url = format!("http://{addr}{}", api::PREFIX);
        let mut store = Store::new(&config, base_url.clone());
        let initial = match (initial, &config.state) {
            (Some(snapshot), _) => Some(snapshot),
            (None, Some(path)) => persist::load(path)?,
            (None, None) => None,
        };
        if let Some(snapshot) = initial {
            store.restore(snapshot);
        }
        let token = config.token.clone().unwrap_or_else(clock::new_token);
        let rate_limit = config.rate_limit.map(ratelimit::RateLimiter::new);
        let shared = Arc::new(Shared {
            faults: faults::Faults::new(config.latency(), config.chaos.as_ref()),
            config,
            token,
            base_url,
            store: Mutex::new(store),
            oauth_tokens: Mutex::new(HashMap::new()),
            token_requests: Default::default(),
            unauthorized_answers: Default::default(),
            rate_limit,
        });
        let stop = Arc::new(AtomicBool::new(false));
        let conns = Arc::new(Connections::default());
        let acceptor = {
            let (shared, stop, conns) = (Arc::clone(&shared), Arc::clone(&stop), Arc::clone(&conns));
            std::thread::Builder::new()
                .name("scim-emulator-accept".into())
                .spawn(move || server::accept_loop(listener, shared, stop, conns))?
        };
        Ok(Emulator { addr, shared, stop, conns, acceptor: Some(acceptor) })
    }

    /// The SCIM base URL, `http://127.0.0.1:PORT/scim/v2`.
    pub fn url(&self) -> &str {
        &self.shared.base_url
    }

    /// The OAuth token endpoint, `http://127.0.0.1:PORT/oauth2/token`.
    pub fn token_url(&self) -> String {
        format!("http://{}/oauth2/token", self.addr)
    }

    /// The accepted token (as `Bearer` or `AppKey`).
    pub fn token(&self) -> &str {
        &self.shared.token
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Queues `fault` for the next `count` SCIM answers.
    pub fn inject(&self, fault: Fault, count: u32) {
        self.shared.faults.push(fault, count);
    }

    /// Starts (or, with `None`, stops) a random fault schedule.
    pub fn set_chaos(&self, chaos: Option<&chaos::ChaosConfig>) {
        self.shared.faults.set_chaos(chaos);
    }

    /// Sets the latency added to every SCIM answer.
    pub fn set_latency(&self, latency: Duration) {
        self.shared.faults.set_latency(latency);
    }

    /// Forgets every OAuth token issued so far (clients must fetch new ones).
    pub fn revoke_tokens(&self) {
        oauth::revoke_all(&self.shared);
    }

    /// How many requests reached the OAuth token endpoint (to test token caching).
    pub fn token_requests(&self) -> u64 {
        self.shared.token_requests()
    }

    /// How many SCIM requests were answered 401 (to tell a refresh before expiry from one
    /// after a refusal).
    pub fn unauthorized_answers(&self) -> u64 {
        self.shared.unauthorized_answers()
    }

    /// How many SCIM requests the rate limit answered 429 (0 without one).
    pub fn rate_limited_answers(&self) -> u64 {
        self.shared.rate_limit.as_ref().map_or(0, |r| r.limited())
    }

    /// Licence seats in use per role.
    pub fn seat_usage(&self) -> BTreeMap<String, usize> {
        self.shared.store().seat_usage()
    }

    /// Stops accepting, closes every connection and waits for the acceptor to end.
    pub fn stop(mut self) {
        self.shutdown();
    }

    /// Blocks until the emulator is stopped from elsewhere (the CLI's `emulator` command).
    pub fn wait(mut self) {
        if let Some(h) = self.acceptor.take() {
            let _ = h.join();
        }
    }

    fn shutdown(&mut self) {
        if self.stop.swap(true, Ordering::SeqCst) {
            return;
        }
        // Wake the blocking accept so that it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(h) = self.acceptor.take() {
            let _ = h.join();
        }
        self.conns.close_all();
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.shutdown();
    }
}
