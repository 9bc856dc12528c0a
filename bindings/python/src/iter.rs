//! Lazy iteration over users or groups, as a Python iterator.

use std::sync::Mutex;

use celonis_scim::{Group, ResourceIter, User};
use pyo3::prelude::*;

use crate::convert::to_py_value;
use crate::errors::to_py;

enum Inner {
    Users(ResourceIter<User>),
    Groups(ResourceIter<Group>),
}

/// An iterator over every user or group; each step that needs a page fetches it with the GIL
/// released. After an error it is exhausted.
#[pyclass(frozen, module = "celonis_scim._native")]
pub struct ResourceIterator {
    inner: Mutex<Inner>,
}

impl ResourceIterator {
    pub fn users(it: ResourceIter<User>) -> Self {
        ResourceIterator { inner: Mutex::new(Inner::Users(it)) }
    }

    pub fn groups(it: ResourceIter<Group>) -> Self {
        ResourceIterator { inner: Mutex::new(Inner::Groups(it)) }
    }
}

#[pymethods]
impl ResourceIterator {
    fn __iter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        let step = py.detach(|| {
            let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
            match &mut *inner {
                Inner::Users(it) => it.next().map(|r| r.map(Item::User)),
                Inner::Groups(it) => it.next().map(|r| r.map(Item::Group)),
            }
        });
        match step {
            None => Ok(None),
            Some(Err(e)) => Err(to_py(e)),
            Some(Ok(Item::User(u))) => to_py_value(py, &u).map(Some),
            Some(Ok(Item::Group(g))) => to_py_value(py, &g).map(Some),
        }
    }
}

enum Item {
    User(User),
    Group(Group),
}
