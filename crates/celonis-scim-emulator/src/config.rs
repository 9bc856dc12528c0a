//! How an emulator is set up: address, credentials, Celonis limits, persistence.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::chaos::ChaosConfig;

/// Settings of an [`crate::Emulator`]. Start from `Default` and override what you need.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct EmulatorConfig {
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// The token accepted as `Bearer` or `AppKey`; a random one when unset.
    pub token: Option<String>,
    /// OAuth 2.0 clients (`client_id` → `client_secret`) accepted at `POST /oauth2/token`.
    pub oauth_clients: BTreeMap<String, String>,
    /// Lifetime of the OAuth tokens this emulator issues, in seconds.
    pub oauth_token_lifetime: u64,
    /// Licence seats per role (`ANALYST`, the admin role); roles not listed are unlimited.
    /// Seats are counted on the effective role: the highest of a user's and its groups' roles.
    pub seats: BTreeMap<String, usize>,
    /// The SCIM value of the admin role.
    pub admin_role: String,
    /// Page size when a listing does not say `count`.
    pub default_count: u64,
    /// The largest page served; a larger `count` is lowered to it.
    pub max_count: u64,
    /// The most operations one bulk request may hold.
    pub bulk_max_operations: u64,
    /// The largest bulk request body, in bytes.
    pub bulk_max_payload: u64,
    /// Answer 400 to a `filter` (Celonis may ignore it instead, the default here).
    pub reject_filter: bool,
    /// Keep the data in this JSON file across restarts (written atomically after each change).
    pub state: Option<PathBuf>,
    /// Added to every SCIM answer, in milliseconds.
    pub latency_ms: u64,
    /// A random fault schedule (for convergence tests); none by default.
    pub chaos: Option<ChaosConfig>,
    /// A rate limit on the SCIM API, in requests per second (token bucket, bursts of one
    /// second's worth; 429 with `x-ratelimit-reset` when exceeded); none by default.
    pub rate_limit: Option<f64>,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        EmulatorConfig {
            port: 0,
            token: None,
            oauth_clients: BTreeMap::new(),
            oauth_token_lifetime: 3600,
            seats: BTreeMap::new(),
            admin_role: "ADMIN".to_owned(),
            default_count: 200,
            max_count: 1000,
            bulk_max_operations: 1000,
            bulk_max_payload: 1_048_576,
            reject_filter: false,
            state: None,
            latency_ms: 0,
            chaos: None,
            rate_limit: None,
        }
    }
}

impl EmulatorConfig {
    /// The latency as a duration.
    pub fn latency(&self) -> Duration {
        Duration::from_millis(self.latency_ms)
    }
}
