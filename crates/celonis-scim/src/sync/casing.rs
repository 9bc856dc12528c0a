//! Field names in camelCase, as Node speaks (with the `schema` feature): the main job's data
//! (plans, reports, saved plans, team states, runs, rows, selections) recased both ways. The
//! JSON Schema of each type says which keys are field names: only those are recased. Map keys
//! (roles in `seats`, `Users/<id>` in a saved plan's `team`) and values (`before`/`after`,
//! SCIM users, already camelCase on the wire) are data and stay as they are.

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value};

/// A type's schema and its definitions.
struct Shape {
    root: Value,
    defs: Map<String, Value>,
}

impl Shape {
    fn of<T: JsonSchema>() -> Shape {
        let schema = SchemaSettings::draft2020_12().into_generator().into_root_schema_for::<T>();
        let mut root = serde_json::to_value(schema).unwrap_or(Value::Null);
        let defs = root.as_object_mut().and_then(|r| r.remove("$defs")).and_then(|d| d.as_object().cloned()).unwrap_or_default();
        Shape { root, defs }
    }

    /// The schema that describes a value: `$ref`s followed, an optional's non-null branch.
    fn resolve<'s>(&'s self, schema: &'s Value) -> &'s Value {
        if let Some(name) = schema.get("$ref").and_then(Value::as_str).and_then(|r| r.rsplit('/').next()) {
            return self.defs.get(name).map_or(schema, |d| self.resolve(d));
        }
        let alternatives = schema.get("anyOf").or_else(|| schema.get("oneOf")).and_then(Value::as_array);
        match alternatives.and_then(|a| a.iter().find(|s| s.get("type").and_then(Value::as_str) != Some("null") && s.get("const").is_none())) {
            Some(branch) => self.resolve(branch),
            None => schema,
        }
    }

    /// `value` with the field names its schema declares recased: to camelCase (`to_js`) or
    /// back to the core's names.
    fn recase(&self, value: Value, schema: &Value, to_js: bool) -> Value {
        let schema = self.resolve(schema);
        match value {
            Value::Object(map) => {
                if let Some(fields) = schema.get("properties").and_then(Value::as_object) {
                    let recased = map.into_iter().map(|(key, v)| {
                        let field = if to_js { fields.get_key_value(&key) } else { fields.iter().find(|(name, _)| camel_case(name) == key) };
                        match field {
                            Some((name, sub)) => (if to_js { camel_case(name) } else { name.clone() }, self.recase(v, sub, to_js)),
                            None => (key, v),
                        }
                    });
                    Value::Object(recased.collect())
                } else if let Some(values) = schema.get("additionalProperties").filter(|a| a.is_object()) {
                    Value::Object(map.into_iter().map(|(k, v)| (k, self.recase(v, values, to_js))).collect())
                } else {
                    Value::Object(map)
                }
            }
            Value::Array(items) => match schema.get("items") {
                Some(item) => Value::Array(items.into_iter().map(|v| self.recase(v, item, to_js)).collect()),
                None => Value::Array(items),
            },
            other => other,
        }
    }
}

/// A field name in `camelCase` (`team_size` is `teamSize`).
pub fn camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.extend(c.to_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

/// The JSON of a `T` with its field names in camelCase.
pub fn to_camel_case<T: JsonSchema>(value: Value) -> Value {
    let shape = Shape::of::<T>();
    shape.recase(value, &shape.root, true)
}

/// camelCase JSON of a `T` with the core's field names again (keys it does not know stay as
/// they are, for the reader to refuse).
pub fn from_camel_case<T: JsonSchema>(value: Value) -> Value {
    let shape = Shape::of::<T>();
    shape.recase(value, &shape.root, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::{Plan, SavedPlan};

    #[test]
    fn field_names_are_recased_and_data_is_not() {
        let plan: Plan = serde_json::from_value(serde_json::json!({
            "options": {"seat_limits": {"DATA_ENGINEER": 2}}, "team_size": 3, "input_users": 1, "input_complete": false,
            "create_groups": [], "update_groups": [],
            "create_users": [{"user_name": "a", "user": {"userName": "a", "urn:x:y": {"some_key": 1}}}],
            "update_users": [{"id": "1", "user_name": "b", "changes": [{"attribute": "x", "before": {"a_b": 1}, "after": null}], "user": {"userName": "b"}}],
            "memberships": [], "deactivate_users": [], "delete_users": [], "delete_groups": [], "conflicts": [],
            "seats": {"before": {"DATA_ENGINEER": 1}, "after": {}, "active_admins_before": 0, "active_admins_after": 0}
        }))
        .unwrap();
        let js = to_camel_case::<Plan>(serde_json::to_value(&plan).unwrap());
        assert_eq!(js["teamSize"], 3);
        assert_eq!(js["options"]["seatLimits"]["DATA_ENGINEER"], 2, "a map's keys are data");
        assert_eq!(js["seats"]["before"]["DATA_ENGINEER"], 1);
        assert_eq!(js["seats"]["activeAdminsBefore"], 0);
        assert_eq!(js["createUsers"][0]["userName"], "a");
        assert_eq!(js["createUsers"][0]["user"]["urn:x:y"]["some_key"], 1, "a SCIM user is wire data");
        assert_eq!(js["updateUsers"][0]["changes"][0]["before"]["a_b"], 1, "values are data");
        assert!(js.get("team_size").is_none());
        let back: Plan = serde_json::from_value(from_camel_case::<Plan>(js)).unwrap();
        assert_eq!(back, plan);

        let saved = SavedPlan { format: "f".into(), plan, input: Some("x".into()), team: [("Users/a_b".to_owned(), "v".to_owned())].into() };
        let js = to_camel_case::<SavedPlan>(serde_json::to_value(&saved).unwrap());
        assert_eq!(js["team"]["Users/a_b"], "v");
        assert_eq!(serde_json::from_value::<SavedPlan>(from_camel_case::<SavedPlan>(js)).unwrap(), saved);
    }
}
