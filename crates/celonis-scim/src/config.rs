//! Client configuration: the same keys in every language (a JSON object for C).

use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A secret string (token, key, client secret) that never shows in `Debug` output nor in a
/// serialized configuration (it serializes as `"***"`).
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str("***")
    }
}

impl Secret {
    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself; handle with care.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl<S: Into<String>> From<S> for Secret {
    fn from(value: S) -> Self {
        Secret(value.into())
    }
}

/// How the client authenticates its OAuth 2.0 client at the token endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClientAuth {
    /// `client_secret_basic`: HTTP Basic authentication (the default).
    #[default]
    Basic,
    /// `client_secret_post`: the id and secret in the form body.
    Post,
}

/// OAuth 2.0 client-credentials settings.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OAuth2Config {
    /// The token endpoint, e.g. `https://TEAM.REALM.celonis.cloud/oauth2/token`.
    pub token_url: String,
    /// The OAuth client id.
    pub client_id: String,
    /// The OAuth client secret.
    pub client_secret: Secret,
    /// The scope to ask for.
    #[serde(default = "default_scope")]
    pub scope: String,
    /// How the client authenticates at the token endpoint.
    #[serde(default)]
    pub client_auth: ClientAuth,
}

fn default_scope() -> String {
    "user-provisioning.scim".to_owned()
}

impl OAuth2Config {
    /// Client credentials with the default scope and `client_secret_basic`.
    pub fn new(token_url: impl Into<String>, client_id: impl Into<String>, secret: impl Into<Secret>) -> Self {
        OAuth2Config {
            token_url: token_url.into(),
            client_id: client_id.into(),
            client_secret: secret.into(),
            scope: default_scope(),
            client_auth: ClientAuth::Basic,
        }
    }
}

/// Everything a [`crate::Client`] needs. Start from [`ClientConfig::default`] (or
/// [`ClientConfig::bearer`]) and override what you need; exactly one of `token`, `app_key` and
/// `oauth2` must be set.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ClientConfig {
    /// The full base URL up to and including `/scim/v2`.
    pub base_url: String,
    /// A bearer token (an OAuth access token or an API key): `Authorization: Bearer ...`.
    pub token: Option<Secret>,
    /// An application key: `Authorization: AppKey ...`.
    pub app_key: Option<Secret>,
    /// OAuth 2.0 client credentials; the token is fetched, cached and refreshed.
    pub oauth2: Option<OAuth2Config>,
    /// Time limit of one HTTP exchange, in seconds.
    #[serde(with = "seconds")]
    pub timeout: Duration,
    /// How many times a failed request is retried (429; 502/503/504 and connection failures
    /// of idempotent requests).
    pub max_retries: u32,
    /// Overall limit on one call, retries and waits included, in seconds.
    #[serde(with = "seconds")]
    pub retry_deadline: Duration,
    /// First backoff delay, doubled on each retry, with full jitter; in seconds.
    #[serde(with = "seconds")]
    pub retry_base_delay: Duration,
    /// The `User-Agent` header.
    pub user_agent: String,
    /// Which root certificates are trusted: the Mozilla roots built in (`bundled`, the
    /// default) or the operating system's store (`system`: where a corporate proxy's private
    /// CA is installed).
    pub trust: Trust,
    /// An extra trusted root certificate (PEM), on top of those of `trust`.
    pub ca_cert_pem: Option<String>,
    /// Allow plain `http://` to a host that is not loopback.
    pub allow_insecure_http: bool,
    /// The SCIM value of the Celonis admin role (undocumented; `ADMIN` is the likely one).
    pub admin_role: String,
    /// The proxy for every request (`http://HOST:PORT`, or `none` for no proxy at all); unset,
    /// the environment's (`https_proxy`, `http_proxy`, `all_proxy`, `no_proxy`, as curl reads
    /// them: see [`crate::http::proxy`]).
    pub proxy: Option<String>,
    /// The proxy's credentials, `USER:PASSWORD` (over any in the proxy's URL).
    pub proxy_credentials: Option<Secret>,
}

/// Which root certificates a client trusts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Trust {
    /// The Mozilla roots built into the library: the same everywhere, whatever the machine.
    #[default]
    Bundled,
    /// The operating system's store, read when the client is made.
    System,
}

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            base_url: String::new(),
            token: None,
            app_key: None,
            oauth2: None,
            timeout: Duration::from_secs(30),
            max_retries: 4,
            retry_deadline: Duration::from_secs(120),
            retry_base_delay: Duration::from_millis(500),
            user_agent: concat!("celonis-scim/", env!("CARGO_PKG_VERSION")).to_owned(),
            trust: Trust::Bundled,
            ca_cert_pem: None,
            allow_insecure_http: false,
            admin_role: "ADMIN".to_owned(),
            proxy: None,
            proxy_credentials: None,
        }
    }
}

impl ClientConfig {
    /// A configuration with a base URL and a bearer token, everything else default.
    pub fn bearer(base_url: impl Into<String>, token: impl Into<Secret>) -> Self {
        ClientConfig { base_url: base_url.into(), token: Some(token.into()), ..Default::default() }
    }

    /// Reads a configuration from JSON text (the C API's form), naming any bad key.
    pub fn from_json(text: &str) -> Result<Self> {
        serde_json::from_str(text).map_err(|e| Error::config(format!("invalid client configuration: {e}")))
    }

    /// Reads a configuration from a JSON value (the Python and Node bindings' form).
    pub fn from_value(value: serde_json::Value) -> Result<Self> {
        serde_json::from_value(value).map_err(|e| Error::config(format!("invalid client configuration: {e}")))
    }
}

/// The usual Celonis base URL of a team: `https://TEAM[.REALM].celonis.cloud/api/user-provisioning/scim/v2`.
///
/// Team and realm must be DNS labels (letters, digits, `-`).
pub fn celonis_base_url(team: &str, realm: Option<&str>) -> Result<String> {
    let label = |what: &str, v: &str| -> Result<()> {
        let ok = !v.is_empty()
            && v.len() <= 63
            && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !v.starts_with('-');
        if ok { Ok(()) } else { Err(Error::config(format!("{what} {v:?} is not a valid host name label"))) }
    };
    label("team", team)?;
    match realm {
        Some(r) => {
            label("realm", r)?;
            Ok(format!("https://{team}.{r}.celonis.cloud/api/user-provisioning/scim/v2"))
        }
        None => Ok(format!("https://{team}.celonis.cloud/api/user-provisioning/scim/v2")),
    }
}

/// Durations as (fractional) seconds in serialized configuration.
mod seconds {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(d.as_secs_f64())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let secs = f64::deserialize(d)?;
        Duration::try_from_secs_f64(secs).map_err(|_| D::Error::custom(format!("{secs} is not a valid number of seconds")))
    }
}
