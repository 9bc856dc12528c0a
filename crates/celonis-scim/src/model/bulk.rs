//! Bulk requests and responses (RFC 7644 §3.7).
//!
//! Celonis runs the operations in order and stops after the first failure; group members may
//! refer to users created earlier in the same request as `bulkId:<id>`.

use serde_json::Value;

use crate::model::lenient::{LenientU64, NullableVec, scim_struct};
use crate::model::resource::{ensure_schema, to_object};
use crate::model::urn;

scim_struct! {
    /// One operation of a bulk request.
    pub struct BulkOperation {
        /// `POST`, `PUT` or `DELETE` (`PATCH` is not supported by Celonis).
        "method" => method: Option<String>,
        /// The resource path, relative to the base URL (`/Users`, `/Groups/<id>`).
        "path" => path: Option<String>,
        /// A client-chosen id that later operations can refer to as `bulkId:<id>`.
        "bulkId" => bulk_id: Option<String>,
        /// The version the resource must have (ETag), when the server supports it.
        "version" => version: Option<String>,
        /// The resource to send (for POST and PUT).
        "data" => data: Option<Value>,
    }
    containers = [];
}

scim_struct! {
    /// A bulk request: operations to run in sequence.
    pub struct BulkRequest {
        "schemas" => schemas: Vec<String> as NullableVec<String>,
        /// Stop after this many failures (Celonis always stops after the first).
        "failOnErrors" => fail_on_errors: Option<u64> as LenientU64,
        /// The operations, in order.
        "Operations" => operations: Vec<BulkOperation> as NullableVec<BulkOperation>,
    }
    containers = [];
}

scim_struct! {
    /// The outcome of one bulk operation.
    pub struct BulkOperationResponse {
        /// The operation's method.
        "method" => method: Option<String>,
        /// The operation's bulkId, when it had one.
        "bulkId" => bulk_id: Option<String>,
        /// The resource's version after the operation.
        "version" => version: Option<String>,
        /// The resource's URL (for a successful POST, where the new id can be read).
        "location" => location: Option<String>,
        /// The HTTP status of the operation, as the server wrote it (`"201"`, `201`, `{"code":..}`).
        "status" => status: Option<Value>,
        /// The operation's answer body (the SCIM error, for a failed operation).
        "response" => response: Option<Value>,
    }
    containers = [];
}

scim_struct! {
    /// The answer to a bulk request: one entry per operation that ran.
    pub struct BulkResponse {
        "schemas" => schemas: Vec<String> as NullableVec<String>,
        /// The outcomes, in the order the operations ran.
        "Operations" => operations: Vec<BulkOperationResponse> as NullableVec<BulkOperationResponse>,
    }
    containers = [];
}

impl BulkRequest {
    /// The request as sent: with its message schema and, unless set, `failOnErrors: 1`
    /// as in the vendor's examples.
    pub fn to_wire(&self) -> Value {
        let mut map = to_object(self);
        ensure_schema(&mut map, urn::BULK_REQUEST);
        map.entry("failOnErrors").or_insert(Value::from(1));
        Value::Object(map)
    }
}

impl BulkOperationResponse {
    /// The operation's HTTP status as a number, whichever way the server wrote it.
    pub fn status_code(&self) -> Option<u16> {
        match self.status.as_ref()? {
            Value::Number(n) => n.as_u64().and_then(|n| u16::try_from(n).ok()),
            Value::String(s) => s.trim().get(..3).and_then(|s| s.parse().ok()),
            Value::Object(m) => m
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("code"))
                .and_then(|(_, v)| v.as_u64().or_else(|| v.as_str()?.parse().ok()))
                .and_then(|n| u16::try_from(n).ok()),
            _ => None,
        }
    }

    /// Whether the operation succeeded (a 2xx status).
    pub fn is_success(&self) -> bool {
        self.status_code().is_some_and(|s| (200..300).contains(&s))
    }

    /// The id of the resource the operation created or changed, read from `location`.
    pub fn resource_id(&self) -> Option<&str> {
        let loc = self.location.as_deref()?.trim_end_matches('/');
        loc.rsplit('/').next().filter(|s| !s.is_empty())
    }
}
