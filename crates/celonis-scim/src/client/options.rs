//! Options of the reading operations: projections, one page, every page.

/// Which attributes the server should return (`attributes` / `excludedAttributes`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListOptions {
    /// The 1-based index of the first resource (server default 1).
    pub start_index: Option<u64>,
    /// How many resources at most (server default 200).
    pub count: Option<u64>,
    /// Which attributes to return.
    pub projection: Projection,
}

/// Iteration over every resource, page by page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
