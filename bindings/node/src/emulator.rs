//! The Celonis emulator, embedded, so that Node users can test their automations offline.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use celonis_scim_emulator::{EmulatorConfig, Fault};
use napi::bindgen_prelude::*;
use napi_derive::napi;
use serde_json::Value;

use crate::convert::options;
use crate::errors::to_js;
use crate::task;

type Running = Arc<Mutex<Option<celonis_scim_emulator::Emulator>>>;

/// A Celonis emulator on 127.0.0.1. `await Emulator.start({ seats: { ANALYST: 5 }, latencyMs })`.
#[napi]
pub struct Emulator {
    running: Running,
    url: String,
    token: String,
    token_url: String,
}

impl Emulator {
    fn with<T>(&self, env: &Env, f: impl FnOnce(&celonis_scim_emulator::Emulator) -> T) -> Result<T> {
        let guard = self.running.lock().unwrap_or_else(|p| p.into_inner());
        guard.as_ref().map(f).ok_or_else(|| to_js(env, &celonis_scim::Error::config("the emulator is stopped")))
    }
}

#[napi]
impl Emulator {
    /// Starts an emulator. Options: `port`, `token`, `seats` ({ role: n }), `adminRole`,
    /// `defaultCount`, `maxCount`, `bulkMaxOperations`, `bulkMaxPayload`, `rejectFilter`,
    /// `state` (a file path), `latencyMs`, `oauthClients` ({ id: secret }),
    /// `oauthTokenLifetime` (seconds).
    #[napi(ts_args_type = "options?: EmulatorOptions", ts_return_type = "Promise<Emulator>")]
    pub fn start<'e>(env: &'e Env, options_value: Option<Value>) -> Result<Object<'e>> {
        let opts = options(options_value.unwrap_or(Value::Object(Default::default())));
        let start = move || {
            let config = serde_json::from_value::<EmulatorConfig>(opts)
                .map_err(|e| celonis_scim::Error::config(format!("invalid emulator options: {e}")))?;
            celonis_scim_emulator::Emulator::start(config)
                .map_err(|e| celonis_scim::Error::config(format!("cannot start the emulator: {e}")))
        };
        task::spawn(env, start, |_, emu| {
            Ok(Emulator {
                url: emu.url().to_owned(),
                token: emu.token().to_owned(),
                token_url: emu.token_url(),
                running: Arc::new(Mutex::new(Some(emu))),
            })
        })
    }

    /// The SCIM base URL, `http://127.0.0.1:PORT/scim/v2`.
    #[napi(getter)]
    pub fn url(&self, env: Env) -> Result<String> {
        crate::errors::guard(&env, || Ok(self.url.clone()))
    }

    /// The accepted bearer token.
    #[napi(getter)]
    pub fn token(&self, env: Env) -> Result<String> {
        crate::errors::guard(&env, || Ok(self.token.clone()))
    }

    /// The OAuth 2.0 token endpoint.
    #[napi(getter)]
    pub fn token_url(&self, env: Env) -> Result<String> {
        crate::errors::guard(&env, || Ok(self.token_url.clone()))
    }

    /// Queues a fault for the next `count` SCIM answers: `rate_limit` ({ retryAfter }),
    /// `rate_limit_reset` ({ reset }), `unavailable`, `status` ({ status, body }), `drop`,
    /// `drop_after`, `malformed`, `truncated`, `no_content`, `forbidden_empty`,
    /// `frontend_error`, `exception_reference`. Unknown parameter names are refused.
    #[napi(ts_args_type = "kind: string, count?: number, params?: Record<string, unknown>")]
    pub fn inject(&self, env: Env, kind: String, count: Option<u32>, params: Option<Value>) -> Result<()> {
        crate::errors::guard(&env, || {
            let mut map = match params.map(options) {
                Some(Value::Object(m)) => m,
                _ => serde_json::Map::new(),
            };
            map.insert("kind".into(), Value::String(kind));
            let fault: Fault = serde_json::from_value(Value::Object(map)).map_err(|e| {
                to_js(&env, &celonis_scim::Error::validation("fault", "invalidValue", format!("not a fault: {e}")))
            })?;
            self.with(&env, |e| e.inject(fault, count.unwrap_or(1)))
        })
    }

    /// Sets the latency added to every SCIM answer, in milliseconds.
    #[napi]
    pub fn set_latency(&self, env: Env, latency_ms: u32) -> Result<()> {
        crate::errors::guard(&env, || {
            self.with(&env, |e| e.set_latency(Duration::from_millis(u64::from(latency_ms))))
        })
    }

    /// Forgets every OAuth token issued so far.
    #[napi]
    pub fn revoke_tokens(&self, env: Env) -> Result<()> {
        crate::errors::guard(&env, || {
            self.with(&env, |e| e.revoke_tokens())
        })
    }

    /// Licence seats in use per role.
    #[napi(ts_return_type = "Record<string, number>")]
    pub fn seat_usage(&self, env: Env) -> Result<Value> {
        crate::errors::guard(&env, || {
            let usage = self.with(&env, |e| e.seat_usage())?;
            serde_json::to_value(usage).map_err(|e| napi::Error::from_reason(e.to_string()))
        })
    }

    /// Stops the emulator (idempotent).
    #[napi(ts_return_type = "Promise<void>")]
    pub fn stop<'e>(&self, env: &'e Env) -> Result<Object<'e>> {
        let running = Arc::clone(&self.running);
        let stop = move || {
            if let Some(e) = running.lock().unwrap_or_else(|p| p.into_inner()).take() {
                e.stop();
            }
            Ok(())
        };
        task::spawn(env, stop, |_, ()| Ok(()))
    }
}
