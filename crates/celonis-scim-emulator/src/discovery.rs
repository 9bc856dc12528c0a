//! Discovery documents that tell the truth about this emulator (and about Celonis): no PATCH,
//! no filter, no sort, no ETag, bulk with its limits.

use crate::resources::urn;
use serde_json::{Value, json};

use crate::failure::{Failure, Outcome};
use crate::shared::Shared;

/// `GET /ServiceProviderConfig`.
pub fn service_provider_config(shared: &Shared) -> Value {
    let c = &shared.config;
    json!({
        "schemas": [urn::SERVICE_PROVIDER_CONFIG],
        "patch": {"supported": false},
        "bulk": {"supported": true, "maxOperations": c.bulk_max_operations, "maxPayloadSize": c.bulk_max_payload},
        "filter": {"supported": false, "maxResults": c.max_count},
        "changePassword": {"supported": false},
        "sort": {"supported": false},
        "etag": {"supported": false},
        "authenticationSchemes": [
            {"type": "oauthbearertoken", "name": "OAuth Bearer Token", "description": "Authorization: Bearer TOKEN (an OAuth 2.0 access token with scope user-provisioning.scim, or an API key)", "primary": true},
            {"type": "appkey", "name": "Application Key", "description": "Authorization: AppKey KEY"}
        ],
        "meta": {"resourceType": "ServiceProviderConfig", "location": format!("{}/ServiceProviderConfig", shared.base_url)},
    })
}

fn attr(name: &str, kind: &str, multi: bool, required: bool, mutability: &str) -> Value {
    json!({
        "name": name, "type": kind, "multiValued": multi, "required": required,
        "caseExact": false, "mutability": mutability, "returned": "default", "uniqueness": "none",
    })
}

fn all_schemas(shared: &Shared) -> Vec<Value> {
    let admin = &shared.config.admin_role;
    let mut user_name = attr("userName", "string", false, true, "readWrite");
    user_name["uniqueness"] = json!("server");
    let mut emails = attr("emails", "complex", true, false, "immutable");
    emails["description"] = json!("Email updates are forbidden");
    let mut role = attr("role", "string", false, false, "readWrite");
    role["canonicalValues"] = json!(["MEMBER", "ANALYST", admin]);
    let mut group_role = role.clone();
    group_role["description"] = json!("Granted to every member; a user's effective role is the highest of its own and its groups' roles");
    let mut display = attr("displayName", "string", false, true, "readWrite");
    display["uniqueness"] = json!("server");
    let schema = |id: &str, name: &str, attrs: Vec<Value>| {
        json!({
            "schemas": [urn::SCHEMA], "id": id, "name": name, "attributes": attrs,
            "meta": {"resourceType": "Schema", "location": format!("{}/Schemas/{id}", shared.base_url)},
        })
    };
    vec![
        schema(urn::USER, "User", vec![
            user_name,
            attr("name", "complex", false, false, "readWrite"),
            attr("displayName", "string", false, false, "readWrite"),
            emails,
            attr("phoneNumbers", "complex", true, false, "readWrite"),
            attr("active", "boolean", false, false, "readWrite"),
            attr("externalId", "string", false, false, "readWrite"),
            attr("groups", "complex", true, false, "readOnly"),
        ]),
        schema(urn::CELONIS_USER, "Celonis User", vec![role, attr("sendEmailOnInvitation", "boolean", false, false, "writeOnly")]),
        schema(urn::GROUP, "Group", vec![
            display,
            attr("members", "complex", true, false, "readWrite"),
            attr("externalId", "string", false, false, "readWrite"),
            group_role,
        ]),
    ]
}

/// `GET /Schemas`.
pub fn schemas(shared: &Shared) -> Value {
    list(all_schemas(shared))
}

/// `GET /Schemas/{urn}`.
pub fn schema(shared: &Shared, id: &str) -> Outcome<Value> {
    all_schemas(shared)
        .into_iter()
        .find(|s| s["id"].as_str().is_some_and(|i| i.eq_ignore_ascii_case(id)))
        // The document lists no 404 here: an unknown schema is a 400 in its discovery shape.
        .ok_or_else(|| Failure::frontend(format!("Schema {id} not found")))
}

fn all_resource_types(shared: &Shared) -> Vec<Value> {
    let rt = |name: &str, endpoint: &str, schema: &str, ext: Option<&str>| {
        let mut v = json!({
            "schemas": [urn::RESOURCE_TYPE], "id": name, "name": name, "endpoint": endpoint, "schema": schema,
            "meta": {"resourceType": "ResourceType", "location": format!("{}/ResourceTypes/{name}", shared.base_url)},
        });
        if let Some(e) = ext {
            v["schemaExtensions"] = json!([{"schema": e, "required": false}]);
        }
        v
    };
    vec![rt("User", "/Users", urn::USER, Some(urn::CELONIS_USER)), rt("Group", "/Groups", urn::GROUP, None)]
}

/// `GET /ResourceTypes`.
pub fn resource_types(shared: &Shared) -> Value {
    list(all_resource_types(shared))
}

/// `GET /ResourceTypes/{name}`.
pub fn resource_type(shared: &Shared, name: &str) -> Outcome<Value> {
    all_resource_types(shared)
        .into_iter()
        .find(|t| t["id"].as_str().is_some_and(|i| i.eq_ignore_ascii_case(name)))
        .ok_or_else(|| Failure::frontend(format!("ResourceType {name} not found")))
}

fn list(items: Vec<Value>) -> Value {
    json!({"schemas": [urn::LIST_RESPONSE], "totalResults": items.len(), "startIndex": 1, "itemsPerPage": items.len(), "Resources": items})
}
