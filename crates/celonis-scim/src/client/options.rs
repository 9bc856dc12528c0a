//! Options of the reading operations: projections, one page, every page. They read from JSON
//! too (the C API's form): `{"attributes": [...], "start_index": 1, "count": 50}`.

use serde::Deserialize;

/// Which attributes the server should return (`attributes` / `excludedAttributes`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Projection {
    /// Return only these attributes (plus `id`), when not empty.
    pub attributes: Vec<String>,
    /// Leave out these attributes.
    pub excluded_attributes: Vec<String>,
}

impl Projection {
    /// The query parameters of this projection.
    pub(crate) fn query(&self) -> Vec<(&'static str, String)> {
        let mut q = Vec::new();
        if !self.attributes.is_empty() {
            q.push(("attributes", self.attributes.join(",")));
        }
        if !self.excluded_attributes.is_empty() {
            q.push(("excludedAttributes", self.excluded_attributes.join(",")));
        }
        q
    }
}

/// One page of a listing (`GET /Users?startIndex=&count=`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "FlatOptions")]
pub struct ListOptions {
    /// The 1-based index of the first resource (server default 1).
    pub start_index: Option<u64>,
    /// How many resources at most (server default 200).
    pub count: Option<u64>,
    /// Which attributes to return.
    pub projection: Projection,
}

/// Iteration over every resource, page by page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "FlatOptions")]
pub struct IterOptions {
    /// Resources per page; the server's default (200) when unset.
    pub page_size: Option<u64>,
    /// Which attributes to return.
    pub projection: Projection,
}

impl ListOptions {
    pub(crate) fn query(&self) -> Vec<(&'static str, String)> {
        let mut q = Vec::new();
        if let Some(s) = self.start_index {
            q.push(("startIndex", s.to_string()));
        }
        if let Some(c) = self.count {
            q.push(("count", c.to_string()));
        }
        q.extend(self.projection.query());
        q
    }
}

/// The JSON form of the listing options: every key at the top level, unknown keys refused.
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct FlatOptions {
    start_index: Option<u64>,
    count: Option<u64>,
    page_size: Option<u64>,
    attributes: Vec<String>,
    excluded_attributes: Vec<String>,
}

impl FlatOptions {
    fn projection(&mut self) -> Projection {
        Projection {
            attributes: std::mem::take(&mut self.attributes),
            excluded_attributes: std::mem::take(&mut self.excluded_attributes),
        }
    }
}

impl TryFrom<FlatOptions> for ListOptions {
    type Error = &'static str;
    fn try_from(mut f: FlatOptions) -> Result<Self, Self::Error> {
        if f.page_size.is_some() {
            return Err("page_size is for iteration; one page takes start_index and count");
        }
        Ok(ListOptions { start_index: f.start_index, count: f.count, projection: f.projection() })
    }
}

impl TryFrom<FlatOptions> for IterOptions {
    type Error = &'static str;
    fn try_from(mut f: FlatOptions) -> Result<Self, Self::Error> {
        if f.start_index.is_some() || f.count.is_some() {
            return Err("iteration takes page_size, not start_index or count");
        }
        Ok(IterOptions { page_size: f.page_size, projection: f.projection() })
    }
}
