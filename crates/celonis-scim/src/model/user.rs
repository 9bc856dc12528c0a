//! The User resource, with the Celonis extension at the top level as the vendor writes it.

use serde_json::Value;

use crate::model::common::{Meta, MultiValue, Name, Reference};
use crate::model::lenient::{LenientBool, NullableVec, scim_struct};
use crate::model::resource::{Resource, ensure_schema, to_object};
use crate::model::urn;

scim_struct! {
    /// A user of the team.
    ///
    /// The Celonis extension attributes (`role`, `sendEmailOnInvitation`) live at the top level,
    /// as in the vendor's examples; on read they are also taken from the extension's URN
    /// container. Attributes this model does not name are kept in `extra`.
    pub struct User {
        "schemas" => schemas: Vec<String> as NullableVec<String>,
        /// Server-assigned id (read-only; never sent).
        "id" => id: Option<String>,
        /// The id of this user in the provisioning client's own system.
        "externalId" => external_id: Option<String>,
        /// Unique login name; required, at most 100 characters.
        "userName" => user_name: Option<String>,
        /// The components of the user's name.
        "name" => name: Option<Name>,
        /// The name shown in the UI; at most 100 characters.
        "displayName" => display_name: Option<String>,
        /// Email addresses. Celonis forbids changing them once the user exists.
        "emails" => emails: Vec<MultiValue> as NullableVec<MultiValue>,
        /// Phone numbers.
        "phoneNumbers" => phone_numbers: Vec<MultiValue> as NullableVec<MultiValue>,
        /// Whether the user is active.
        "active" => active: Option<bool> as LenientBool,
        /// Groups the user belongs to (read-only; change memberships through the group).
        "groups" => groups: Vec<Reference> as NullableVec<Reference>,
        /// Celonis role: `MEMBER` (the default on create), `ANALYST`, or the admin role.
        "role" => role: Option<String>,
        /// Whether Celonis emails an invitation on create (sent as `"true"`/`"false"`).
        "sendEmailOnInvitation" => send_email_on_invitation: Option<bool> as LenientBool,
        /// Server metadata (read-only; never sent).
        "meta" => meta: Option<Meta>,
    }
    containers = [urn::CELONIS_USER];
}

impl User {
    /// A user with just a userName.
    pub fn new(user_name: impl Into<String>) -> Self {
        User { user_name: Some(user_name.into()), ..Default::default() }
    }

    /// The email values of this user, lower-cased and sorted (for comparisons).
    pub fn email_values(&self) -> Vec<String> {
        let mut v: Vec<String> =
            self.emails.iter().filter_map(|e| e.value.as_deref()).map(str::to_lowercase).collect();
        v.sort();
        v.dedup();
        v
    }
}

impl Resource for User {
    const ENDPOINT: &'static str = "/Users";
    const RESOURCE_TYPE: &'static str = "User";

    fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    fn to_wire(&self) -> Value {
        let mut map = to_object(self);
        // Read-only attributes are never sent.
        for key in ["id", "meta", "groups"] {
            map.remove(key);
        }
        ensure_schema(&mut map, urn::USER);
        if self.role.is_some() || self.send_email_on_invitation.is_some() {
            ensure_schema(&mut map, urn::CELONIS_USER);
        }
        // The vendor's examples send this flag as a string.
        if let Some(flag) = self.send_email_on_invitation {
            map.insert("sendEmailOnInvitation".into(), Value::String(flag.to_string()));
        }
        Value::Object(map)
    }
}
