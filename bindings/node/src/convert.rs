//! Plain JavaScript data in: objects become core models through serde; option names are
//! converted from camelCase (`baseUrl`, `timeoutMs`) to the core's configuration keys.

use celonis_scim::Error;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::errors::bad_input;

/// Reads a JS value (as JSON) into a core model; a `validation` error naming `what` if it does
/// not fit.
pub fn model<T: DeserializeOwned>(value: Value, what: &str) -> Result<T, Error> {
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

/// Client options: [`options`], then durations given in milliseconds (`timeoutMs: 2500`)
/// become the core's seconds (`timeout: 2.5`).
pub fn client_options(value: Value) -> Value {
    match options(value) {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| match (k.strip_suffix("_ms"), v.as_f64()) {
                    (Some(base), Some(ms)) => (base.to_owned(), Value::from(ms / 1000.0)),
                    _ => (k, v),
                })
                .collect(),
        ),
        other => other,
    }
}

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
