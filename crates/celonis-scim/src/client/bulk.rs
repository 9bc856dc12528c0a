//! `POST /Bulk`: several operations in one request, run in order by the server.

use serde_json::Value;
use ureq::http::Method;

use super::resources::Managed;
use super::{Call, Client};
use crate::error::{Error, Result};
use crate::model::{BulkRequest, BulkResponse, Group, User};
use crate::validate::rule;

impl Client {
    /// Sends a bulk request. Each operation is checked first (method, path, and the same rules
    /// as a single create or replace for user and group data); the data is sent in the
    /// vendor's form. `failOnErrors` defaults to 1. Operation failures are reported in the
    /// response, not as an error; a bulk request is never re-sent once it may have arrived.
    pub fn bulk(&self, request: &BulkRequest) -> Result<BulkResponse> {
        let mut request = request.clone();
        for (i, op) in request.operations.iter_mut().enumerate() {
            prepare(self, i, op).map_err(|e| e.context(&format!("bulk operation {i}")))?;
        }
        let body = request.to_wire();
        let url = self.url("/Bulk", &[], &[]);
        let call = Call { method: Method::POST, url, body: Some(&body), idempotent: false };
        Ok(self.send_decode::<BulkResponse>(call, "BulkResponse")?.unwrap_or_default())
    }
}

fn prepare(client: &Client, i: usize, op: &mut crate::model::BulkOperation) -> Result<()> {
    let attr = |name: &str| format!("Operations[{i}].{name}");
    let method = op.method.as_deref().unwrap_or_default().to_ascii_uppercase();
    if !matches!(method.as_str(), "POST" | "PUT" | "DELETE") {
        return Err(Error::validation(&attr("method"), rule::INVALID, format!("method {method:?} is not POST, PUT or DELETE (Celonis has no PATCH)")));
    }
    op.method = Some(method.clone());
    let path = op.path.as_deref().unwrap_or_default();
    if !path.starts_with('/') {
        return Err(Error::validation(&attr("path"), rule::REQUIRED, "path must start with / (\"/Users\", \"/Groups/<id>\")"));
    }
    let resource = path.trim_start_matches('/').split('/').next().unwrap_or_default().to_ascii_lowercase();
    if method == "POST" && op.bulk_id.as_deref().is_none_or(str::is_empty) {
        return Err(Error::validation(&attr("bulkId"), rule::REQUIRED, "a POST operation needs a bulkId"));
    }
    if method == "DELETE" {
        return Ok(());
    }
    let Some(data) = op.data.take() else {
        return Err(Error::validation(&attr("data"), rule::REQUIRED, format!("a {method} operation needs data")));
    };
    op.data = Some(match resource.as_str() {
        "users" => checked::<User>(client, data)?,
        "groups" => checked::<Group>(client, data)?,
        _ => data,
    });
    Ok(())
}

fn checked<T: Managed>(client: &Client, data: Value) -> Result<Value> {
    let resource: T = serde_json::from_value(data)
        .map_err(|e| Error::validation("data", rule::INVALID, format!("not a valid {}: {e}", T::RESOURCE_TYPE)))?;
    resource.check(client.roles())?;
    Ok(resource.to_wire())
}
