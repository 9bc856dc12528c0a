//! The SCIM endpoints under `/scim/v2`: routing, bodies, paging and projections.

use crate::resources::{Group, SearchRequest, User, urn};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::failure::{Failure, Outcome};
use crate::shared::Shared;
use crate::strict::{self, Body};
use crate::wire::{HttpRequest, HttpResponse};
use crate::{bulk, discovery};

/// The path prefix of the SCIM API.
pub const PREFIX: &str = "/scim/v2";

/// Answers one SCIM request (authentication already checked).
pub fn handle(shared: &Shared, req: &HttpRequest) -> HttpResponse {
    let path = req.path.strip_prefix(PREFIX).unwrap_or_default().trim_end_matches('/');
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let listing = match (req.method.as_str(), segments.as_slice()) {
        ("GET", [r]) if r.eq_ignore_ascii_case("Users") => Some(list::<User>(shared, req, None)),
        ("GET", [r]) if r.eq_ignore_ascii_case("Groups") => Some(list::<Group>(shared, req, None)),
        ("POST", [r, s]) if s.eq_ignore_ascii_case(".search") && r.eq_ignore_ascii_case("Users") => Some(search::<User>(shared, req)),
        ("POST", [r, s]) if s.eq_ignore_ascii_case(".search") && r.eq_ignore_ascii_case("Groups") => Some(search::<Group>(shared, req)),
        _ => None,
    };
    if let Some(outcome) = listing {
        return outcome.unwrap_or_else(|f| HttpResponse::json(f.status, &f.body()));
    }
    let result = match (req.method.as_str(), segments.as_slice()) {
        (_, [res, ..]) if !is_known(res) => Err(Failure::status(404, format!("No endpoint /{res}"))),
        ("PATCH", _) => Err(Failure::status(405, "PATCH is not supported")),
        // The vendor's document answers a create with 200 (it lists no 201).
        ("POST", [r]) if r.eq_ignore_ascii_case("Users") => body::<User>(req, Body::User, BOTH_TYPES)
            .and_then(|u| shared.mutate(|s| s.create_user(u)))
            .map(|u| (200, project(req, &u))),
        ("POST", [r]) if r.eq_ignore_ascii_case("Groups") => body::<Group>(req, Body::Group, BOTH_TYPES)
            .and_then(|g| shared.mutate(|s| s.create_group(g)))
            .map(|g| (200, project(req, &g))),
        ("GET", [r, id]) if r.eq_ignore_ascii_case("Users") => shared.store().get_user(id).map(|u| (200, project(req, &u))),
        ("GET", [r, id]) if r.eq_ignore_ascii_case("Groups") => shared.store().get_group(id).map(|g| (200, project(req, &g))),
        // The one operation whose document lists application/json alone.
        ("PUT", [r, id]) if r.eq_ignore_ascii_case("Users") => body::<User>(req, Body::User, JSON_ONLY)
            .and_then(|u| shared.mutate(|s| s.replace_user(id, u)))
            .map(|u| (200, project(req, &u))),
        ("PUT", [r, id]) if r.eq_ignore_ascii_case("Groups") => body::<Group>(req, Body::Group, BOTH_TYPES)
            .and_then(|g| shared.mutate(|s| s.replace_group(id, g)))
            .map(|g| (200, project(req, &g))),
        ("DELETE", [r, id]) if r.eq_ignore_ascii_case("Users") => shared.mutate(|s| s.delete_user(id)).map(|()| (204, Value::Null)),
        ("DELETE", [r, id]) if r.eq_ignore_ascii_case("Groups") => shared.mutate(|s| s.delete_group(id)).map(|()| (204, Value::Null)),
        ("POST", [r]) if r.eq_ignore_ascii_case("Bulk") => {
            content_type(req, BOTH_TYPES).and_then(|()| bulk::handle(shared, &req.body)).map(|v| (200, v))
        }
        ("GET", [r, rest @ ..]) if r.eq_ignore_ascii_case("ServiceProviderConfig") && rest.is_empty() => {
            Ok((200, discovery::service_provider_config(shared)))
        }
        ("GET", [r]) if r.eq_ignore_ascii_case("Schemas") => Ok((200, discovery::schemas(shared))),
        ("GET", [r, id]) if r.eq_ignore_ascii_case("Schemas") => discovery::schema(shared, id).map(|s| (200, s)),
        ("GET", [r]) if r.eq_ignore_ascii_case("ResourceTypes") => Ok((200, discovery::resource_types(shared))),
        ("GET", [r, id]) if r.eq_ignore_ascii_case("ResourceTypes") => discovery::resource_type(shared, id).map(|t| (200, t)),
        _ => Err(Failure::status(405, format!("{} is not allowed on {}", req.method, req.path))),
    };
    match result {
        Ok((204, _)) => HttpResponse::empty(204),
        Ok((status, value)) => HttpResponse::json(status, &value),
        Err(f) => HttpResponse::json(f.status, &f.body()),
    }
}

fn is_known(resource: &str) -> bool {
    ["Users", "Groups", "Bulk", "ServiceProviderConfig", "Schemas", "ResourceTypes"]
        .iter()
        .any(|r| r.eq_ignore_ascii_case(resource))
}

/// The request body types the document lists for most operations.
const BOTH_TYPES: &[&str] = &["application/json", "application/scim+json"];
/// The request body type of `PUT /Users/{id}`.
const JSON_ONLY: &[&str] = &["application/json"];

/// Checks the body's `Content-Type` against the types the operation lists (415 otherwise).
fn content_type(req: &HttpRequest, allowed: &[&str]) -> Outcome<()> {
    let given = req.header("content-type").unwrap_or_default();
    let media = given.split(';').next().unwrap_or_default().trim();
    if allowed.iter().any(|a| a.eq_ignore_ascii_case(media)) {
        return Ok(());
    }
    Err(Failure::status(415, format!("Content-Type {given:?} is not supported here: send {}", allowed.join(" or "))))
}

/// Checks a request body strictly against the documented shape, then reads it as a model.
pub fn parse<T: DeserializeOwned>(kind: Body, bytes: &[u8]) -> Outcome<T> {
    let value = strict::check(kind, bytes)?;
    serde_json::from_value(value).map_err(|e| Failure::bad("invalidSyntax", format!("Invalid request body: {e}")))
}

fn body<T: DeserializeOwned>(req: &HttpRequest, kind: Body, types: &[&str]) -> Outcome<T> {
    content_type(req, types)?;
    parse(kind, &req.body)
}

/// What a listing resource must offer.
pub trait Listed: Serialize + Sized {
    /// One page and the total.
    fn page(shared: &Shared, start: u64, count: u64) -> (u64, Vec<Self>);
}

impl Listed for User {
    fn page(shared: &Shared, start: u64, count: u64) -> (u64, Vec<Self>) {
        shared.store().list_users(start, count)
    }
}

impl Listed for Group {
    fn page(shared: &Shared, start: u64, count: u64) -> (u64, Vec<Self>) {
        shared.store().list_groups(start, count)
    }
}

/// A ListResponse, written straight from the models when no projection asks for a change.
#[derive(Serialize)]
struct ListOut<'a, T> {
    schemas: [&'static str; 1],
    #[serde(rename = "totalResults")]
    total_results: u64,
    #[serde(rename = "startIndex")]
    start_index: u64,
    #[serde(rename = "itemsPerPage")]
    items_per_page: usize,
    #[serde(rename = "Resources")]
    resources: &'a [T],
}

fn list_out<T>(total: u64, start: u64, resources: &[T]) -> ListOut<'_, T> {
    ListOut { schemas: [urn::LIST_RESPONSE], total_results: total, start_index: start, items_per_page: resources.len(), resources }
}

fn list<T: Listed>(shared: &Shared, req: &HttpRequest, search: Option<&SearchRequest>) -> Outcome<HttpResponse> {
    if shared.config.reject_filter && (req.param("filter").is_some() || search.is_some_and(|s| s.filter.is_some())) {
        return Err(Failure::bad("invalidFilter", "Filtering is not supported"));
    }
    let number = |name: &str| -> Outcome<Option<i64>> {
        req.param(name)
            .map(|v| v.trim().parse::<i64>().map_err(|_| Failure::bad("invalidValue", format!("{name} must be an integer"))))
            .transpose()
    };
    let start = search.and_then(|s| s.start_index).map(Ok).unwrap_or_else(|| number("startIndex").map(|v| v.unwrap_or(1)))?;
    let count = match search.and_then(|s| s.count) {
        Some(c) => Some(c),
        None => number("count")?,
    };
    // RFC 7644 §3.4.2.4: startIndex below 1 is 1; a negative count is 0; the server may cap it.
    let start = start.max(1) as u64;
    let count = count.map_or(shared.config.default_count, |c| c.max(0) as u64).min(shared.config.max_count);
    let (total, items) = T::page(shared, start, count);
    let (include, exclude) = projection(req, search);
    let body = if include.is_empty() && exclude.is_empty() {
        serde_json::to_vec(&list_out(total, start, &items))
    } else {
        let projected: Vec<Value> = items.iter().map(|r| apply_projection(r, &include, &exclude)).collect();
        serde_json::to_vec(&list_out(total, start, &projected))
    };
    let body = body.map_err(|e| Failure::status(500, format!("cannot encode the listing: {e}")))?;
    Ok(HttpResponse { body, ..HttpResponse::empty(200).with_json_type() })
}

fn search<T: Listed>(shared: &Shared, req: &HttpRequest) -> Outcome<HttpResponse> {
    let request: SearchRequest = body(req, Body::Search, BOTH_TYPES)?;
    list::<T>(shared, req, Some(&request))
}

/// A resource as JSON, with `attributes` / `excludedAttributes` applied.
fn project<T: Serialize>(req: &HttpRequest, resource: &T) -> Value {
    project_with(req, None, resource)
}

fn project_with<T: Serialize>(req: &HttpRequest, search: Option<&SearchRequest>, resource: &T) -> Value {
    let (include, exclude) = projection(req, search);
    apply_projection(resource, &include, &exclude)
}

/// The attributes to include and to exclude, from a SearchRequest or the query.
fn projection(req: &HttpRequest, search: Option<&SearchRequest>) -> (Vec<String>, Vec<String>) {
    let split = |v: Option<&str>| -> Vec<String> {
        v.map(|s| s.split(',').map(|a| a.trim().to_owned()).filter(|a| !a.is_empty()).collect()).unwrap_or_default()
    };
    match search {
        Some(s) if !s.attributes.is_empty() || !s.excluded_attributes.is_empty() => {
            (s.attributes.clone(), s.excluded_attributes.clone())
        }
        _ => (split(req.param("attributes")), split(req.param("excludedAttributes"))),
    }
}

fn apply_projection<T: Serialize>(resource: &T, include: &[String], exclude: &[String]) -> Value {
    let mut value = serde_json::to_value(resource).unwrap_or(Value::Null);
    let Value::Object(map) = &mut value else { return value };
    // Only the top-level name matters here: `name.givenName` selects `name`.
    let top = |a: &String| a.rsplit(':').next().unwrap_or(a).split('.').next().unwrap_or_default().to_owned();
    if !include.is_empty() {
        let keep: Vec<String> = include.iter().map(top).collect();
        map.retain(|k, _| k == "id" || k == "schemas" || keep.iter().any(|a| a.eq_ignore_ascii_case(k)));
    }
    let drop: Vec<String> = exclude.iter().map(top).collect();
    map.retain(|k, _| k == "id" || k == "schemas" || !drop.iter().any(|a| a.eq_ignore_ascii_case(k)));
    value
}
