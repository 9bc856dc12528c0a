//! Building the client from flags, environment and config file (in that order of precedence),
//! or against an embedded emulator.

use std::path::PathBuf;
use std::time::Duration;

use celonis_scim::{Client, ClientAuth, ClientConfig, Error, OAuth2Config, Secret};
use celonis_scim_emulator::{Emulator, EmulatorConfig};

use crate::args::{ClientAuthArg, Connection};
use crate::config_file::{ConfigFile, SecretSource};
use crate::run::Failure;

/// A client, and the emulator it talks to when `--emulator` was given.
pub struct Connected {
    pub client: Client,
    pub _emulator: Option<Emulator>,
}

/// Flags whose values show in `ps`: a secret passed so gets a warning.
const SECRET_FLAGS: [&str; 4] = ["--token", "--app-key", "--client-secret", "--proxy-credentials"];

/// Warns about secrets given on the command line.
fn warn_about_secret_flags() {
    for arg in std::env::args() {
        if let Some(flag) = SECRET_FLAGS.iter().find(|f| arg == **f || arg.starts_with(&format!("{f}="))) {
            crate::stderr::say(
                "warn",
                &format!("warning: {flag} on the command line shows in the process list; use its environment variable, a _FILE variable or the config file"),
                serde_json::json!({"flag": flag}),
            );
        }
    }
}

/// A secret: the flag or its environment variable, else `<VAR>_FILE`, else the config file.
fn secret(flag: &Option<Secret>, var: &str, from_file: &Option<SecretSource>, what: &str) -> Result<Option<Secret>, Error> {
    if let Some(s) = flag {
        return Ok(Some(s.clone()));
    }
    if let Some(s) = celonis_scim::celonis_env::env_secret(var, &celonis_scim::celonis_env::process_env)? {
        return Ok(Some(s));
    }
    from_file.as_ref().map(|s| s.resolve(what)).transpose()
}

/// The client configuration the flags, environment and config file describe (no emulator).
fn client_config(conn: &Connection, file: &ConfigFile) -> Result<ClientConfig, Error> {
    let f = &file.connection;
    let mut config = ClientConfig {
        base_url: conn.url.clone().or_else(|| f.url.clone()).unwrap_or_default(),
        token: secret(&conn.token, "CELONIS_SCIM_TOKEN", &f.token, "token")?,
        app_key: secret(&conn.app_key, "CELONIS_SCIM_APP_KEY", &f.app_key, "app_key")?,
        ..ClientConfig::default()
    };
    if let Some(token_url) = conn.oauth_token_url.clone().or_else(|| f.oauth_token_url.clone()) {
        let id = conn.client_id.clone().or_else(|| f.client_id.clone()).ok_or_else(|| Error::config("the OAuth token URL needs a client id"))?;
        let secret = secret(&conn.client_secret, "CELONIS_SCIM_CLIENT_SECRET", &f.client_secret, "client_secret")?
            .ok_or_else(|| Error::config("the OAuth token URL needs a client secret"))?;
        let mut o = OAuth2Config::new(token_url, id, secret);
        let auth = match (conn.client_auth, f.client_auth.as_deref()) {
            (Some(ClientAuthArg::Basic), _) | (None, Some("basic")) => Some(ClientAuth::Basic),
            (Some(ClientAuthArg::Post), _) | (None, Some("post")) => Some(ClientAuth::Post),
            (None, None) => None,
            (None, Some(other)) => return Err(Error::config(format!("[connection] client_auth {other:?} is not basic or post"))),
        };
        if let Some(a) = auth {
            o.client_auth = a;
        }
        config.oauth2 = Some(o);
    }
    // Celonis's own variables (CELONIS_URL, CELONIS_API_TOKEN, CELONIS_KEY_TYPE) fill in only
    // what the flags, CELONIS_SCIM_* variables and the config file left unset.
    celonis_scim::celonis_env::fill(&mut config, &celonis_scim::celonis_env::process_env)?;
    if config.base_url.is_empty() {
        return Err(Error::config("no URL: pass --url, set CELONIS_SCIM_URL, [connection] url or CELONIS_URL (the team's URL), or use --emulator"));
    }
    settings(&mut config, conn, file)?;
    Ok(config)
}

/// Timeout, retries, admin role, plain http and the proxy: flags over the file over the
/// core's defaults.
fn settings(config: &mut ClientConfig, conn: &Connection, file: &ConfigFile) -> Result<(), Error> {
    let f = &file.connection;
    if let Some(t) = conn.timeout.or(f.timeout) {
        config.timeout = Duration::try_from_secs_f64(t).map_err(|_| Error::config(format!("timeout {t} is not a number of seconds")))?;
    }
    if let Some(r) = conn.max_retries.or(f.max_retries) {
        config.max_retries = r;
    }
    if let Some(a) = conn.admin_role.clone().or_else(|| f.admin_role.clone()) {
        config.admin_role = a;
    }
    config.allow_insecure_http = conn.allow_insecure_http;
    config.trust = match conn.trust {
        Some(crate::args::TrustArg::Bundled) => celonis_scim::Trust::Bundled,
        Some(crate::args::TrustArg::System) => celonis_scim::Trust::System,
        None => f.trust.unwrap_or_default(),
    };
    config.proxy = conn.proxy.clone().or_else(|| f.proxy.clone());
    config.proxy_credentials = secret(&conn.proxy_credentials, "CELONIS_SCIM_PROXY_CREDENTIALS", &f.proxy_credentials, "proxy_credentials")?;
    Ok(())
}

/// Builds the client; every default comes from the core.
pub fn connect(conn: &Connection, file: &ConfigFile) -> Result<Connected, Error> {
    warn_about_secret_flags();
    if !conn.emulator {
        return Ok(Connected { client: Client::new(client_config(conn, file)?)?, _emulator: None });
    }
    let emu = Emulator::start(EmulatorConfig::default()).map_err(|e| Error::config(format!("cannot start the embedded emulator: {e}")))?;
    let mut config = ClientConfig { base_url: emu.url().to_owned(), token: Some(Secret::new(emu.token())), ..ClientConfig::default() };
    settings(&mut config, conn, file)?;
    Ok(Connected { client: Client::new(config)?, _emulator: Some(emu) })
}

/// `config check`: the file parses, its values are valid, every secret it names can be read,
/// and a client can be built from it (nothing is sent).
pub fn check(conn: &Connection, file: &ConfigFile) -> Result<(), Failure> {
    if file.path.as_os_str().is_empty() {
        return Err(Failure::Scim(Error::config(format!("no config file: pass --config FILE or create {}", crate::config_file::DEFAULT_NAME))));
    }
    let client = Client::new(client_config(conn, file)?)?;
    if let Some(input) = file.input.file.as_deref().filter(|f| !f.is_file()) {
        return Err(Failure::Scim(Error::config(format!("[input] file: {} is not a readable file", input.display()))));
    }
    if let Some(name) = &file.input.preset {
        celonis_scim::sync::Mapping::preset(name).map_err(|e| Failure::Scim(Error::config(format!("[input] preset: {e}"))))?;
    } else if let Some(m) = &file.input.mapping {
        celonis_scim::sync::Mapping::from_file(m).map_err(|e| Failure::Scim(Error::config(format!("[input] mapping: {e}"))))?;
    }
    for (role, _) in &file.plan.seat_limits {
        if client.roles().rank(role).is_none() {
            return Err(Failure::Scim(Error::config(format!("[plan] seat_limits: {role:?} is not a role"))));
        }
    }
    let sources = [("token", &file.connection.token), ("app_key", &file.connection.app_key), ("client_secret", &file.connection.client_secret)];
    println!("{}: OK", file.path.display());
    println!("  team: {}", client.base_url());
    for (name, source) in sources {
        if let Some(s) = source {
            println!("  {name}: read from {}", s.describe());
        }
    }
    println!("  journal: {}", crate::sync_cmd::journal_dir(std::env::var_os("CELONIS_SCIM_JOURNAL").map(PathBuf::from).as_deref(), file).display());
    Ok(())
}
