//! The exception hierarchy, declared once here, and the one mapping from core error kinds.
//!
//! ScimError > ApiError > (BadRequestError, AuthError, NotFoundError, ConflictError,
//! PreconditionFailedError, RateLimitError, ServerError); ScimError > ValidationError and
//! ConfigError (both also `ValueError`), TransportError, DecodeError, CancelledError,
//! InternalError.

use celonis_scim::{Error, ErrorKind};
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};

/// Every exception class: (name, bases by name or Python builtin, docstring).
const CLASSES: [(&str, &[&str], &str); 15] = [
    ("ScimError", &["Exception"], "Base of every error raised by celonis_scim."),
    ("ApiError", &["ScimError"], "The server answered with an error status."),
    ("ValidationError", &["ScimError", "ValueError"], "The client refused to send: a rule of the schema or of Celonis is broken."),
    ("ConfigError", &["ScimError", "ValueError"], "The client configuration is unusable."),
    ("BadRequestError", &["ApiError"], "The server answered 400."),
    ("AuthError", &["ApiError"], "The server answered 401 or 403."),
    ("NotFoundError", &["ApiError"], "The server answered 404."),
    ("ConflictError", &["ApiError"], "The server answered 409."),
    ("PreconditionFailedError", &["ApiError"], "The server answered 412."),
    ("RateLimitError", &["ApiError"], "The server answered 429 and the retries ran out."),
    ("ServerError", &["ApiError"], "The server answered 5xx and the retries ran out."),
    ("TransportError", &["ScimError"], "Connecting, TLS, a timeout or a broken connection."),
    ("DecodeError", &["ScimError"], "An answer that is not the JSON/SCIM document it should be."),
    ("CancelledError", &["ScimError"], "The call was cancelled (Ctrl-C raises KeyboardInterrupt instead)."),
    ("InternalError", &["ScimError"], "A bug inside celonis-scim, caught before it could crash the interpreter."),
];

static TYPES: PyOnceLock<Vec<Py<PyType>>> = PyOnceLock::new();

/// Creates the classes and adds them to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    let builtins_type = py.get_type::<PyType>();
    let mut made: Vec<(&str, Bound<'_, PyType>)> = Vec::new();
    for (name, bases, doc) in CLASSES {
        let bases: Vec<Bound<'_, PyType>> = bases
            .iter()
            .map(|b| match *b {
                "Exception" => py.get_type::<PyException>(),
                "ValueError" => py.get_type::<PyValueError>(),
                other => made.iter().find(|(n, _)| *n == other).map(|(_, t)| t.clone()).expect("bases are declared first"),
            })
            .collect();
        let ns = PyDict::new(py);
        ns.set_item("__doc__", doc)?;
        ns.set_item("__module__", "celonis_scim")?;
        let class = builtins_type.call1((name, PyTuple::new(py, bases)?, ns))?.cast_into::<PyType>()?;
        m.add(name, &class)?;
        made.push((name, class));
    }
    let _ = TYPES.set(py, made.into_iter().map(|(_, t)| t.unbind()).collect());
    Ok(())
}

/// The class name of a core error kind: the one exhaustive mapping.
fn class_of(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Validation => "ValidationError",
        ErrorKind::Config => "ConfigError",
        ErrorKind::BadRequest => "BadRequestError",
        ErrorKind::Unauthorized | ErrorKind::Forbidden => "AuthError",
        ErrorKind::NotFound => "NotFoundError",
        ErrorKind::Conflict => "ConflictError",
        ErrorKind::PreconditionFailed => "PreconditionFailedError",
        ErrorKind::RateLimited => "RateLimitError",
        ErrorKind::Server => "ServerError",
        ErrorKind::Http => "ApiError",
        ErrorKind::Transport => "TransportError",
        ErrorKind::Decode => "DecodeError",
        ErrorKind::Cancelled => "CancelledError",
        ErrorKind::Internal => "InternalError",
    }
}

/// Converts a core error into its Python exception, with every field set.
pub fn to_py(err: Error) -> PyErr {
    Python::attach(|py| match build(py, &err) {
        Ok(e) => e,
        Err(e) => e,
    })
}

fn build(py: Python<'_>, err: &Error) -> PyResult<PyErr> {
    let name = class_of(err.kind());
    let types = TYPES.get(py).ok_or_else(|| PyException::new_err("celonis_scim exceptions are not registered"))?;
    let index = CLASSES.iter().position(|(n, _, _)| *n == name).unwrap_or(0);
    let class = types[index].bind(py);
    let exc = class.call1((err.to_string(),))?;
    exc.setattr("code", err.code())?;
    exc.setattr("status", err.status)?;
    exc.setattr("scim_type", err.scim_type.as_deref())?;
    exc.setattr("detail", err.detail.as_deref())?;
    exc.setattr("error_code", err.error_code.as_deref())?;
    exc.setattr("support_id", err.support_id.as_deref())?;
    exc.setattr("retry_after", err.retry_after.map(|d| d.as_secs_f64()))?;
    exc.setattr("attribute", err.attribute.as_deref())?;
    Ok(PyErr::from_value(exc))
}

/// A value from Python that does not have the shape it should: a `ValidationError`.
pub fn bad_input(what: &str, e: impl std::fmt::Display) -> PyErr {
    to_py(Error::validation(what, celonis_scim::validate::rule::INVALID, format!("{what} is not valid: {e}")))
}
