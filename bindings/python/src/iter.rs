//! Lazy iteration over users or groups, as a Python iterator.

use std::sync::Mutex;

use celonis_scim::{Group, ResourceIter, User};
use pyo3::prelude::*;

use crate::convert::{Interrupt, to_py_value, unwind_safe};

enum Inner {
    Users(ResourceIter<User>),
    Groups(ResourceIter<Group>),
}

/// An iterator over every user or group; each step that needs a page fetches it with the GIL
/// released. After an error it is exhausted.
#[pyclass(frozen, module = "celonis_scim._native")]
pub struct ResourceIterator {
    inner: Mutex<Inner>,
    /// Ctrl-C while a page is fetched (the iterator's client honours its token).
    interrupt: Interrupt,
}

impl ResourceIterator {
    pub fn users(it: ResourceIter<User>, interrupt: Interrupt) -> Self {
        ResourceIterator { inner: Mutex::new(Inner::Users(it)), interrupt }
    }

    pub fn groups(it: ResourceIter<Group>, interrupt: Interrupt) -> Self {
        ResourceIterator { inner: Mutex::new(Inner::Groups(it)), interrupt }
    }
}

#[pymethods]
impl ResourceIterator {
    fn __iter__(slf: Py<Self>) -> PyResult<Py<Self>> {
        crate::convert::guard(|| Ok(slf))
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        let step = py.detach(|| {
            unwind_safe(|| {
                let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
                match &mut *inner {
                    Inner::Users(it) => it.next().map(|r| r.map(Item::User)).transpose(),
                    Inner::Groups(it) => it.next().map(|r| r.map(Item::Group)).transpose(),
                }
            })
        });
        match step.transpose() {
            None => Ok(None),
            Some(Err(e)) => Err(self.interrupt.error(e)),
            Some(Ok(Item::User(u))) => to_py_value(py, &u).map(Some),
            Some(Ok(Item::Group(g))) => to_py_value(py, &g).map(Some),
        }
    }
}

enum Item {
    User(User),
    Group(Group),
}
