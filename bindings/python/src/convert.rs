//! Values across the boundary: Python dicts in and out, through serde.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex};

use celonis_scim::CancelToken;
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

/// Ctrl-C for blocking calls: a cancel token whose poll function runs Python's signal
/// handlers (from the main thread, while a call waits), and the exception a handler raised;
/// for a call an `AsyncClient` runs on the core's threads, the cancellation of its awaiting
/// task.
#[derive(Clone)]
pub struct Interrupt {
    token: CancelToken,
    raised: Arc<Mutex<Option<PyErr>>>,
}

impl Interrupt {
    /// A fresh token for one call (or one iterator).
    pub fn new() -> Self {
        let raised: Arc<Mutex<Option<PyErr>>> = Arc::default();
        let slot = Arc::clone(&raised);
        // The call an AsyncClient runs (see `crate::aio`): the token of the call this one is
        // made in, seen from any thread the work moves to, and the token of the call that
        // uses it later (an iterator's next page).
        let outer = crate::aio::ambient();
        let token = CancelToken::with_poll(move || {
            let cancelled = |t: Option<CancelToken>| t.is_some_and(|t| t.is_cancelled());
            if cancelled(outer.clone()) || cancelled(crate::aio::ambient()) {
                return true;
            }
            Python::attach(|py| match py.check_signals() {
                Ok(()) => false,
                Err(e) => {
                    *slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
                    true
                }
            })
        });
        Interrupt { token, raised }
    }

    /// The client handle that honours this token.
    pub fn client(&self, client: &celonis_scim::Client) -> celonis_scim::Client {
        client.with_cancel(&self.token)
    }

    /// The exception a signal handler raised while the call waited (KeyboardInterrupt), if any.
    pub fn raised(&self) -> Option<PyErr> {
        self.raised.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    /// The Python error for a failed call: the signal handler's exception when one cancelled it.
    pub fn error(&self, err: celonis_scim::Error) -> PyErr {
        self.raised().unwrap_or_else(|| to_py(err))
    }
}

/// Runs `call` with panics caught: a panic becomes an `internal` error, never a
/// `PanicException` (which `except Exception` would not catch).
pub fn unwind_safe<T>(call: impl FnOnce() -> celonis_scim::Result<T>) -> celonis_scim::Result<T> {
    catch_unwind(AssertUnwindSafe(call)).unwrap_or_else(|_| Err(celonis_scim::Error::internal("a call panicked")))
}

/// The guard of an entry point that makes no core call (a getter, a conversion): its result,
/// or an `InternalError` when it panics.
pub fn guard<T>(call: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    catch_unwind(AssertUnwindSafe(call)).unwrap_or_else(|_| Err(crate::errors::to_py(celonis_scim::Error::internal("a call panicked"))))
}

/// Runs a core call on a handle of `client` with the GIL released, honouring Ctrl-C
/// (KeyboardInterrupt is raised) and catching panics (InternalError).
pub fn run<T, F>(py: Python<'_>, client: &celonis_scim::Client, call: F) -> PyResult<T>
where
    T: Send,
    F: FnOnce(&celonis_scim::Client) -> celonis_scim::Result<T> + Send,
{
    let interrupt = Interrupt::new();
    let handle = interrupt.client(client);
    py.detach(|| unwind_safe(|| call(&handle))).map_err(|e| interrupt.error(e))
}

/// [`run`], then the result as Python data.
pub fn blocking<T, F>(py: Python<'_>, client: &celonis_scim::Client, call: F) -> PyResult<Py<PyAny>>
where
    T: Serialize + Send,
    F: FnOnce(&celonis_scim::Client) -> celonis_scim::Result<T> + Send,
{
    let out = run(py, client, call)?;
    to_py_value(py, &out)
}
