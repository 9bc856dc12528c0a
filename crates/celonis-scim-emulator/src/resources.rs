//! The emulator's own wire types: what it stores, reads from requests (after the strict checks
//! of [`crate::strict`]) and writes in its answers. They share no code with the client's model,
//! so that a bug in the client's reading or writing cannot be mirrored here: the emulator is an
//! independent oracle of the vendor's document.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The URNs of the vendor's document.
pub mod urn {
    /// The core User schema.
    pub const USER: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
    /// The core Group schema.
    pub const GROUP: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
    /// The Celonis extension of a user (`role`, `sendEmailOnInvitation`).
    pub const CELONIS_USER: &str = "urn:celonis:params:scim:schemas:extension:2.0:User";
    /// A ListResponse.
    pub const LIST_RESPONSE: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    /// A BulkResponse.
    pub const BULK_RESPONSE: &str = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";
    /// An error.
    pub const ERROR: &str = "urn:ietf:params:scim:api:messages:2.0:Error";
    /// The ServiceProviderConfig.
    pub const SERVICE_PROVIDER_CONFIG: &str = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    /// A Schema.
    pub const SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Schema";
    /// A ResourceType.
    pub const RESOURCE_TYPE: &str = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
}

/// A user as the emulator keeps and answers it: the core attributes, and the Celonis
/// extension at the top level, as the vendor's examples show it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    /// The schemas of the resource.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schemas: Vec<String>,
    /// The id the emulator gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The id in the client's system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// The login, unique without regard to case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// The name's parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Name>,
    /// The name shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Email addresses; never changed once the user exists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<MultiValue>,
    /// Phone numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phone_numbers: Vec<MultiValue>,
    /// Whether the user is active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// The groups the user is in (read-only: filled in from the groups).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Reference>,
    /// The user's own role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Write-only: read from a request (a boolean, or `"true"` / `"false"`), never answered.
    #[serde(default, skip_serializing)]
    pub send_email_on_invitation: Option<Value>,
    /// Server-set metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Other attributes, kept as they came.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A group: its name, role and members.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    /// The schemas of the resource.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schemas: Vec<String>,
    /// The id the emulator gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The id in the client's system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// The name, unique without regard to case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The members (users), always answered, empty or not.
    #[serde(default)]
    pub members: Vec<Reference>,
    /// The role every member gets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Server-set metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Other attributes, kept as they came.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The parts of a name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Name {
    /// The whole name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formatted: Option<String>,
    /// The family name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
    /// The given name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// Other parts (middle name, honorifics), kept as they came.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One value of a multi-valued attribute (an email, a phone number).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MultiValue {
    /// The value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Other sub-attributes (`type`, `primary`, `display`), kept as they came.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A reference to another resource: a group's member, a user's group.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// The id referred to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// `User`, or `direct` for a user's group.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Its location.
    #[serde(default, rename = "$ref", skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// Server-set metadata.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// `User` or `Group`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// When it was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// When it last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// Its URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Its version, a weak ETag (`W/"3"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// A SearchRequest (`POST /.search`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchRequest {
    /// Attributes to return.
    #[serde(default)]
    pub attributes: Vec<String>,
    /// Attributes to leave out.
    #[serde(default)]
    pub excluded_attributes: Vec<String>,
    /// The 1-based index of the first result.
    #[serde(default)]
    pub start_index: Option<i64>,
    /// Results per page.
    #[serde(default)]
    pub count: Option<i64>,
    /// A filter (not supported by Celonis).
    #[serde(default)]
    pub filter: Option<String>,
}

/// A BulkRequest.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct BulkRequest {
    /// The operations, run in order.
    #[serde(rename = "Operations", default)]
    pub operations: Vec<BulkOperation>,
}

/// One operation of a BulkRequest.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BulkOperation {
    /// `POST`, `PUT` or `DELETE`.
    #[serde(default)]
    pub method: Option<String>,
    /// The resource path (`/Users`, `/Groups/{id}`), may name a `bulkId:`.
    #[serde(default)]
    pub path: Option<String>,
    /// The client's name of a created resource, for references later in the request.
    #[serde(default)]
    pub bulk_id: Option<String>,
    /// The resource written.
    #[serde(default)]
    pub data: Option<Value>,
}

impl User {
    /// The email values, lower-case, sorted, once each.
    pub fn email_values(&self) -> Vec<String> {
        let mut v: Vec<String> = self.emails.iter().filter_map(|e| e.value.as_deref()).map(str::to_lowercase).collect();
        v.sort();
        v.dedup();
        v
    }

    /// Takes the Celonis extension out of its URN container (RFC 7643's form) to the top level,
    /// where the vendor's examples put it; the top level wins.
    pub fn lift_extension(mut self) -> Self {
        if let Some(Value::Object(mut ext)) = self.extra.remove(urn::CELONIS_USER) {
            if self.role.is_none() {
                self.role = ext.remove("role").and_then(|r| r.as_str().map(str::to_owned));
            }
            if self.send_email_on_invitation.is_none() {
                self.send_email_on_invitation = ext.remove("sendEmailOnInvitation");
            }
        }
        self
    }
}

impl Group {
    /// The ids of the members.
    pub fn member_ids(&self) -> impl Iterator<Item = &str> {
        self.members.iter().filter_map(|m| m.value.as_deref())
    }
}
