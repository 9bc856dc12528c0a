//! Plain JavaScript data in: objects become core models through serde; option names are the
//! core's, in camelCase (`baseUrl`, `retryDeadline`), with the core's units (seconds), and are
//! converted to the core's keys, which the core checks (an unknown name is an error).

use celonis_scim::CancelToken;
use napi::bindgen_prelude::{Env, FnArgs, Function, JsObjectValue, Object, Unknown};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::errors::bad_input;

/// Reads a JS value (as JSON) into a core model; a `validation` error naming `what` if it does
/// not fit.
pub fn model<T: DeserializeOwned>(value: Value, what: &str) -> celonis_scim::Result<T> {
    serde_json::from_value(value).map_err(|e| bad_input(what, e))
}

/// Converts option names to the core's keys, `camelCase` to `snake_case` (`baseUrl` is
/// `base_url`, `latencyMs` is `latency_ms`). Values are data and keep their keys
/// (`seats: { ANALYST: 2 }`), except the `oauth2` settings, whose names are converted too.
/// `null` and `undefined` members are dropped so that the core's defaults apply.
pub fn options(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| {
                    let key = snake_case(&k);
                    let v = if key == "oauth2" { options(v) } else { v };
                    (key, v)
                })
                .collect(),
        ),
        other => other,
    }
}

/// A call's options as given: its own settings (core names; the core refuses unknown ones) and
/// the token that its `signal` (an `AbortSignal`) cancels.
pub struct CallOptions {
    /// The settings, with the core's names, `signal` taken out.
    pub values: Value,
    /// Cancelled when the signal aborts (at once if it already has).
    pub cancel: CancelToken,
}

impl CallOptions {
    /// Reads a call's options object (`undefined` gives no settings and a token nobody cancels).
    pub fn read(env: &Env, given: Option<Object<'_>>) -> napi::Result<Self> {
        let cancel = CancelToken::new();
        let Some(object) = given else { return Ok(CallOptions { values: Value::Object(Default::default()), cancel }) };
        if let Some(signal) = object.get::<Object<'_>>("signal")? {
            watch(env, &signal, &cancel)?;
        }
        // Every setting but the signal, which is no data.
        let mut values = serde_json::Map::new();
        let names: Vec<String> = env.from_js_value(object.get_property_names()?)?;
        for name in names.into_iter().filter(|n| n != "signal") {
            let value: Unknown<'_> = object.get_named_property(&name)?;
            values.insert(name, env.from_js_value(value)?);
        }
        Ok(CallOptions { values: options(Value::Object(values)), cancel })
    }

    /// The settings as the core's options type; unknown names are a `validation` error.
    pub fn parse<T: DeserializeOwned>(&self) -> celonis_scim::Result<T> {
        serde_json::from_value(self.values.clone()).map_err(|e| bad_input("options", e))
    }
}

/// Cancels `cancel` when `signal` aborts: now if it has, else from its `abort` event.
fn watch(env: &Env, signal: &Object<'_>, cancel: &CancelToken) -> napi::Result<()> {
    if signal.get::<bool>("aborted")?.unwrap_or(false) {
        cancel.cancel();
        return Ok(());
    }
    let token = cancel.clone();
    let on_abort = env.create_function_from_closure("onAbort", move |_| {
        token.cancel();
        Ok(())
    })?;
    let add: Function<'_, FnArgs<(&str, Function<'_, (), ()>)>, ()> = signal.get_named_property("addEventListener")?;
    add.apply(signal, FnArgs::from(("abort", on_abort)))
}

/// The options of a call that has no settings of its own: only `signal`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoSettings {}

fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}
