//! Values across the boundary: Python dicts in and out, through serde.

use pyo3::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::errors::{bad_input, to_py};

/// Reads a Python value into a core model; a `ValidationError` naming `what` if it does not fit.
pub fn from_py<T: DeserializeOwned>(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<T> {
    pythonize::depythonize(obj).map_err(|e| bad_input(what, e))
}

/// Writes a core value as plain Python data (dicts, lists, str, int, float, bool, None).
pub fn to_py_value<T: Serialize>(py: Python<'_>, value: &T) -> PyResult<Py<PyAny>> {
    pythonize::pythonize(py, value)
        .map(Bound::unbind)
        .map_err(|e| to_py(celonis_scim::Error::decode(format!("cannot convert to Python: {e}"))))
}

/// Runs a blocking core call with the GIL released, then converts its result.
pub fn blocking<T, F>(py: Python<'_>, call: F) -> PyResult<Py<PyAny>>
where
    T: Serialize + Send,
    F: FnOnce() -> celonis_scim::Result<T> + Send,
{
    let out = py.detach(call).map_err(to_py)?;
    to_py_value(py, &out)
}
