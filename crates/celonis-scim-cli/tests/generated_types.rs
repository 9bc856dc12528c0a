//! One description of the public data types: the Rust types (their JSON Schemas, derived by
//! schemars) generate the published JSON schemas (`schema/`), the TypeScript interfaces
//! (`node/sync-types.d.ts`, camelCase as the Node binding speaks) and the Python TypedDicts
//! (`python/celonis_scim/_sync_types.py`, snake_case). A committed file that differs from what
//! the types generate fails here. Regenerate with
//! `CSCIM_WRITE_GENERATED=1 cargo test -p celonis-scim-cli --test generated_types`.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use celonis_scim::sync::casing::camel_case;
use celonis_scim::sync::{self, journal::RunSummary, rows::{PlanRow, ReportRow}};
use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

/// A root type to generate: its schema under the serialize contract (what the library
/// writes: a field is required unless it may be left out) or the deserialize one (what it
/// reads: a field with a default is optional).
fn root<T: JsonSchema>(serialize: bool) -> Value {
    let settings = SchemaSettings::draft2020_12();
    let settings = if serialize { settings.for_serialize() } else { settings.for_deserialize() };
    serde_json::to_value(settings.into_generator().into_root_schema_for::<T>()).unwrap()
}

/// Every named type of the public data, by name: the roots and their definitions. Options and
/// inputs are described as read (their fields optional), the rest as written.
fn types() -> BTreeMap<String, Value> {
    let written = [
        root::<sync::Plan>(true),
        root::<sync::SavedPlan>(true),
        root::<sync::TeamState>(true),
        root::<sync::Report>(true),
        root::<RunSummary>(true),
        root::<PlanRow>(true),
        root::<ReportRow>(true),
    ];
    let read = [root::<sync::PlanOptions>(false), root::<sync::ApplyOptions>(false), root::<sync::Selection>(false), root::<sync::DesiredState>(false)];
    let mut out = BTreeMap::new();
    for (schema, wins) in written.iter().map(|s| (s, false)).chain(read.iter().map(|s| (s, true))) {
        let mut schema = schema.clone();
        let defs = schema.as_object_mut().unwrap().remove("$defs").and_then(|d| d.as_object().cloned()).unwrap_or_default();
        let title = schema["title"].as_str().unwrap().to_owned();
        for (name, def) in defs.into_iter().chain([(title, schema)]) {
            if wins || !out.contains_key(&name) {
                out.insert(name, def);
            }
        }
    }
    // The wire resources are described where the client's operations are (resources.d.ts,
    // resources.py), by hand: they are SCIM's, not this project's.
    out.remove("User");
    out.remove("Group");
    out
}

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

fn def_name(reference: &str) -> &str {
    reference.rsplit('/').next().unwrap_or(reference)
}

/// The fields of an object schema, required ones first in declaration order, then the rest.
fn fields(schema: &Value) -> Vec<(String, Value, bool)> {
    let props = schema["properties"].as_object().cloned().unwrap_or_default();
    let required: Vec<String> = schema["required"].as_array().map(|r| r.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()).unwrap_or_default();
    let mut out: Vec<(String, Value, bool)> = required.iter().filter_map(|r| props.get(r).map(|p| (r.clone(), p.clone(), true))).collect();
    out.extend(props.iter().filter(|(k, _)| !required.contains(k)).map(|(k, v)| (k.clone(), v.clone(), false)));
    out
}

/// The constants of a string enum (`enum`, or `oneOf` of `const`s).
fn constants(schema: &Value) -> Option<Vec<String>> {
    if let Some(e) = schema["enum"].as_array() {
        return e.iter().map(|v| v.as_str().map(str::to_owned)).collect();
    }
    let one_of = schema["oneOf"].as_array()?;
    one_of.iter().map(|v| v["const"].as_str().map(str::to_owned)).collect()
}

/// The two languages the types are written in.
#[derive(Clone, Copy, PartialEq)]
enum Lang {
    TypeScript,
    Python,
}

impl Lang {
    /// A type's name in the language: the options as Node takes them are settings that its
    /// own `PlanOptions` / `ApplyOptions` (with `signal`, `mapping`, `journal`) extend.
    fn name(self, rust: &str) -> String {
        match (self, rust) {
            (_, "Selection") => "PlanSelection".into(),
            (Lang::TypeScript, "PlanOptions") => "PlanSettings".into(),
            (Lang::TypeScript, "ApplyOptions") => "ApplySettings".into(),
            _ => rust.to_owned(),
        }
    }

    fn key(self, name: &str) -> String {
        match self {
            Lang::TypeScript => camel_case(name),
            Lang::Python => name.to_owned(),
        }
    }

    /// The type of a schema.
    fn ty(self, schema: &Value) -> String {
        let ts = self == Lang::TypeScript;
        if let Some(r) = schema["$ref"].as_str() {
            return self.name(def_name(r));
        }
        if let Some(c) = constants(schema) {
            let quoted: Vec<String> = c.iter().map(|v| if ts { format!("'{v}'") } else { format!("\"{v}\"") }).collect();
            return if ts { quoted.join(" | ") } else { format!("Literal[{}]", quoted.join(", ")) };
        }
        if let Some(alts) = schema["anyOf"].as_array() {
            let (nulls, others): (Vec<&Value>, Vec<&Value>) = alts.iter().partition(|a| a["type"] == "null");
            let inner: Vec<String> = others.iter().map(|a| self.ty(a)).collect();
            let inner = if ts { inner.join(" | ") } else if inner.len() == 1 { inner[0].clone() } else { format!("Union[{}]", inner.join(", ")) };
            return match (nulls.is_empty(), ts) {
                (true, _) => inner,
                (false, true) => format!("{inner} | null"),
                (false, false) => format!("Optional[{inner}]"),
            };
        }
        let types: Vec<&str> = match &schema["type"] {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(|t| t.as_str()).collect(),
            _ => vec![],
        };
        let nullable = types.contains(&"null");
        let base = match types.iter().find(|t| **t != "null").copied() {
            None => return if ts { "unknown".into() } else { "Any".into() },
            Some("string") => if ts { "string" } else { "str" }.to_owned(),
            Some("integer") => if ts { "number" } else { "int" }.to_owned(),
            Some("number") => if ts { "number" } else { "float" }.to_owned(),
            Some("boolean") => if ts { "boolean" } else { "bool" }.to_owned(),
            Some("array") => {
                let item = self.ty(&schema["items"]);
                if ts { if item.contains(' ') { format!("Array<{item}>") } else { format!("{item}[]") } } else { format!("List[{item}]") }
            }
            Some(_) => {
                let value = match &schema["additionalProperties"] {
                    Value::Object(_) => self.ty(&schema["additionalProperties"]),
                    _ => if ts { "unknown" } else { "Any" }.to_owned(),
                };
                if ts { format!("Record<string, {value}>") } else { format!("Dict[str, {value}]") }
            }
        };
        match (nullable, ts) {
            (false, _) => base,
            (true, true) => format!("{base} | null"),
            (true, false) => format!("Optional[{base}]"),
        }
    }
}

/// A description as a TypeScript doc comment at `indent`.
fn ts_doc(out: &mut String, description: Option<&str>, indent: &str) {
    let Some(d) = description else { return };
    let lines: Vec<&str> = d.lines().collect();
    if lines.len() == 1 {
        let _ = writeln!(out, "{indent}/** {} */", lines[0]);
    } else {
        let _ = writeln!(out, "{indent}/**");
        for l in lines {
            let _ = writeln!(out, "{indent} * {l}");
        }
        let _ = writeln!(out, "{indent} */");
    }
}

fn typescript(types: &BTreeMap<String, Value>) -> String {
    let mut out = String::from(
        "// Generated from the Rust types by crates/celonis-scim-cli/tests/generated_types.rs: do not edit.\n\
         // The main job's data as the Node binding speaks it: keys in camelCase, both ways.\n\n\
         import type { Group, User } from './resources'\n",
    );
    for (name, schema) in types {
        out.push('\n');
        let lang = Lang::TypeScript;
        ts_doc(&mut out, schema["description"].as_str(), "");
        if schema["properties"].is_object() {
            let _ = writeln!(out, "export interface {} {{", lang.name(name));
            for (key, field, required) in fields(schema) {
                ts_doc(&mut out, field["description"].as_str(), "  ");
                let _ = writeln!(out, "  {}{}: {}", lang.key(&key), if required { "" } else { "?" }, lang.ty(&field));
            }
            out.push_str("}\n");
        } else {
            let _ = writeln!(out, "export type {} = {}", lang.name(name), lang.ty(schema));
        }
    }
    out
}

/// The TypedDicts of every type, each after those it names (a class is defined before use).
fn python(types: &BTreeMap<String, Value>) -> String {
    let mut out = String::from(
        "\"\"\"TypedDicts of the main job's data, generated from the Rust types by\n\
         crates/celonis-scim-cli/tests/generated_types.rs: do not edit.\n\n\
         Plain dicts with snake_case keys, as the library takes and returns them; nothing is checked\n\
         at run time by these types.\n\"\"\"\n\n\
         from __future__ import annotations\n\n\
         import sys\n\
         from typing import Any, Dict, List, Literal, Optional, Union\n\n\
         if sys.version_info >= (3, 11):\n    from typing import NotRequired, TypedDict\n\
         else:  # pragma: no cover - older Pythons take them from typing_extensions\n    from typing_extensions import NotRequired, TypedDict\n\n\
         from .resources import Group, User\n\n\
         __all__ = [\n",
    );
    let lang = Lang::Python;
    let mut names: Vec<String> = types.keys().map(|n| lang.name(n)).collect();
    names.sort();
    for name in names {
        let _ = writeln!(out, "    \"{name}\",");
    }
    out.push_str("]\n");
    // Aliases (enums) first: classes refer to them in annotations only, which are strings.
    for (name, schema) in types.iter().filter(|(_, s)| !s["properties"].is_object()) {
        let _ = write!(out, "\n{} = {}\n", lang.name(name), lang.ty(schema));
        if let Some(d) = schema["description"].as_str() {
            let _ = writeln!(out, "\"\"\"{d}\"\"\"");
        }
    }
    for (name, schema) in types.iter().filter(|(_, s)| s["properties"].is_object()) {
        let _ = write!(out, "\n\nclass {}(TypedDict):\n", lang.name(name));
        let doc = schema["description"].as_str().unwrap_or(name);
        let _ = write!(out, "    \"\"\"{}\"\"\"\n\n", doc.replace('\n', "\n    "));
        for (key, field, required) in fields(schema) {
            if let Some(d) = field["description"].as_str() {
                for l in d.lines() {
                    let _ = writeln!(out, "    #: {l}");
                }
            }
            let ty = lang.ty(&field);
            let _ = writeln!(out, "    {key}: {}", if required { ty } else { format!("NotRequired[{ty}]") });
        }
    }
    out
}

/// Every object with properties refuses others (the wire resources, open by nature, aside).
fn closed(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let open = matches!(map.get("title").or(map.get("$comment")).and_then(Value::as_str), Some("User" | "Group"));
            if map.contains_key("properties") && !map.contains_key("additionalProperties") && !open {
                map.insert("additionalProperties".into(), Value::Bool(false));
            }
            for (key, v) in map.iter_mut() {
                if key != "User" && key != "Group" {
                    closed(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(closed),
        _ => {}
    }
}

/// The published schemas: the plan, and the saved plan that refers to it.
fn published() -> [(String, Value); 2] {
    let mut plan = root::<sync::Plan>(true);
    closed(&mut plan);
    let header = |id: &str, title: &str, description: &str| {
        let mut m = Map::new();
        m.insert("$schema".into(), json!("https://json-schema.org/draft/2020-12/schema"));
        m.insert("$id".into(), json!(format!("https://celonis-scim.invalid/schema/{id}")));
        m.insert("title".into(), json!(title));
        m.insert("description".into(), json!(description));
        m
    };
    let mut p = header(
        "plan-1.schema.json",
        "celonis-scim plan, version 1",
        "What `celonis-scim plan --json` prints and what `plan` returns in Python and C (Node: the same with camelCase keys): everything apply will do. Generated from the Rust types.",
    );
    p.extend(plan.as_object().unwrap().clone().into_iter().filter(|(k, _)| !matches!(k.as_str(), "$schema" | "title" | "description")));
    let mut saved = root::<sync::SavedPlan>(true);
    closed(&mut saved);
    let saved = saved.as_object_mut().unwrap();
    saved.remove("$defs");
    saved["properties"]["plan"] = json!({ "$ref": "plan-1.schema.json" });
    saved["properties"]["format"]["const"] = json!(sync::SAVED_PLAN_FORMAT);
    let mut s = header(
        "saved-plan-1.schema.json",
        "celonis-scim saved plan, version 1",
        "What `celonis-scim plan --out FILE` writes and `apply FILE` reads (save_plan/savePlan/cscim_plan_to_save in the libraries): a plan with what it was computed from. Its format field names the version; a reader refuses any other. Generated from the Rust types.",
    );
    s.extend(saved.clone().into_iter().filter(|(k, _)| !matches!(k.as_str(), "$schema" | "title" | "description")));
    [("schema/plan-1.schema.json".into(), Value::Object(p)), ("schema/saved-plan-1.schema.json".into(), Value::Object(s))]
}

#[test]
fn the_committed_types_and_schemas_are_what_the_rust_types_generate() {
    let types = types();
    let mut files: Vec<(String, String)> =
        vec![("node/sync-types.d.ts".into(), typescript(&types)), ("python/celonis_scim/_sync_types.py".into(), python(&types))];
    files.extend(published().into_iter().map(|(p, v)| (p, serde_json::to_string_pretty(&v).unwrap() + "\n")));
    let write = std::env::var_os("CSCIM_WRITE_GENERATED").is_some();
    let mut stale = Vec::new();
    for (path, generated) in &files {
        if write {
            std::fs::write(repo(path), generated).unwrap();
        }
        if std::fs::read_to_string(repo(path)).unwrap_or_default() != *generated {
            stale.push(path.clone());
        }
    }
    assert!(stale.is_empty(), "{stale:?} differ from what the Rust types generate: CSCIM_WRITE_GENERATED=1 cargo test -p celonis-scim-cli --test generated_types");
}

#[test]
fn the_generators_write_what_the_schemas_say() {
    let schema = json!({
        "description": "A thing.",
        "type": "object",
        "required": ["seat_limits"],
        "properties": {
            "seat_limits": { "type": "object", "additionalProperties": { "type": "integer" } },
            "kind": { "$ref": "#/$defs/ConflictKind" },
            "maybe": { "type": ["string", "null"] },
            "users": { "type": "array", "items": { "$ref": "#/$defs/User" } },
            "any": {}
        }
    });
    let types: BTreeMap<String, Value> = [("Thing".to_owned(), schema), ("ConflictKind".to_owned(), json!({ "enum": ["a", "b_c"] }))].into();
    let ts = typescript(&types);
    for line in ["export type ConflictKind = 'a' | 'b_c'", "  seatLimits: Record<string, number>", "  maybe?: string | null", "  users?: User[]", "  any?: unknown", "  kind?: ConflictKind"] {
        assert!(ts.contains(line), "{line:?} in\n{ts}");
    }
    let py = python(&types);
    for line in ["ConflictKind = Literal[\"a\", \"b_c\"]", "    seat_limits: Dict[str, int]", "    maybe: NotRequired[Optional[str]]", "    users: NotRequired[List[User]]", "    any: NotRequired[Any]"] {
        assert!(py.contains(line), "{line:?} in\n{py}");
    }
}
