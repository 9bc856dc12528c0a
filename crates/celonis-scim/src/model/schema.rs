//! JSON Schemas of the wire resources (with the `schema` feature): a user and a group as the
//! SCIM API carries them, camelCase attributes, the Celonis extension at the top level. Open
//! objects: a resource keeps attributes this client does not know.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::{Group, User};

impl JsonSchema for User {
    fn schema_name() -> Cow<'static, str> {
        "User".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A SCIM user as the API carries it: userName, name, displayName, emails, active, role, the Celonis extension at the top level, and any other attribute.",
            "type": "object",
            "required": ["userName"],
            "properties": {
                "id": { "type": "string" },
                "userName": { "type": "string", "minLength": 1 },
                "displayName": { "type": "string" },
                "active": { "type": "boolean" },
                "role": { "type": "string" }
            }
        })
    }
}

impl JsonSchema for Group {
    fn schema_name() -> Cow<'static, str> {
        "Group".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A SCIM group as the API carries it: displayName, members, role, and any other attribute.",
            "type": "object",
            "required": ["displayName"],
            "properties": {
                "id": { "type": "string" },
                "displayName": { "type": "string", "minLength": 1 },
                "role": { "type": "string" }
            }
        })
    }
}
