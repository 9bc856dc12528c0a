//! A SCIM error answer, as the emulator sends it.

use serde_json::{Value, json};

/// An error answer: status, SCIM `scimType` and `detail`.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The HTTP status.
    pub status: u16,
    /// The SCIM error type (`uniqueness`, `invalidValue`, `tooMany`, ...).
    pub scim_type: Option<&'static str>,
    /// The explanation.
    pub detail: String,
}

impl Failure {
    /// A 400 with a scimType.
    pub fn bad(scim_type: &'static str, detail: impl Into<String>) -> Self {
        Failure { status: 400, scim_type: Some(scim_type), detail: detail.into() }
    }

    /// Any status without a scimType.
    pub fn status(status: u16, detail: impl Into<String>) -> Self {
        Failure { status, scim_type: None, detail: detail.into() }
    }

    /// A 404 for a resource id.
    pub fn not_found(kind: &str, id: &str) -> Self {
        Failure::status(404, format!("{kind} {id} not found"))
    }

    /// The SCIM error body.
    pub fn body(&self) -> Value {
        let mut v = json!({
            "schemas": [celonis_scim::model::urn::ERROR],
            "status": self.status.to_string(),
            "detail": self.detail,
        });
        if let Some(t) = self.scim_type {
            v["scimType"] = Value::String(t.to_owned());
        }
        v
    }
}

/// The result of a store operation.
pub type Outcome<T> = Result<T, Failure>;
