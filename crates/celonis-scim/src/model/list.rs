//! One page of resources (ListResponse) and the request that asks for one (SearchRequest).

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::Serialize;

use crate::model::lenient::{Key, LenientU64, NullableVec, scim_struct};
use crate::model::urn;

/// One page of a listing, as `GET /Users`, `GET /Groups` and `/.search` return it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListResponse<T> {
    /// The message schema.
    pub schemas: Vec<String>,
    /// How many resources the whole listing has.
    #[serde(rename = "totalResults")]
    pub total_results: u64,
    /// The 1-based index of the first resource of this page, when the server says.
    #[serde(rename = "startIndex", skip_serializing_if = "Option::is_none")]
    pub start_index: Option<u64>,
    /// How many resources this page holds, when the server says.
    #[serde(rename = "itemsPerPage", skip_serializing_if = "Option::is_none")]
    pub items_per_page: Option<u64>,
    /// The resources of this page.
    #[serde(rename = "Resources")]
    pub resources: Vec<T>,
    /// Whether the server said `totalResults` (when it did not, `total_results` is this
    /// page's length and paging goes on until an empty or short page).
    #[serde(skip)]
    pub total_reported: bool,
}

impl<T: serde::de::DeserializeOwned> ListResponse<T> {
    /// Parses a ListResponse from JSON bytes, as a `decode` error when they are not one.
    pub fn from_json(bytes: &[u8]) -> crate::Result<Self> {
        serde_json::from_slice(bytes).map_err(|e| crate::Error::decode(format!("not a valid ListResponse: {e}")))
    }
}

impl<T> Default for ListResponse<T> {
    fn default() -> Self {
        ListResponse {
            schemas: vec![urn::LIST_RESPONSE.to_owned()],
            total_results: 0,
            start_index: None,
            items_per_page: None,
            resources: Vec::new(),
            total_reported: false,
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ListResponse<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ListVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
            type Value = ListResponse<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a SCIM ListResponse object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = ListResponse { schemas: Vec::new(), ..ListResponse::default() };
                let mut total = None;
                while let Some(key) = map.next_key::<Key<'de>>()? {
                    let k: &str = &key.0;
                    if k.eq_ignore_ascii_case("Resources") {
                        out.resources = map.next_value::<NullableVec<T>>()?.0;
                    } else if k.eq_ignore_ascii_case("totalResults") {
                        total = map.next_value::<LenientU64>()?.0;
                    } else if k.eq_ignore_ascii_case("startIndex") {
                        out.start_index = map.next_value::<LenientU64>()?.0;
                    } else if k.eq_ignore_ascii_case("itemsPerPage") {
                        out.items_per_page = map.next_value::<LenientU64>()?.0;
                    } else if k.eq_ignore_ascii_case("schemas") {
                        out.schemas = map.next_value::<NullableVec<String>>()?.0;
                    } else {
                        map.next_value::<de::IgnoredAny>()?;
                    }
                }
                // RFC 7644 makes totalResults required; without it, this page's length is
                // all that is known, and the iterator keeps asking.
                out.total_reported = total.is_some();
                out.total_results = total.unwrap_or(out.resources.len() as u64);
                Ok(out)
            }
        }
        d.deserialize_map(ListVisitor(PhantomData))
    }
}

scim_struct! {
    /// The body of `POST /Users/.search` and `POST /Groups/.search`.
    ///
    /// Celonis supports no filtering or sorting: only `attributes`, `excludedAttributes`,
    /// `startIndex` and `count` mean anything to it. Other members are kept and sent as given.
    pub struct SearchRequest {
        "schemas" => schemas: Vec<String> as NullableVec<String>,
        /// Attributes to return.
        "attributes" => attributes: Vec<String> as NullableVec<String>,
        /// Attributes to leave out.
        "excludedAttributes" => excluded_attributes: Vec<String> as NullableVec<String>,
        /// The 1-based index of the first result.
        "startIndex" => start_index: Option<u64> as LenientU64,
        /// How many results to return at most.
        "count" => count: Option<u64> as LenientU64,
    }
    containers = [];
}

impl SearchRequest {
    /// The request as sent: with its message schema.
    pub fn to_wire(&self) -> serde_json::Value {
        let mut map = crate::model::resource::to_object(self);
        crate::model::resource::ensure_schema(&mut map, urn::SEARCH_REQUEST);
        serde_json::Value::Object(map)
    }
}
