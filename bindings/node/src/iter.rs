//! Lazy iteration as an async iterator: `next()` resolves to `{ value, done }`, fetching a page
//! on the thread pool when the buffered one is used up.

use std::sync::{Arc, Mutex};

use celonis_scim::{Error, Group, ResourceIter, User};
use napi::bindgen_prelude::*;
use napi_derive::napi;
use serde_json::{Value, json};

use crate::task;

enum Inner {
    Users(ResourceIter<User>),
    Groups(ResourceIter<Group>),
}

/// An async iterator over every user or group (`for await (const u of client.iterUsers())`).
/// After an error it is done.
#[napi]
pub struct ResourceIterator {
    inner: Arc<Mutex<Inner>>,
}

impl ResourceIterator {
    pub fn users(it: ResourceIter<User>) -> Self {
        ResourceIterator { inner: Arc::new(Mutex::new(Inner::Users(it))) }
    }

    pub fn groups(it: ResourceIter<Group>) -> Self {
        ResourceIterator { inner: Arc::new(Mutex::new(Inner::Groups(it))) }
    }
}

fn step(inner: &Mutex<Inner>) -> std::result::Result<Value, Error> {
    let mut guard = inner.lock().unwrap_or_else(|p| p.into_inner());
    let next = match &mut *guard {
        Inner::Users(it) => it.next().map(|r| r.and_then(|u| to_value(&u))),
        Inner::Groups(it) => it.next().map(|r| r.and_then(|g| to_value(&g))),
    };
    match next {
        None => Ok(json!({"done": true, "value": null})),
        Some(Ok(v)) => Ok(json!({"done": false, "value": v})),
        Some(Err(e)) => Err(e),
    }
}

fn to_value<T: serde::Serialize>(v: &T) -> std::result::Result<Value, Error> {
    serde_json::to_value(v).map_err(|e| Error::decode(format!("cannot convert the answer: {e}")))
}

#[napi]
impl ResourceIterator {
    /// The next resource, as an iterator result.
    #[napi(ts_return_type = "Promise<IteratorResult<any, undefined>>")]
    pub fn next<'e>(&self, env: &'e Env) -> Result<Object<'e>> {
        let inner = Arc::clone(&self.inner);
        task::call(env, move || step(&inner))
    }
}
