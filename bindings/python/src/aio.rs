//! What `celonis_scim.aio.AsyncClient` needs of the native side: a call run on the core's own
//! threads ([`POOL`]), never on the event loop nor on its default executor,
//! completing an asyncio future through `loop.call_soon_threadsafe`; and a token that cancels
//! that call.

use std::cell::RefCell;

use celonis_scim::CancelToken;
use celonis_scim::pool::Pool;
use pyo3::prelude::*;

/// The threads AsyncClient calls run on: how many calls are in flight at once. Measured on 2
/// cores (python/bench/bench_async.py): against a server 50 ms away, 32 threads serve 606
/// calls/s, 8 threads 156; against one with no latency, 2,000 awaits take the same time either
/// way, but 32 threads wanting the GIL for the Python part of their calls delay the loop more
/// (p99 32 ms against 6 ms). Remote servers have latency: 32, as Node's.
static POOL: Pool = Pool::new("celonis-scim-async", 32);

thread_local! {
    /// The token of the call this pool thread runs for an event loop (see [`spawn`]).
    static AMBIENT: RefCell<Option<CancelToken>> = const { RefCell::new(None) };
}

/// The token of the call this thread runs for an event loop, if it runs one.
pub fn ambient() -> Option<CancelToken> {
    AMBIENT.with(|a| a.borrow().clone())
}

/// Cancels one call started by [`spawn`] (the awaiting task was cancelled).
#[pyclass(frozen, module = "celonis_scim._native")]
pub struct CallToken {
    token: CancelToken,
}

#[pymethods]
impl CallToken {
    #[new]
    fn new() -> PyResult<Self> {
        crate::convert::guard(|| Ok(CallToken { token: CancelToken::new() }))
    }

    /// Cancels the call: it stops as soon as it can, with a `cancelled` error (an apply
    /// starts no new operation and reports the rest as cancelled).
    fn cancel(&self) -> PyResult<()> {
        crate::convert::guard(|| {
            self.token.cancel();
            Ok(())
        })
    }

    /// Whether `cancel` was called.
    #[getter]
    fn cancelled(&self) -> PyResult<bool> {
        crate::convert::guard(|| Ok(self.token.is_cancelled()))
    }
}

/// Runs `call()` on one of the core's threads, with `token` as that call's cancellation, then
/// hands its outcome to the event loop: `event_loop.call_soon_threadsafe(settle, future,
/// error, value)` (`error` is the exception it raised, or None). A loop already closed is
/// nobody to tell, and is left alone.
#[pyfunction]
pub fn spawn(call: Py<PyAny>, token: &CallToken, event_loop: Py<PyAny>, settle: Py<PyAny>, future: Py<PyAny>) -> PyResult<()> {
    crate::convert::guard(|| {
        let token = token.token.clone();
        POOL.submit(Box::new(move || {
            Python::attach(|py| {
                AMBIENT.with(|a| *a.borrow_mut() = Some(token));
                let outcome = call.call0(py);
                AMBIENT.with(|a| *a.borrow_mut() = None);
                let (error, value) = match outcome {
                    Ok(value) => (py.None(), value),
                    Err(e) => (e.into_value(py).into_any(), py.None()),
                };
                // RuntimeError when the loop is closed: the awaiting side is gone.
                let _ = event_loop.call_method1(py, "call_soon_threadsafe", (settle, future, error, value));
            });
        }));
        Ok(())
    })
}
