//! Sub-attributes shared by several resources: names, multi-valued entries, references, meta.

use crate::model::lenient::{LenientBool, scim_struct};

scim_struct! {
    /// The components of a user's real name (`name`).
    pub struct Name {
        "formatted" => formatted: Option<String>,
        "familyName" => family_name: Option<String>,
        "givenName" => given_name: Option<String>,
        "middleName" => middle_name: Option<String>,
        "honorificPrefix" => honorific_prefix: Option<String>,
        "honorificSuffix" => honorific_suffix: Option<String>,
    }
    containers = [];
}

scim_struct! {
    /// One entry of a multi-valued attribute such as `emails` or `phoneNumbers`.
    pub struct MultiValue {
        "value" => value: Option<String>,
        "display" => display: Option<String>,
        "type" => kind: Option<String>,
        "primary" => primary: Option<bool> as LenientBool,
    }
    containers = [];
}

scim_struct! {
    /// A reference to another resource: a user's group, or a group's member.
    pub struct Reference {
        "value" => value: Option<String>,
        "display" => display: Option<String>,
        "type" => kind: Option<String>,
        "$ref" => reference: Option<String>,
    }
    containers = [];
}

scim_struct! {
    /// Resource metadata set by the server (read-only).
    pub struct Meta {
        "resourceType" => resource_type: Option<String>,
        "created" => created: Option<String>,
        "lastModified" => last_modified: Option<String>,
        "location" => location: Option<String>,
        "version" => version: Option<String>,
    }
    containers = [];
}

impl Reference {
    /// A reference to the resource with this id.
    pub fn to(id: impl Into<String>) -> Self {
        Reference { value: Some(id.into()), ..Default::default() }
    }
}

impl MultiValue {
    /// An entry with just a value.
    pub fn of(value: impl Into<String>) -> Self {
        MultiValue { value: Some(value.into()), ..Default::default() }
    }
}
