//! `POST /Bulk` as Celonis runs it: in order, resolving `bulkId:` references, stopping after
//! the first failed operation whatever `failOnErrors` says.

use std::collections::HashMap;

use crate::resources::{BulkRequest, Group, User, urn};
use serde_json::{Map, Value, json};

use crate::api::parse;
use crate::failure::{Failure, Outcome};
use crate::shared::Shared;
use crate::strict::Body;

/// Runs a bulk request and builds its BulkResponse.
pub fn handle(shared: &Shared, body: &[u8]) -> Outcome<Value> {
    let cfg = &shared.config;
    if body.len() as u64 > cfg.bulk_max_payload {
        return Err(Failure::status(413, format!("Bulk payload exceeds {} bytes", cfg.bulk_max_payload)).with_type("tooLarge"));
    }
    let request: BulkRequest = parse(Body::Bulk, body)?;
    if request.operations.len() as u64 > cfg.bulk_max_operations {
        return Err(Failure::status(413, format!("Bulk request exceeds {} operations", cfg.bulk_max_operations)).with_type("tooMany"));
    }
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut results = Vec::new();
    for op in &request.operations {
        let method = op.method.as_deref().unwrap_or_default().to_ascii_uppercase();
        let mut entry = Map::new();
        entry.insert("method".into(), Value::String(method.clone()));
        if let Some(b) = &op.bulk_id {
            entry.insert("bulkId".into(), Value::String(b.clone()));
        }
        match run(shared, &method, op.path.as_deref().unwrap_or_default(), op.data.clone(), &ids) {
            Ok((status, location)) => {
                if let (Some(b), Some(loc)) = (&op.bulk_id, &location)
                    && method == "POST" {
                        ids.insert(b.clone(), loc.rsplit('/').next().unwrap_or_default().to_owned());
                    }
                if let Some(loc) = location {
                    entry.insert("location".into(), Value::String(loc));
                }
                entry.insert("status".into(), Value::String(status.to_string()));
                results.push(Value::Object(entry));
            }
            Err(f) => {
                entry.insert("status".into(), Value::String(f.status.to_string()));
                entry.insert("response".into(), f.body());
                results.push(Value::Object(entry));
                break;
            }
        }
    }
    Ok(json!({"schemas": [urn::BULK_RESPONSE], "Operations": results}))
}

/// Runs one operation; the status and the resource's location on success.
fn run(shared: &Shared, method: &str, path: &str, data: Option<Value>, ids: &HashMap<String, String>) -> Outcome<(u16, Option<String>)> {
    let path = resolve_str(path, ids)?;
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let data = data.map(|d| resolve(d, ids)).transpose()?;
    let need = |d: Option<Value>| d.ok_or_else(|| Failure::bad("invalidSyntax", format!("{method} needs data")));
    let location = |kind: &str, id: Option<String>| id.map(|i| format!("{}/{kind}/{i}", shared.base_url));
    let is = |s: &str, name: &str| s.eq_ignore_ascii_case(name);
    match (method, segments.as_slice()) {
        ("POST", [r]) if is(r, "Users") => {
            let u: User = from(need(data)?)?;
            shared.mutate(|s| s.create_user(u)).map(|u| (201, location("Users", u.id)))
        }
        ("POST", [r]) if is(r, "Groups") => {
            let g: Group = from(need(data)?)?;
            shared.mutate(|s| s.create_group(g)).map(|g| (201, location("Groups", g.id)))
        }
        ("PUT", [r, id]) if is(r, "Users") => {
            let u: User = from(need(data)?)?;
            shared.mutate(|s| s.replace_user(id, u)).map(|u| (200, location("Users", u.id)))
        }
        ("PUT", [r, id]) if is(r, "Groups") => {
            let g: Group = from(need(data)?)?;
            shared.mutate(|s| s.replace_group(id, g)).map(|g| (200, location("Groups", g.id)))
        }
        ("DELETE", [r, id]) if is(r, "Users") => shared.mutate(|s| s.delete_user(id)).map(|()| (204, None)),
        ("DELETE", [r, id]) if is(r, "Groups") => shared.mutate(|s| s.delete_group(id)).map(|()| (204, None)),
        ("PATCH", _) => Err(Failure::status(405, "PATCH is not supported")),
        _ => Err(Failure::bad("invalidPath", format!("{method} {path} is not a bulk operation this server supports"))),
    }
}

fn from<T: serde::de::DeserializeOwned>(v: Value) -> Outcome<T> {
    serde_json::from_value(v).map_err(|e| Failure::bad("invalidSyntax", format!("Invalid operation data: {e}")))
}

/// Replaces every `bulkId:<id>` string in `v` with the id it created.
fn resolve(v: Value, ids: &HashMap<String, String>) -> Outcome<Value> {
    Ok(match v {
        Value::String(s) => Value::String(resolve_str(&s, ids)?),
        Value::Array(a) => Value::Array(a.into_iter().map(|x| resolve(x, ids)).collect::<Outcome<_>>()?),
        Value::Object(m) => Value::Object(m.into_iter().map(|(k, x)| Ok((k, resolve(x, ids)?))).collect::<Outcome<_>>()?),
        other => other,
    })
}

fn resolve_str(s: &str, ids: &HashMap<String, String>) -> Outcome<String> {
    if !s.contains("bulkId:") {
        return Ok(s.to_owned());
    }
    let mut out = String::new();
    for (i, part) in s.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        match part.strip_prefix("bulkId:") {
            Some(b) => out.push_str(ids.get(b).ok_or_else(|| Failure::bad("invalidValue", format!("Unknown bulkId reference {b:?}")))?),
            None => out.push_str(part),
        }
    }
    Ok(out)
}
