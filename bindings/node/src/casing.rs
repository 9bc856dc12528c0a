//! One casing convention for Node, both ways: the main job's data reaches JavaScript with
//! camelCase field names and is read back from them ([`celonis_scim::sync::casing`] knows
//! which keys are field names).

use celonis_scim::sync::casing::{from_camel_case, to_camel_case};
use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::convert::model;

/// A core value as JavaScript data: its field names in camelCase.
pub fn to_js<T: Serialize + JsonSchema>(value: &T) -> celonis_scim::Result<Value> {
    let json = serde_json::to_value(value).map_err(|e| celonis_scim::Error::decode(format!("cannot convert the answer: {e}")))?;
    Ok(to_camel_case::<T>(json))
}

/// JavaScript data (camelCase field names) as a core value; a `validation` error naming
/// `what` when it does not fit.
pub fn from_js<T: DeserializeOwned + JsonSchema>(value: Value, what: &str) -> celonis_scim::Result<T> {
    model(from_camel_case::<T>(value), what)
}
