//! Discovery: what the server supports, its schemas and its resource types.

use serde::de::DeserializeOwned;
use ureq::http::Method;

use super::{Call, Client};
use crate::error::{Error, Result};
use crate::model::{ListResponse, ResourceType, Schema, ServiceProviderConfig};

impl Client {
    /// `GET /ServiceProviderConfig`: supported features and limits (bulk, paging).
    pub fn service_provider_config(&self) -> Result<ServiceProviderConfig> {
        self.discover("/ServiceProviderConfig", None)
    }

    /// `GET /Schemas`: every schema the server knows.
    pub fn schemas(&self) -> Result<ListResponse<Schema>> {
        self.discover_list("/Schemas")
    }

    /// `GET /Schemas/{urn}`: one schema.
    pub fn schema(&self, urn: &str) -> Result<Schema> {
        self.discover("/Schemas", Some(urn))
    }

    /// `GET /ResourceTypes`: every resource type.
    pub fn resource_types(&self) -> Result<ListResponse<ResourceType>> {
        self.discover_list("/ResourceTypes")
    }

    /// `GET /ResourceTypes/{name}`: one resource type (`User`, `Group`).
    pub fn resource_type(&self, name: &str) -> Result<ResourceType> {
        self.discover("/ResourceTypes", Some(name))
    }

    fn discover<T: DeserializeOwned + Default>(&self, path: &str, segment: Option<&str>) -> Result<T> {
        if segment.is_some_and(|s| s.trim().is_empty()) {
            return Err(Error::validation("id", crate::validate::rule::REQUIRED, "name must not be empty"));
        }
        let segments: Vec<&str> = segment.into_iter().collect();
        let call = Call { method: Method::GET, url: self.url(path, &segments, &[]), body: None, idempotent: true };
        Ok(self.send_decode::<T>(call, path.trim_start_matches('/'))?.unwrap_or_default())
    }

    /// Lists are ListResponses per RFC 7644; a bare JSON array is accepted too.
    fn discover_list<T: DeserializeOwned>(&self, path: &str) -> Result<ListResponse<T>> {
        let call = Call { method: Method::GET, url: self.url(path, &[], &[]), body: None, idempotent: true };
        let reply = self.send(&call)?;
        if reply.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(ListResponse::default());
        }
        if let Ok(items) = serde_json::from_slice::<Vec<T>>(&reply.body) {
            return Ok(ListResponse { total_results: items.len() as u64, total_reported: true, resources: items, ..Default::default() });
        }
        Ok(super::decode::<ListResponse<T>>(&reply, "ListResponse")?.unwrap_or_default())
    }
}
