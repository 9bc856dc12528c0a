//! Building the client from flags and environment, or against an embedded emulator.

use std::time::Duration;

use celonis_scim::{Client, ClientAuth, ClientConfig, Error, OAuth2Config, Secret};
use celonis_scim_emulator::{Emulator, EmulatorConfig};

use crate::args::{ClientAuthArg, Connection};

/// A client, and the emulator it talks to when `--emulator` was given.
pub struct Connected {
    pub client: Client,
    pub _emulator: Option<Emulator>,
}

/// Builds the client the flags describe; every default comes from the core.
pub fn connect(conn: &Connection) -> Result<Connected, Error> {
    let mut config = ClientConfig::default();
    let mut emulator = None;
    if conn.emulator {
        let emu = Emulator::start(EmulatorConfig::default())
            .map_err(|e| Error::config(format!("cannot start the embedded emulator: {e}")))?;
        config.base_url = emu.url().to_owned();
        config.token = Some(Secret::new(emu.token()));
        emulator = Some(emu);
    } else {
        config.base_url = conn.url.clone().ok_or_else(|| Error::config("no URL: pass --url or set CELONIS_SCIM_URL (or use --emulator)"))?;
        config.token = conn.token.clone();
        config.app_key = conn.app_key.clone();
        if let Some(token_url) = &conn.oauth_token_url {
            let id = conn.client_id.clone().ok_or_else(|| Error::config("--oauth-token-url needs --client-id"))?;
            let secret = conn.client_secret.clone().ok_or_else(|| Error::config("--oauth-token-url needs --client-secret"))?;
            let mut o = OAuth2Config::new(token_url.clone(), id, secret);
            if let Some(a) = conn.client_auth {
                o.client_auth = match a {
                    ClientAuthArg::Basic => ClientAuth::Basic,
                    ClientAuthArg::Post => ClientAuth::Post,
                };
            }
            config.oauth2 = Some(o);
        }
    }
    if let Some(t) = conn.timeout {
        config.timeout = Duration::try_from_secs_f64(t).map_err(|_| Error::config(format!("--timeout {t} is not a number of seconds")))?;
    }
    if let Some(r) = conn.max_retries {
        config.max_retries = r;
    }
    if let Some(a) = &conn.admin_role {
        config.admin_role = a.clone();
    }
    config.allow_insecure_http = conn.allow_insecure_http;
    Ok(Connected { client: Client::new(config)?, _emulator: emulator })
}
