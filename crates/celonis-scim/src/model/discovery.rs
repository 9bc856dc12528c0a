//! Discovery documents: ServiceProviderConfig, Schema and ResourceType.

use serde_json::Value;

use crate::model::common::Meta;
use crate::model::lenient::{LenientBool, LenientU64, NullableVec, scim_struct};

scim_struct! {
    /// Whether an optional feature is supported (`patch`, `sort`, `etag`, ...).
    pub struct Supported {
        "supported" => supported: Option<bool> as LenientBool,
    }
    containers = [];
}

scim_struct! {
    /// Bulk support and its limits.
    pub struct BulkSupport {
        "supported" => supported: Option<bool> as LenientBool,
        /// The most operations one bulk request may hold.
        "maxOperations" => max_operations: Option<u64> as LenientU64,
        /// The largest bulk request body, in bytes.
        "maxPayloadSize" => max_payload_size: Option<u64> as LenientU64,
    }
    containers = [];
}

scim_struct! {
    /// Filter support and the most results one answer holds.
    pub struct FilterSupport {
        "supported" => supported: Option<bool> as LenientBool,
        /// The most resources one answer holds.
        "maxResults" => max_results: Option<u64> as LenientU64,
    }
    containers = [];
}

scim_struct! {
    /// What the service provider supports (`GET /ServiceProviderConfig`).
    pub struct ServiceProviderConfig {
        "schemas" => schemas: Vec<String> as NullableVec<String>,
        "documentationUri" => documentation_uri: Option<String>,
        "patch" => patch: Option<Supported>,
        "bulk" => bulk: Option<BulkSupport>,
        "filter" => filter: Option<FilterSupport>,
        "changePassword" => change_password: Option<Supported>,
        "sort" => sort: Option<Supported>,
        "etag" => etag: Option<Supported>,
        "authenticationSchemes" => authentication_schemes: Vec<Value> as NullableVec<Value>,
        "meta" => meta: Option<Meta>,
    }
    containers = [];
}

scim_struct! {
    /// A schema definition (`GET /Schemas`).
    pub struct Schema {
        "schemas" => schemas: Vec<String> as NullableVec<String>,
        /// The schema URN.
        "id" => id: Option<String>,
        "name" => name: Option<String>,
        "description" => description: Option<String>,
        /// The attribute definitions, as the server wrote them.
        "attributes" => attributes: Vec<Value> as NullableVec<Value>,
        "meta" => meta: Option<Meta>,
    }
    containers = [];
}

scim_struct! {
    /// A schema extension of a resource type.
    pub struct SchemaExtension {
        "schema" => schema: Option<String>,
        "required" => required: Option<bool> as LenientBool,
    }
    containers = [];
}

scim_struct! {
    /// A resource type (`GET /ResourceTypes`).
    pub struct ResourceType {
        "schemas" => schemas: Vec<String> as NullableVec<String>,
        "id" => id: Option<String>,
        "name" => name: Option<String>,
        "description" => description: Option<String>,
        /// The endpoint, relative to the base URL (`/Users`).
        "endpoint" => endpoint: Option<String>,
        /// The core schema URN.
        "schema" => schema: Option<String>,
        "schemaExtensions" => schema_extensions: Vec<SchemaExtension> as NullableVec<SchemaExtension>,
        "meta" => meta: Option<Meta>,
    }
    containers = [];
}

impl ServiceProviderConfig {
    /// The bulk limits, if the server supports bulk: (max operations, max payload bytes).
    pub fn bulk_limits(&self) -> Option<(Option<u64>, Option<u64>)> {
        let b = self.bulk.as_ref()?;
        b.supported.unwrap_or(false).then_some((b.max_operations, b.max_payload_size))
    }
}
