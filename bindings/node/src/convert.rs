//! Plain JavaScript data in: objects become core models through serde; option names are
//! converted from camelCase (`baseUrl`, `timeoutMs`) to the core's configuration keys.

use celonis_scim::Error;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::errors::bad_input;

/// Reads a JS value (as JSON) into a core model; a `validation` error naming `what` if it does
/// not fit.
pub fn model<T: DeserializeOwned>(value: Value, what: &str) -> Result<T, Error> {
    serde_json::from_value(value).map_err(|e| bad_input(what, e))
}

/// Converts option names to the core's keys: `camelCase` to `snake_case`, and `...Ms`
/// milliseconds to seconds (`timeoutMs: 2500` is `timeout: 2.5`). Values are data and keep
/// their keys (`seats: { ANALYST: 2 }`), except the `oauth2` settings, whose names are
/// converted too. `null` and `undefined` members are dropped so that the core's defaults apply.
pub fn options(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                if v.is_null() {
                    continue;
                }
                let key = snake_case(&k);
                match (key.strip_suffix("_ms"), v.as_f64()) {
                    (Some(base), Some(ms)) => {
                        out.insert(base.to_owned(), Value::from(ms / 1000.0));
                    }
                    _ if key == "oauth2" => {
                        out.insert(key, options(v));
                    }
                    _ => {
                        out.insert(key, v);
                    }
                }
            }
            Value::Object(out)
        }
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
