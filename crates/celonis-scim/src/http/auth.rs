//! The `Authorization` header: a static Bearer/AppKey value, or an OAuth 2.0 client-credentials
//! token that is fetched, cached, refreshed before it expires and refreshed once on a 401.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use base64::Engine;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Deserialize;
use ureq::http::Method;

use crate::config::{ClientAuth, ClientConfig, OAuth2Config};
use crate::error::{Error, ErrorKind, Result};
use crate::http::transport::{Request, Transport};
use crate::http::url::BaseUrl;

/// How long before its expiry a cached token is replaced (at most this, at least a tenth of
/// its lifetime).
const REFRESH_MARGIN: Duration = Duration::from_secs(60);
/// The lifetime assumed for a token answer without `expires_in`.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);
/// The longest lifetime believed: a token is refreshed at least daily, whatever it says.
const MAX_LIFETIME: Duration = Duration::from_secs(86_400);

/// Produces the `Authorization` header of every request.
pub(crate) enum Authenticator {
    /// A fixed header value (`Bearer ...` or `AppKey ...`).
    Static(String),
    /// OAuth 2.0 client credentials with a cached token.
    OAuth2(OAuth2Session),
}

impl std::fmt::Debug for Authenticator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Authenticator::Static(_) => f.write_str("Authenticator::Static(***)"),
            Authenticator::OAuth2(_) => f.write_str("Authenticator::OAuth2(***)"),
        }
    }
}

pub(crate) struct OAuth2Session {
    config: OAuth2Config,
    token_url: String,
    cache: Mutex<Option<CachedToken>>,
}

#[derive(Clone)]
struct CachedToken {
    header: String,
    refresh_at: Instant,
}

/// A usable answer of the token endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenGrant {
    /// The access token (no line breaks, not empty).
    pub access_token: String,
    /// How long it lives: `expires_in` (number or numeric string), clamped to a day; an hour
    /// when absent or unusable.
    pub lifetime: Duration,
}

/// Reads an OAuth 2.0 token answer; anything unusable is a `decode` error, never a panic.
pub fn parse_token_answer(body: &[u8]) -> Result<TokenGrant> {
    let answer: TokenAnswer =
        serde_json::from_slice(body).map_err(|e| Error::decode(format!("OAuth2 token answer is not valid: {e}")))?;
    if answer.access_token.trim().is_empty() || answer.access_token.contains(['\r', '\n']) {
        return Err(Error::decode("OAuth2 token answer has an unusable access_token"));
    }
    let lifetime = answer
        .expires_in
        .and_then(|v| v.as_f64().or_else(|| v.as_str()?.trim().parse().ok()))
        .filter(|s| s.is_finite() && *s > 0.0)
        .map(|s| Duration::try_from_secs_f64(s).map_or(MAX_LIFETIME, |d| d.min(MAX_LIFETIME)))
        .unwrap_or(DEFAULT_LIFETIME);
    Ok(TokenGrant { access_token: answer.access_token, lifetime })
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default)]
    expires_in: Option<serde_json::Value>,
}

impl Authenticator {
    /// Picks the one configured method; none or several is a `config` error.
    pub fn from_config(config: &ClientConfig) -> Result<Self> {
        let set = [config.token.is_some(), config.app_key.is_some(), config.oauth2.is_some()];
        match set.iter().filter(|s| **s).count() {
            0 => return Err(Error::config("no authentication: set one of token, app_key or oauth2")),
            1 => {}
            _ => return Err(Error::config("several authentication methods: set only one of token, app_key or oauth2")),
        }
        let checked = |what: &str, v: &str| -> Result<()> {
            if v.trim().is_empty() || v.contains(['\r', '\n']) {
                Err(Error::config(format!("{what} is empty or contains a line break")))
            } else {
                Ok(())
            }
        };
        if let Some(t) = &config.token {
            checked("token", t.expose())?;
            return Ok(Authenticator::Static(format!("Bearer {}", t.expose().trim())));
        }
        if let Some(k) = &config.app_key {
            checked("app_key", k.expose())?;
            return Ok(Authenticator::Static(format!("AppKey {}", k.expose().trim())));
        }
        let Some(o) = &config.oauth2 else {
            return Err(Error::config("no authentication configured"));
        };
        checked("oauth2.client_id", &o.client_id)?;
        checked("oauth2.client_secret", o.client_secret.expose())?;
        // The documented token URL carries `?scope=...`: the query is kept and sent as is.
        let without_query = o.token_url.trim().split(['?', '#']).next().unwrap_or_default();
        let token_url = BaseUrl::parse(without_query)
            .map_err(|e| Error::config(format!("oauth2.token_url: {}", e.message())))?;
        if !token_url.is_https() && !token_url.is_loopback() && !config.allow_insecure_http {
            return Err(Error::config("refusing plain http for oauth2.token_url: use https, or set allow_insecure_http"));
        }
        Ok(Authenticator::OAuth2(OAuth2Session {
            config: o.clone(),
            token_url: o.token_url.trim().to_owned(),
            cache: Mutex::new(None),
        }))
    }

    /// The header value to send now, fetching a token first if needed.
    pub fn header(&self, transport: &Transport) -> Result<String> {
        match self {
            Authenticator::Static(h) => Ok(h.clone()),
            Authenticator::OAuth2(s) => s.header(transport),
        }
    }

    /// After a 401 that used `used`: forget that token. Returns whether a new one can be
    /// fetched (only OAuth2 can refresh).
    pub fn invalidate(&self, used: &str) -> bool {
        match self {
            Authenticator::Static(_) => false,
            Authenticator::OAuth2(s) => {
                let mut cache = s.cache.lock().unwrap_or_else(|p| p.into_inner());
                if cache.as_ref().is_some_and(|c| c.header == used) {
                    *cache = None;
                }
                true
            }
        }
    }
}

impl OAuth2Session {
    fn header(&self, transport: &Transport) -> Result<String> {
        // The lock is held while fetching, so that concurrent calls wait for one fetch.
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(c) = cache.as_ref()
            && Instant::now() < c.refresh_at {
                return Ok(c.header.clone());
            }
        let fresh = self.fetch(transport)?;
        let header = fresh.header.clone();
        *cache = Some(fresh);
        Ok(header)
    }

    fn fetch(&self, transport: &Transport) -> Result<CachedToken> {
        let enc = |s: &str| utf8_percent_encode(s, NON_ALPHANUMERIC).to_string();
        let mut form = format!("grant_type=client_credentials&scope={}", enc(&self.config.scope));
        let mut basic = None;
        match self.config.client_auth {
            ClientAuth::Basic => {
                // RFC 6749 §2.3.1: id and secret are form-encoded before Base64.
                let pair = format!("{}:{}", enc(&self.config.client_id), enc(self.config.client_secret.expose()));
                basic = Some(format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(pair)));
            }
            ClientAuth::Post => {
                form.push_str(&format!(
                    "&client_id={}&client_secret={}",
                    enc(&self.config.client_id),
                    enc(self.config.client_secret.expose())
                ));
            }
        }
        let request = Request {
            method: Method::POST,
            url: self.token_url.clone(),
            body: Some(form.as_bytes()),
            content_type: "application/x-www-form-urlencoded",
            // Asking for another token twice does no harm.
            idempotent: true,
            authorization: basic.as_deref(),
            // The form holds the client secret, the answer the token.
            log_bodies: false,
        };
        let reply = transport.execute(&request).map_err(|e| {
            let e = e.context("OAuth2 token request failed");
            match e.kind() {
                // The token endpoint refusing the credentials is an authentication failure.
                ErrorKind::BadRequest => e.with_kind(ErrorKind::Unauthorized),
                _ => e,
            }
        })?;
        let grant = parse_token_answer(&reply.body)?;
        let margin = REFRESH_MARGIN.min(grant.lifetime / 10);
        let now = Instant::now();
        Ok(CachedToken {
            header: format!("Bearer {}", grant.access_token),
            // MAX_LIFETIME keeps this far from the end of the clock; checked all the same.
            refresh_at: now.checked_add(grant.lifetime.saturating_sub(margin)).unwrap_or(now),
        })
    }
}
