//! What the generic client code needs to know about a resource type.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// A SCIM resource served under its own endpoint (`/Users`, `/Groups`).
pub trait Resource: Serialize + DeserializeOwned + Clone + Send + Sync + 'static {
    /// The endpoint under the base URL, with its leading slash.
    const ENDPOINT: &'static str;
    /// The resource type's name (`User`, `Group`).
    const RESOURCE_TYPE: &'static str;

    /// The server-assigned id, when known.
    fn id(&self) -> Option<&str>;

    /// The body this resource is sent as: read-only attributes removed, `schemas` filled in,
    /// values written the way the vendor's examples write them.
    fn to_wire(&self) -> Value;
}

/// Serializes a model into a JSON object.
pub(crate) fn to_object<T: Serialize>(value: &T) -> Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map,
        // Models always serialize to objects; anything else would be a bug in a model.
        _ => Map::new(),
    }
}

/// Makes sure `schemas` lists `urn` (appending it if absent).
pub(crate) fn ensure_schema(map: &mut Map<String, Value>, urn: &str) {
    let entry = map.entry("schemas").or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(list) = entry
        && !list.iter().any(|v| v.as_str().is_some_and(|s| s.eq_ignore_ascii_case(urn))) {
            list.push(Value::String(urn.to_owned()));
        }
}

/// Reads a resource from a JSON value, as a `decode` error naming the type when it is not one.
pub fn from_value<T: DeserializeOwned>(value: Value, what: &str) -> Result<T> {
    serde_json::from_value(value).map_err(|e| Error::decode(format!("not a valid {what}: {e}")))
}
