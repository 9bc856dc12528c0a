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
    /// The body's shape.
    pub shape: Shape,
}

/// The shapes of error bodies the vendor's document lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// The SCIM error of RFC 7644 (the SCIM resource endpoints).
    Scim,
    /// `FrontendHandledBackendError` `{"frontendErrorKey", "errorInformation"}` (a discovery 400).
    Frontend,
    /// `ExceptionReference` `{"reference", "message", "shortMessage"}` (a discovery 500).
    ExceptionReference,
}

impl Failure {
    /// A 400 with a scimType.
    pub fn bad(scim_type: &'static str, detail: impl Into<String>) -> Self {
        Failure { status: 400, scim_type: Some(scim_type), detail: detail.into(), shape: Shape::Scim }
    }

    /// Any status without a scimType.
    pub fn status(status: u16, detail: impl Into<String>) -> Self {
        Failure { status, scim_type: None, detail: detail.into(), shape: Shape::Scim }
    }

    /// A discovery 400 in the vendor's `FrontendHandledBackendError` shape.
    pub fn frontend(detail: impl Into<String>) -> Self {
        Failure { status: 400, scim_type: None, detail: detail.into(), shape: Shape::Frontend }
    }

    /// A 500 in the vendor's `ExceptionReference` shape, with a reference id for support.
    pub fn exception_reference(detail: impl Into<String>) -> Self {
        Failure { status: 500, scim_type: None, detail: detail.into(), shape: Shape::ExceptionReference }
    }

    /// A 404 for a resource id.
    pub fn not_found(kind: &str, id: &str) -> Self {
        Failure::status(404, format!("{kind} {id} not found"))
    }

    /// The error body, in this failure's shape.
    pub fn body(&self) -> Value {
        match self.shape {
            Shape::Scim => {}
            Shape::Frontend => {
                return json!({"frontendErrorKey": "scim.discovery.badRequest", "errorInformation": {"message": self.detail}});
            }
            Shape::ExceptionReference => {
                let reference = crate::clock::new_id();
                return json!({"reference": reference, "message": self.detail, "shortMessage": "Internal Server Error"});
            }
        }
        let mut v = json!({
            "schemas": [crate::resources::urn::ERROR],
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
