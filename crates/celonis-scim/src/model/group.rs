//! The Group resource: the only place where memberships are managed.

use serde_json::Value;

use crate::model::common::{Meta, Reference};
use crate::model::lenient::{NullableVec, scim_struct};
use crate::model::resource::{Resource, ensure_schema, to_object};
use crate::model::urn;

scim_struct! {
    /// A group of the team. Its `role` counts towards the effective role of every member.
    pub struct Group {
        "schemas" => schemas: Vec<String> as NullableVec<String>,
        /// Server-assigned id (read-only; never sent).
        "id" => id: Option<String>,
        /// The id of this group in the provisioning client's own system.
        "externalId" => external_id: Option<String>,
        /// Unique group name; at most 100 characters.
        "displayName" => display_name: Option<String>,
        /// The members, each a reference to a user by id.
        "members" => members: Vec<Reference> as NullableVec<Reference>,
        /// Celonis role granted to every member: `MEMBER`, `ANALYST` or the admin role.
        "role" => role: Option<String>,
        /// Server metadata (read-only; never sent).
        "meta" => meta: Option<Meta>,
    }
    containers = [urn::CELONIS_GROUP];
}

impl Group {
    /// A group with just a displayName.
    pub fn new(display_name: impl Into<String>) -> Self {
        Group { display_name: Some(display_name.into()), ..Default::default() }
    }

    /// The ids of the members, in order.
    pub fn member_ids(&self) -> impl Iterator<Item = &str> {
        self.members.iter().filter_map(|m| m.value.as_deref())
    }
}

impl Resource for Group {
    const ENDPOINT: &'static str = "/Groups";
    const RESOURCE_TYPE: &'static str = "Group";

    fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    fn to_wire(&self) -> Value {
        let mut map = to_object(self);
        // Read-only attributes are never sent.
        for key in ["id", "meta"] {
            map.remove(key);
        }
        ensure_schema(&mut map, urn::GROUP);
        // The vendor's examples always send `members`, empty or not.
        map.entry("members").or_insert_with(|| Value::Array(Vec::new()));
        Value::Object(map)
    }
}
