//! Building the client from flags, environment and config file (in that order of precedence),
//! or against an embedded emulator.

use celonis_scim::celonis_env::process_env;
use celonis_scim::config_file::{ConfigFile, ConnectionSection, DEFAULT_NAME, SecretSource};
use celonis_scim::{Client, ClientAuth, ClientConfig, Error, Secret, Trust};
use celonis_scim_emulator::{Emulator, EmulatorConfig};

use crate::args::{ClientAuthArg, Connection, TrustArg};
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

/// What the flags (or their environment variables, which clap reads) say of the connection.
fn flags(conn: &Connection) -> ConnectionSection {
    let given = |s: &Option<Secret>| s.clone().map(SecretSource::Given);
    ConnectionSection {
        url: conn.url.clone(),
        token: given(&conn.token),
        app_key: given(&conn.app_key),
        oauth_token_url: conn.oauth_token_url.clone(),
        client_id: conn.client_id.clone(),
        client_secret: given(&conn.client_secret),
        client_auth: conn.client_auth.map(|a| match a {
            ClientAuthArg::Basic => ClientAuth::Basic,
            ClientAuthArg::Post => ClientAuth::Post,
        }),
        timeout: conn.timeout,
        max_retries: conn.max_retries,
        admin_role: conn.admin_role.clone(),
        trust: conn.trust.map(|t| match t {
            TrustArg::Bundled => Trust::Bundled,
            TrustArg::System => Trust::System,
        }),
        proxy: conn.proxy.clone(),
        proxy_credentials: given(&conn.proxy_credentials),
    }
}

/// The connection the flags, the environment and the config file describe, in that order of
/// precedence (Celonis's own variables fill what they leave unset; see the core).
fn connection(conn: &Connection, file: &ConfigFile) -> Result<ConnectionSection, Error> {
    Ok(flags(conn).or(ConnectionSection::from_env(&process_env)?).or(file.connection.clone()))
}

/// The client configuration of `connection`, with `--allow-insecure-http`.
fn client_config(conn: &Connection, connection: &ConnectionSection) -> Result<ClientConfig, Error> {
    let mut config = connection.client_config(&process_env)?;
    config.allow_insecure_http = conn.allow_insecure_http;
    Ok(config)
}

/// Builds the client; every default comes from the core.
pub fn connect(conn: &Connection, file: &ConfigFile) -> Result<Connected, Error> {
    warn_about_secret_flags();
    let connection = connection(conn, file)?;
    if !conn.emulator {
        return Ok(Connected { client: Client::new(client_config(conn, &connection)?)?, _emulator: None });
    }
    let emu = Emulator::start(EmulatorConfig::default()).map_err(|e| Error::config(format!("cannot start the embedded emulator: {e}")))?;
    // The emulator's URL and token; the other settings (timeout, proxy, ...) as given.
    let emulated = ConnectionSection { url: Some(emu.url().to_owned()), token: Some(SecretSource::Given(Secret::new(emu.token()))), app_key: None, oauth_token_url: None, ..connection };
    Ok(Connected { client: Client::new(client_config(conn, &emulated)?)?, _emulator: Some(emu) })
}

/// `config check`: the file parses, its values are valid, every secret it names can be read,
/// and a client can be built from it (nothing is sent).
pub fn check(conn: &Connection, file: &ConfigFile) -> Result<(), Failure> {
    if file.path.as_os_str().is_empty() {
        return Err(Failure::Scim(Error::config(format!("no config file: pass --config FILE or create {DEFAULT_NAME}"))));
    }
    let client = Client::new(client_config(conn, &connection(conn, file)?)?)?;
    if let Some(input) = file.input.file.as_deref().filter(|f| !f.is_file()) {
        return Err(Failure::Scim(Error::config(format!("[input] file: {} is not a readable file", input.display()))));
    }
    if let Some(name) = &file.input.preset {
        celonis_scim::sync::Mapping::preset(name).map_err(|e| Failure::Scim(Error::config(format!("[input] preset: {e}"))))?;
    } else if let Some(m) = &file.input.mapping {
        celonis_scim::sync::Mapping::from_file(m).map_err(|e| Failure::Scim(Error::config(format!("[input] mapping: {e}"))))?;
    }
    for role in file.plan.seat_limits.keys() {
        if client.roles().rank(role).is_none() {
            return Err(Failure::Scim(Error::config(format!("[plan] seat_limits: {role:?} is not a role"))));
        }
    }
    println!("{}: OK", file.path.display());
    println!("  team: {}", client.base_url());
    for (name, source) in file.connection.secret_sources() {
        println!("  {name}: read from {}", source.describe());
    }
    println!("  journal: {}", file.journal(&process_env).display());
    Ok(())
}
