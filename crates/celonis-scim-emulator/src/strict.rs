//! Strict reading of request bodies, against the shapes of the vendor's document and examples.
//!
//! The client reads tolerantly; the emulator must not, or a client bug in what it writes would
//! pass every test. Each body is checked as raw JSON first: attribute names exactly as
//! documented (a known name in another case is refused), JSON types as documented (`active` a
//! boolean, `sendEmailOnInvitation` a boolean, as `/Schemas` declares it, or the string
//! `"true"` or `"false"`, as in the vendor's examples), read-only attributes (`groups`, `meta`) refused. Unknown attributes are ignored,
//! as RFC 7644 allows. Only then is the body turned into a model.

use crate::resources::urn;
use serde_json::{Map, Value};

use crate::failure::{Failure, Outcome};

/// The attribute kinds a check knows.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Boolean,
    /// A boolean (as `/Schemas` declares it), or `"true"` or `"false"` as a string (the
    /// vendor's examples).
    FlagText,
    Integer,
    Texts,
    /// A complex value of string attributes (`name`).
    Complex(&'static [(&'static str, Kind)]),
    /// A multi-valued complex attribute (`emails`, `members`).
    Many(&'static [(&'static str, Kind)]),
    /// The Celonis extension in its URN container.
    Extension,
    /// Bulk operations.
    Operations,
    /// An object checked by the operation it belongs to (bulk `data`).
    AnyObject,
    /// Server-set: refused in a request.
    ReadOnly,
}

const MULTI_VALUE: &[(&str, Kind)] =
    &[("value", Kind::Text), ("display", Kind::Text), ("type", Kind::Text), ("primary", Kind::Boolean)];
const NAME: &[(&str, Kind)] = &[
    ("formatted", Kind::Text),
    ("familyName", Kind::Text),
    ("givenName", Kind::Text),
    ("middleName", Kind::Text),
    ("honorificPrefix", Kind::Text),
    ("honorificSuffix", Kind::Text),
];
const MEMBER: &[(&str, Kind)] = &[("value", Kind::Text), ("display", Kind::Text), ("type", Kind::Text), ("$ref", Kind::Text)];
const EXTENSION: &[(&str, Kind)] = &[("role", Kind::Text), ("sendEmailOnInvitation", Kind::FlagText)];

const USER: &[(&str, Kind)] = &[
    ("schemas", Kind::Texts),
    ("id", Kind::Text),
    ("externalId", Kind::Text),
    ("userName", Kind::Text),
    ("name", Kind::Complex(NAME)),
    ("displayName", Kind::Text),
    ("nickName", Kind::Text),
    ("title", Kind::Text),
    ("userType", Kind::Text),
    ("preferredLanguage", Kind::Text),
    ("locale", Kind::Text),
    ("timezone", Kind::Text),
    ("active", Kind::Boolean),
    ("emails", Kind::Many(MULTI_VALUE)),
    ("phoneNumbers", Kind::Many(MULTI_VALUE)),
    ("role", Kind::Text),
    ("sendEmailOnInvitation", Kind::FlagText),
    (urn::CELONIS_USER, Kind::Extension),
    ("groups", Kind::ReadOnly),
    ("meta", Kind::ReadOnly),
];

const GROUP: &[(&str, Kind)] = &[
    ("schemas", Kind::Texts),
    ("id", Kind::Text),
    ("externalId", Kind::Text),
    ("displayName", Kind::Text),
    ("members", Kind::Many(MEMBER)),
    ("role", Kind::Text),
    ("meta", Kind::ReadOnly),
];

const SEARCH: &[(&str, Kind)] = &[
    ("schemas", Kind::Texts),
    ("attributes", Kind::Texts),
    ("excludedAttributes", Kind::Texts),
    ("startIndex", Kind::Integer),
    ("count", Kind::Integer),
    ("filter", Kind::Text),
    ("sortBy", Kind::Text),
    ("sortOrder", Kind::Text),
];

const BULK: &[(&str, Kind)] = &[("schemas", Kind::Texts), ("failOnErrors", Kind::Integer), ("Operations", Kind::Operations)];

const OPERATION: &[(&str, Kind)] = &[
    ("method", Kind::Text),
    ("path", Kind::Text),
    ("bulkId", Kind::Text),
    ("version", Kind::Text),
    ("data", Kind::AnyObject),
];

/// The body types the API takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    /// A User resource.
    User,
    /// A Group resource.
    Group,
    /// A SearchRequest.
    Search,
    /// A BulkRequest (each operation's data is checked as the resource it writes).
    Bulk,
}

/// Parses and checks a request body; a 400 naming the attribute when it breaks the shape.
pub fn check(body: Body, bytes: &[u8]) -> Outcome<Value> {
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|e| Failure::bad("invalidSyntax", format!("Invalid request body: {e}")))?;
    check_value(body, &value, "")?;
    Ok(value)
}

/// Checks an already parsed body (a bulk operation's `data`).
pub fn check_value(body: Body, value: &Value, at: &str) -> Outcome<()> {
    let shape = match body {
        Body::User => USER,
        Body::Group => GROUP,
        Body::Search => SEARCH,
        Body::Bulk => BULK,
    };
    let map = value.as_object().ok_or_else(|| bad(at, "must be a JSON object"))?;
    attributes(map, shape, at)
}

fn attributes(map: &Map<String, Value>, shape: &[(&str, Kind)], at: &str) -> Outcome<()> {
    for (name, value) in map {
        let path = if at.is_empty() { name.clone() } else { format!("{at}.{name}") };
        match shape.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)) {
            Some((exact, _)) if exact != name => {
                return Err(bad(&path, &format!("is spelled {exact:?} in the Celonis schema")));
            }
            Some((_, kind)) => one(*kind, value, &path)?,
            None => {}
        }
    }
    Ok(())
}

fn one(kind: Kind, value: &Value, path: &str) -> Outcome<()> {
    let ok = match (kind, value) {
        (Kind::ReadOnly, _) => return Err(Failure::bad("mutability", format!("{path} is read-only"))),
        (_, Value::Null) => true,
        (Kind::Text, v) => v.is_string(),
        (Kind::Boolean, v) => v.is_boolean(),
        (Kind::FlagText, v) => v.is_boolean() || matches!(v.as_str(), Some("true" | "false")),
        (Kind::Integer, v) => v.is_i64() || v.is_u64(),
        (Kind::Texts, Value::Array(items)) => items.iter().all(Value::is_string),
        (Kind::Complex(shape), Value::Object(m)) => return attributes(m, shape, path),
        (Kind::Many(shape), Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                let at = format!("{path}[{i}]");
                let m = item.as_object().ok_or_else(|| bad(&at, "must be an object"))?;
                attributes(m, shape, &at)?;
            }
            return Ok(());
        }
        (Kind::Extension, Value::Object(m)) => return attributes(m, EXTENSION, path),
        (Kind::Operations, Value::Array(ops)) => {
            for (i, op) in ops.iter().enumerate() {
                operation(op, &format!("{path}[{i}]"))?;
            }
            return Ok(());
        }
        (Kind::AnyObject, v) => v.is_object(),
        _ => false,
    };
    if ok { Ok(()) } else { Err(bad(path, &format!("must be {}", expected(kind)))) }
}

/// A bulk operation, and its data as the resource its path names.
fn operation(op: &Value, at: &str) -> Outcome<()> {
    let map = op.as_object().ok_or_else(|| bad(at, "must be an object"))?;
    attributes(map, OPERATION, at)?;
    let path = map.get("path").and_then(Value::as_str).unwrap_or_default();
    let resource = path.trim_start_matches('/').split('/').next().unwrap_or_default();
    let body = match resource {
        "Users" => Body::User,
        "Groups" => Body::Group,
        _ => return Ok(()),
    };
    match map.get("data") {
        Some(data) if !data.is_null() => check_value(body, data, &format!("{at}.data")),
        _ => Ok(()),
    }
}

fn expected(kind: Kind) -> &'static str {
    match kind {
        Kind::Text => "a string",
        Kind::Boolean => "a boolean",
        Kind::FlagText => "a boolean, or the string \"true\" or \"false\"",
        Kind::Integer => "an integer",
        Kind::Texts => "an array of strings",
        Kind::Complex(_) | Kind::Extension | Kind::AnyObject => "an object",
        Kind::Many(_) | Kind::Operations => "an array of objects",
        Kind::ReadOnly => "absent",
    }
}

fn bad(path: &str, what: &str) -> Failure {
    let path = if path.is_empty() { "the body" } else { path };
    Failure::bad("invalidValue", format!("{path} {what}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(text: &str) -> Outcome<Value> {
        check(Body::User, text.as_bytes())
    }

    #[test]
    fn accepts_the_vendor_example() {
        let example = r#"{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:celonis:params:scim:schemas:extension:2.0:User"],
            "userName": "user@celonis.com", "displayName": "SCIM User #1", "externalId": "DEADBEEF", "role": "ANALYST", "sendEmailOnInvitation": "true"}"#;
        assert!(user(example).is_ok());
    }

    #[test]
    fn refuses_what_only_a_tolerant_reader_takes() {
        for bad in [
            r#"{"USERNAME": "a"}"#,
            r#"{"userName": "a", "active": "true"}"#,
            r#"{"userName": "a", "sendEmailOnInvitation": "yes"}"#,
            r#"{"userName": "a", "sendEmailOnInvitation": 1}"#,
            r#"{"userName": "a", "emails": [{"value": 1}]}"#,
            r#"{"userName": "a", "groups": []}"#,
            r#"["userName"]"#,
        ] {
            assert_eq!(user(bad).map_err(|f| f.status), Err(400), "{bad}");
        }
    }

    #[test]
    fn send_email_on_invitation_is_a_boolean_as_declared_or_the_vendors_strings() {
        for ok in ["true", "false", "\"true\"", "\"false\""] {
            assert!(user(&format!(r#"{{"userName": "a", "sendEmailOnInvitation": {ok}}}"#)).is_ok(), "{ok}");
            let extension = format!(r#"{{"userName": "a", "{}": {{"sendEmailOnInvitation": {ok}}}}}"#, urn::CELONIS_USER);
            assert!(user(&extension).is_ok(), "{extension}");
        }
    }

    #[test]
    fn bulk_data_is_checked_as_its_resource() {
        let body = r#"{"Operations": [{"method": "POST", "path": "/Groups", "bulkId": "g", "data": {"displayName": 7}}]}"#;
        assert!(check(Body::Bulk, body.as_bytes()).is_err());
    }
}
