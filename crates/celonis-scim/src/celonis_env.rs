//! The environment variables Celonis's own tools use (pycelonis reads them so): `CELONIS_URL`
//! (the team's URL, `https://TEAM.REALM.celonis.cloud`), `CELONIS_API_TOKEN` and
//! `CELONIS_KEY_TYPE` (`USER_KEY`, sent as `Bearer`, the default; or `APP_KEY`, sent as
//! `AppKey`). They are read only where this project's own settings are not given: a flag, a
//! `CELONIS_SCIM_*` variable (or its `_FILE`) and the config file all win over them.

use crate::config::{ClientConfig, Secret};
use crate::error::{Error, Result};

/// The team's URL.
pub const URL: &str = "CELONIS_URL";
/// The API key.
pub const API_TOKEN: &str = "CELONIS_API_TOKEN";
/// `USER_KEY` or `APP_KEY`.
pub const KEY_TYPE: &str = "CELONIS_KEY_TYPE";

/// The path of the SCIM API below a team's URL, as the vendor's overview page gives it (plus
/// the document's `/scim/v2`).
pub const SCIM_PATH: &str = "/api/user-provisioning/scim/v2";

/// The SCIM base URL of a team's URL (`acme.eu-1.celonis.cloud`,
/// `https://acme.eu-1.celonis.cloud/`, or a page of it such as `.../ui/...`):
/// `https://acme.eu-1.celonis.cloud/api/user-provisioning/scim/v2`. A URL that already ends
/// with the SCIM path is kept.
pub fn scim_base_url(team_url: &str) -> Result<String> {
    let trimmed = team_url.trim();
    let with_scheme = if trimmed.contains("://") { trimmed.to_owned() } else { format!("https://{trimmed}") };
    let parsed: ureq::http::Uri = with_scheme.parse().map_err(|e| Error::config(format!("{URL} {trimmed:?} is not a URL: {e}")))?;
    let host = parsed.host().filter(|h| !h.is_empty()).ok_or_else(|| Error::config(format!("{URL} {trimmed:?} has no host")))?;
    if parsed.path().trim_end_matches('/').ends_with(SCIM_PATH) {
        return Ok(with_scheme.trim_end_matches('/').to_owned());
    }
    let port = parsed.port_u16().map(|p| format!(":{p}")).unwrap_or_default();
    Ok(format!("{}://{host}{port}{SCIM_PATH}", parsed.scheme_str().unwrap_or("https")))
}

/// The credential `CELONIS_API_TOKEN` and `CELONIS_KEY_TYPE` give, as (token, app key): one
/// of the two, or neither when the token is not set.
pub fn credential(var: &dyn Fn(&str) -> Option<String>) -> Result<(Option<Secret>, Option<Secret>)> {
    let Some(token) = var(API_TOKEN).filter(|t| !t.trim().is_empty()) else { return Ok((None, None)) };
    let token = Secret::new(token.trim());
    match var(KEY_TYPE).as_deref().map(str::trim).map(str::to_ascii_uppercase).as_deref() {
        None | Some("") | Some("USER_KEY") => Ok((Some(token), None)),
        Some("APP_KEY") => Ok((None, Some(token))),
        Some(other) => Err(Error::config(format!("{KEY_TYPE} {other:?} is not USER_KEY or APP_KEY"))),
    }
}

/// Fills what `config` lacks from Celonis's variables: the base URL from `CELONIS_URL`, and,
/// when it has no credential at all, the key from `CELONIS_API_TOKEN`.
pub fn fill(config: &mut ClientConfig, var: &dyn Fn(&str) -> Option<String>) -> Result<()> {
    if config.base_url.trim().is_empty()
        && let Some(url) = var(URL).filter(|u| !u.trim().is_empty())
    {
        config.base_url = scim_base_url(&url)?;
    }
    if config.token.is_none() && config.app_key.is_none() && config.oauth2.is_none() {
        (config.token, config.app_key) = credential(var)?;
    }
    Ok(())
}

/// A secret from the environment: the variable `name`, else the file `{name}_FILE` names
/// (its trailing newline dropped); a file that cannot be read is a `config` error naming it.
pub fn env_secret(name: &str, var: &dyn Fn(&str) -> Option<String>) -> Result<Option<Secret>> {
    if let Some(v) = var(name).filter(|v| !v.is_empty()) {
        return Ok(Some(Secret::new(v)));
    }
    let Some(path) = var(&format!("{name}_FILE")).filter(|p| !p.is_empty()) else { return Ok(None) };
    let text = crate::config_file::read_secret_file(std::path::Path::new(&path), &format!("{name}_FILE"))?;
    Ok(Some(Secret::new(text.trim_end_matches(['\r', '\n']))))
}

/// A client of the options given (a JSON object of the client configuration's keys) completed
/// from the environment as [`config_from_env`] does: what the Python and Node `from_env`
/// factories build.
pub fn client_from_env(options: serde_json::Value) -> Result<crate::Client> {
    crate::Client::new(config_from_env(ClientConfig::from_value(options)?, &process_env)?)
}

/// `config` completed from the environment: the base URL from `CELONIS_SCIM_URL`, a key from
/// `CELONIS_SCIM_TOKEN` or `CELONIS_SCIM_APP_KEY` (or a file named by `..._FILE`), where
/// `config` has none (the variables as [`ConnectionSection::from_env`] reads them); then from
/// Celonis's own variables ([`fill`]). What `config` sets wins.
///
/// [`ConnectionSection::from_env`]: crate::config_file::ConnectionSection::from_env
pub fn config_from_env(mut config: ClientConfig, var: &dyn Fn(&str) -> Option<String>) -> Result<ClientConfig> {
    let env = crate::config_file::ConnectionSection::from_env(var)?;
    let given = |source: Option<crate::config_file::SecretSource>| source.map(|s| s.resolve("", var)).transpose();
    if config.base_url.trim().is_empty()
        && let Some(url) = env.url
    {
        config.base_url = url;
    }
    if config.token.is_none() && config.app_key.is_none() && config.oauth2.is_none() {
        config.token = given(env.token)?;
        if config.token.is_none() {
            config.app_key = given(env.app_key)?;
        }
    }
    fill(&mut config, var)?;
    if config.base_url.trim().is_empty() {
        return Err(Error::config(format!("no URL: set CELONIS_SCIM_URL, or {URL} (the team's URL)")));
    }
    Ok(config)
}

/// The process environment, for [`fill`] and [`credential`].
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned())
    }

    #[test]
    fn the_scim_url_of_a_team_url() {
        let want = "https://acme.eu-1.celonis.cloud/api/user-provisioning/scim/v2";
        for given in ["acme.eu-1.celonis.cloud", "https://acme.eu-1.celonis.cloud", "https://acme.eu-1.celonis.cloud/", "https://acme.eu-1.celonis.cloud/ui/home", want, &format!("{want}/")] {
            assert_eq!(scim_base_url(given).unwrap(), want, "{given}");
        }
        assert_eq!(scim_base_url("http://127.0.0.1:8080").unwrap(), "http://127.0.0.1:8080/api/user-provisioning/scim/v2");
        assert!(scim_base_url("https://").is_err());
    }

    #[test]
    fn the_key_type_says_how_the_key_is_sent() {
        let (token, app) = credential(&vars(&[("CELONIS_API_TOKEN", "k")])).unwrap();
        assert_eq!((token.map(|t| t.expose().to_owned()), app), (Some("k".to_owned()), None), "USER_KEY by default");
        let (token, app) = credential(&vars(&[("CELONIS_API_TOKEN", "k"), ("CELONIS_KEY_TYPE", "app_key")])).unwrap();
        assert_eq!((token, app.map(|a| a.expose().to_owned())), (None, Some("k".to_owned())));
        assert!(credential(&vars(&[("CELONIS_API_TOKEN", "k"), ("CELONIS_KEY_TYPE", "BEARER")])).is_err());
    }

    #[test]
    fn this_projects_variables_win_over_celonis_ones() {
        let env = vars(&[("CELONIS_SCIM_URL", "https://scim.example/scim/v2"), ("CELONIS_URL", "acme.celonis.cloud"), ("CELONIS_SCIM_APP_KEY", "mine"), ("CELONIS_API_TOKEN", "theirs")]);
        let config = config_from_env(ClientConfig::default(), &env).unwrap();
        assert_eq!(config.base_url, "https://scim.example/scim/v2");
        assert_eq!((config.token.is_none(), config.app_key.map(|a| a.expose().to_owned())), (true, Some("mine".to_owned())));
        let celonis_only = config_from_env(ClientConfig::default(), &vars(&[("CELONIS_URL", "acme.celonis.cloud"), ("CELONIS_API_TOKEN", "t"), ("CELONIS_KEY_TYPE", "APP_KEY")])).unwrap();
        assert_eq!(celonis_only.base_url, "https://acme.celonis.cloud/api/user-provisioning/scim/v2");
        assert_eq!(celonis_only.app_key.map(|a| a.expose().to_owned()), Some("t".to_owned()));
        assert_eq!(config_from_env(ClientConfig::default(), &vars(&[])).unwrap_err().kind(), crate::ErrorKind::Config);
    }

    #[test]
    fn own_settings_win() {
        let env = vars(&[("CELONIS_URL", "acme.celonis.cloud"), ("CELONIS_API_TOKEN", "theirs")]);
        let mut mine = ClientConfig { base_url: "https://x.example/scim/v2".into(), app_key: Some(Secret::new("mine")), ..ClientConfig::default() };
        fill(&mut mine, &env).unwrap();
        assert_eq!((mine.base_url.as_str(), mine.token.is_none()), ("https://x.example/scim/v2", true));
        let mut empty = ClientConfig::default();
        fill(&mut empty, &env).unwrap();
        assert_eq!(empty.base_url, "https://acme.celonis.cloud/api/user-provisioning/scim/v2");
        assert_eq!(empty.token.map(|t| t.expose().to_owned()), Some("theirs".to_owned()));
    }
}
