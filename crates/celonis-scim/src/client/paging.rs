//! Lazy iteration over every user or group, page by page.
//!
//! Guards against servers that page badly: the window advances by the new resources a page
//! held, so a short or overlapping page skips nothing; without `totalResults`, paging goes on
//! until an empty (or, with a page size, short) page; an empty page before `totalResults` is
//! reached, or a page of nothing but
//! resources already seen, ends the iteration with a `decode` error instead of looping or
//! silently stopping early; a resource seen twice is yielded once.

use std::collections::{HashSet, VecDeque};

use super::{Client, IterOptions, ListOptions, resources::Managed};
use crate::error::{Error, Result};

/// An iterator over every resource of one type; each item is a `Result` because every page
/// is a request that can fail. After an error it yields nothing more.
pub struct ResourceIter<T> {
    client: Client,
    options: IterOptions,
    next_index: u64,
    buffer: VecDeque<T>,
    seen: HashSet<String>,
    finished: bool,
}

impl<T: Managed> ResourceIter<T> {
    pub(crate) fn new(client: Client, options: IterOptions) -> Self {
        ResourceIter { client, options, next_index: 1, buffer: VecDeque::new(), seen: HashSet::new(), finished: false }
    }

    /// Fetches the next page and returns its new resources; `Ok(None)` at the end.
    /// Mixing this with `next()` is fine: buffered resources are returned first.
    pub fn next_page(&mut self) -> Result<Option<Vec<T>>> {
        if !self.buffer.is_empty() {
            return Ok(Some(self.buffer.drain(..).collect()));
        }
        while !self.finished {
            let fresh = self.fetch()?;
            if !fresh.is_empty() {
                return Ok(Some(fresh));
            }
        }
        Ok(None)
    }

    fn fetch(&mut self) -> Result<Vec<T>> {
        let options = ListOptions {
            start_index: Some(self.next_index),
            count: self.options.page_size,
            projection: self.options.projection.clone(),
        };
        let page = match self.client.list::<T>(&options) {
            Ok(p) => p,
            Err(e) => {
                self.finished = true;
                return Err(e);
            }
        };
        let total = page.total_reported.then_some(page.total_results);
        let received = page.resources.len() as u64;
        if received == 0 {
            self.finished = true;
            if let Some(total) = total.filter(|t| self.next_index <= *t) {
                return Err(Error::decode(format!(
                    "the server returned an empty page at startIndex {} though totalResults is {total}",
                    self.next_index
                )));
            }
            return Ok(Vec::new());
        }
        let mut fresh = Vec::with_capacity(page.resources.len());
        for r in page.resources {
            match r.id() {
                Some(id) if !self.seen.insert(id.to_owned()) => {}
                _ => fresh.push(r),
            }
        }
        if fresh.is_empty() {
            self.finished = true;
            return Err(Error::decode(format!(
                "the server repeated resources already returned at startIndex {}: it ignores startIndex",
                self.next_index
            )));
        }
        // Advance by what was new: a page that overlaps the previous one does not push the
        // window past resources not yet seen.
        self.next_index += fresh.len() as u64;
        let past_total = total.is_some_and(|t| self.next_index > t);
        // Without totalResults, a page shorter than asked for is the last one.
        let short_page = total.is_none() && self.options.page_size.is_some_and(|n| received < n);
        if past_total || short_page {
            self.finished = true;
        }
        Ok(fresh)
    }
}

impl<T: Managed> Iterator for ResourceIter<T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        loop {
            if let Some(r) = self.buffer.pop_front() {
                return Some(Ok(r));
            }
            if self.finished {
                return None;
            }
            match self.fetch() {
                Ok(fresh) => self.buffer.extend(fresh),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}
