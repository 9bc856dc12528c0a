//! `[connection]`: where and how to connect, as the config file, the environment and the
//! command line each say it, and the client configuration they make together.

use std::time::Duration;

use serde::Deserialize;

use super::SecretSource;
use crate::celonis_env;
use crate::config::{ClientAuth, ClientConfig, OAuth2Config, Trust};
use crate::error::{Error, Result};

/// `[connection]`; also what the environment or the command line says of the same keys
/// ([`ConnectionSection::from_env`]), laid over each other with [`ConnectionSection::or`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConnectionSection {
    /// Base URL up to and including /scim/v2.
    pub url: Option<String>,
    /// Bearer token.
    pub token: Option<SecretSource>,
    /// Application key.
    pub app_key: Option<SecretSource>,
    /// OAuth 2.0 token endpoint.
    pub oauth_token_url: Option<String>,
    /// OAuth 2.0 client id.
    pub client_id: Option<String>,
    /// OAuth 2.0 client secret.
    pub client_secret: Option<SecretSource>,
    /// `basic` or `post`.
    pub client_auth: Option<ClientAuth>,
    /// Time limit of one HTTP exchange, in seconds.
    pub timeout: Option<f64>,
    /// Retries of a failed request.
    pub max_retries: Option<u32>,
    /// The SCIM value of the admin role.
    pub admin_role: Option<String>,
    /// `bundled` (the default) or `system`: which root certificates are trusted.
    pub trust: Option<Trust>,
    /// The proxy for every request, or `none` (the environment's otherwise).
    pub proxy: Option<String>,
    /// The proxy's credentials, `USER:PASSWORD`.
    pub proxy_credentials: Option<SecretSource>,
}

impl ConnectionSection {
    /// What this project's variables say: `CELONIS_SCIM_URL`, `CELONIS_SCIM_TOKEN`,
    /// `CELONIS_SCIM_APP_KEY`, `CELONIS_SCIM_OAUTH_TOKEN_URL`, `CELONIS_SCIM_CLIENT_ID`,
    /// `CELONIS_SCIM_CLIENT_SECRET`, `CELONIS_SCIM_CLIENT_AUTH`, `CELONIS_SCIM_ADMIN_ROLE`,
    /// `CELONIS_SCIM_TRUST`, `CELONIS_SCIM_PROXY` and `CELONIS_SCIM_PROXY_CREDENTIALS` (each
    /// secret also as a file named by `..._FILE`). An invalid value is a `config` error naming
    /// the variable.
    pub fn from_env(var: &dyn Fn(&str) -> Option<String>) -> Result<Self> {
        let text = |name: &str| var(&format!("CELONIS_SCIM_{name}")).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        let secret = |name: &str| Ok::<_, Error>(celonis_env::env_secret(&format!("CELONIS_SCIM_{name}"), var)?.map(SecretSource::Given));
        let client_auth = choice(var, "CLIENT_AUTH", "basic or post")?;
        let trust = choice(var, "TRUST", "bundled or system")?;
        Ok(ConnectionSection {
            url: text("URL"),
            token: secret("TOKEN")?,
            app_key: secret("APP_KEY")?,
            oauth_token_url: text("OAUTH_TOKEN_URL"),
            client_id: text("CLIENT_ID"),
            client_secret: secret("CLIENT_SECRET")?,
            client_auth,
            timeout: None,
            max_retries: None,
            admin_role: text("ADMIN_ROLE"),
            trust,
            proxy: text("PROXY"),
            proxy_credentials: secret("PROXY_CREDENTIALS")?,
        })
    }

    /// These settings over `base`, key by key; the credential (token, app key or OAuth token
    /// URL) is taken whole from the first of the two that names one, so that a key given here
    /// is never sent alongside another credential from `base`.
    pub fn or(self, base: ConnectionSection) -> ConnectionSection {
        let names_credential = self.token.is_some() || self.app_key.is_some() || self.oauth_token_url.is_some();
        let (token, app_key, oauth_token_url) = if names_credential { (self.token, self.app_key, self.oauth_token_url) } else { (base.token, base.app_key, base.oauth_token_url) };
        ConnectionSection {
            url: self.url.or(base.url),
            token,
            app_key,
            oauth_token_url,
            client_id: self.client_id.or(base.client_id),
            client_secret: self.client_secret.or(base.client_secret),
            client_auth: self.client_auth.or(base.client_auth),
            timeout: self.timeout.or(base.timeout),
            max_retries: self.max_retries.or(base.max_retries),
            admin_role: self.admin_role.or(base.admin_role),
            trust: self.trust.or(base.trust),
            proxy: self.proxy.or(base.proxy),
            proxy_credentials: self.proxy_credentials.or(base.proxy_credentials),
        }
    }

    /// The client configuration: secrets read from their sources, the OAuth client checked
    /// whole, then Celonis's own variables (`CELONIS_URL`, `CELONIS_API_TOKEN`,
    /// `CELONIS_KEY_TYPE`, read through `var`) filling only what is still unset
    /// ([`celonis_env::fill`]). No URL at all is a `config` error.
    pub fn client_config(&self, var: &dyn Fn(&str) -> Option<String>) -> Result<ClientConfig> {
        let read = |source: &Option<SecretSource>, what: &str| source.as_ref().map(|s| s.resolve(what, var)).transpose();
        let mut config = ClientConfig { base_url: self.url.clone().unwrap_or_default(), token: read(&self.token, "token")?, app_key: read(&self.app_key, "app_key")?, ..ClientConfig::default() };
        if let Some(token_url) = &self.oauth_token_url {
            let id = self.client_id.clone().ok_or_else(|| Error::config("the OAuth token URL needs a client id"))?;
            let secret = read(&self.client_secret, "client_secret")?.ok_or_else(|| Error::config("the OAuth token URL needs a client secret"))?;
            let mut oauth = OAuth2Config::new(token_url.clone(), id, secret);
            oauth.client_auth = self.client_auth.unwrap_or(oauth.client_auth);
            config.oauth2 = Some(oauth);
        }
        celonis_env::fill(&mut config, var)?;
        if config.base_url.trim().is_empty() {
            return Err(Error::config("no URL: pass --url, set CELONIS_SCIM_URL, [connection] url or CELONIS_URL (the team's URL)"));
        }
        if let Some(t) = self.timeout {
            config.timeout = Duration::try_from_secs_f64(t).map_err(|_| Error::config(format!("timeout {t} is not a number of seconds")))?;
        }
        if let Some(r) = self.max_retries {
            config.max_retries = r;
        }
        if let Some(a) = &self.admin_role {
            config.admin_role = a.clone();
        }
        config.trust = self.trust.unwrap_or_default();
        config.proxy = self.proxy.clone();
        config.proxy_credentials = read(&self.proxy_credentials, "proxy_credentials")?;
        Ok(config)
    }

    /// The secret sources this section names, by key (for `config check`).
    pub fn secret_sources(&self) -> impl Iterator<Item = (&'static str, &SecretSource)> {
        [("token", &self.token), ("app_key", &self.app_key), ("client_secret", &self.client_secret), ("proxy_credentials", &self.proxy_credentials)]
            .into_iter()
            .filter_map(|(key, source)| source.as_ref().map(|s| (key, s)))
    }
}

/// A variable whose value is one of a few words (any case); a `config` error naming it
/// otherwise.
fn choice<T: serde::de::DeserializeOwned>(var: &dyn Fn(&str) -> Option<String>, name: &str, expected: &str) -> Result<Option<T>> {
    let Some(value) = var(&format!("CELONIS_SCIM_{name}")).map(|v| v.trim().to_ascii_lowercase()).filter(|v| !v.is_empty()) else { return Ok(None) };
    serde_json::from_value(serde_json::Value::String(value)).map(Some).map_err(|_| Error::config(format!("CELONIS_SCIM_{name} is not {expected}")))
}
