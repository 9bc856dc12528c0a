//! The Celonis emulator, embedded, for Python tests (wrapped by `celonis_scim.testing`).

use std::sync::Mutex;
use std::time::Duration;

use celonis_scim_emulator::{EmulatorConfig, Fault};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::convert::{from_py, to_py_value};
use crate::errors::to_py;

/// A Celonis emulator on 127.0.0.1, running on its own threads until `stop()`.
///
/// Options are the emulator's configuration keys: `port`, `token`, `seats` ({role: n}),
/// `admin_role`, `default_count`, `max_count`, `bulk_max_operations`, `bulk_max_payload`,
/// `reject_filter`, `state` (a file path), `latency_ms`, `oauth_clients` ({id: secret}),
/// `oauth_token_lifetime`.
#[pyclass(frozen, module = "celonis_scim._native")]
pub struct Emulator {
    inner: Mutex<Option<celonis_scim_emulator::Emulator>>,
    url: String,
    token: String,
    token_url: String,
}

impl Emulator {
    fn with<T>(&self, f: impl FnOnce(&celonis_scim_emulator::Emulator) -> T) -> PyResult<T> {
        let guard = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        guard.as_ref().map(f).ok_or_else(|| to_py(celonis_scim::Error::config("the emulator is stopped")))
    }
}

#[pymethods]
impl Emulator {
    #[new]
    #[pyo3(signature = (**options))]
    fn new(py: Python<'_>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        crate::convert::guard(|| {
            let config: EmulatorConfig = match options {
                Some(o) => pythonize::depythonize::<EmulatorConfig>(o.as_any())
                    .map_err(|e| to_py(celonis_scim::Error::config(format!("invalid emulator options: {e}"))))?,
                None => EmulatorConfig::default(),
            };
            let emu = py
                .detach(|| celonis_scim_emulator::Emulator::start(config))
                .map_err(|e| to_py(celonis_scim::Error::config(format!("cannot start the emulator: {e}"))))?;
            Ok(Emulator { url: emu.url().to_owned(), token: emu.token().to_owned(), token_url: emu.token_url(), inner: Mutex::new(Some(emu)) })
        })
    }

    /// The SCIM base URL, `http://127.0.0.1:PORT/scim/v2`.
    #[getter]
    fn url(&self) -> PyResult<&str> {
        crate::convert::guard(|| Ok(self.url.as_str()))
    }

    /// The accepted token (as `Bearer` or `AppKey`).
    #[getter]
    fn token(&self) -> PyResult<&str> {
        crate::convert::guard(|| Ok(self.token.as_str()))
    }

    /// The OAuth token endpoint.
    #[getter]
    fn token_url(&self) -> PyResult<&str> {
        crate::convert::guard(|| Ok(self.token_url.as_str()))
    }

    /// Queues a fault for the next `count` SCIM answers: `rate_limit` (retry_after=),
    /// `rate_limit_reset` (reset=), `unavailable`, `status` (status=, body=), `drop`,
    /// `drop_after`, `malformed`, `truncated`.
    #[pyo3(signature = (kind, count = 1, **params))]
    fn inject(&self, kind: &str, count: u32, params: Option<&Bound<'_, PyDict>>) -> PyResult<()> {
        crate::convert::guard(|| {
            let mut map = match params {
                Some(p) => from_py::<serde_json::Map<String, serde_json::Value>>(p.as_any(), "fault")?,
                None => serde_json::Map::new(),
            };
            map.insert("kind".into(), kind.into());
            let fault: Fault = serde_json::from_value(serde_json::Value::Object(map))
                .map_err(|e| to_py(celonis_scim::Error::validation("fault", "invalidValue", format!("not a fault: {e}"))))?;
            self.with(|e| e.inject(fault, count))
        })
    }

    /// Sets the latency added to every SCIM answer, in milliseconds.
    fn set_latency(&self, latency_ms: u64) -> PyResult<()> {
        crate::convert::guard(|| {
            self.with(|e| e.set_latency(Duration::from_millis(latency_ms)))
        })
    }

    /// Forgets every OAuth token issued so far.
    fn revoke_tokens(&self) -> PyResult<()> {
        crate::convert::guard(|| {
            self.with(|e| e.revoke_tokens())
        })
    }

    /// Licence seats in use per role.
    fn seat_usage(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        crate::convert::guard(|| {
            let usage = self.with(|e| e.seat_usage())?;
            to_py_value(py, &usage)
        })
    }

    /// Stops the emulator (idempotent).
    fn stop(&self, py: Python<'_>) -> PyResult<()> {
        crate::convert::guard(|| {
            let taken = self.inner.lock().unwrap_or_else(|p| p.into_inner()).take();
            if let Some(e) = taken {
                py.detach(|| e.stop());
            }
            Ok(())
        })
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::convert::guard(|| Ok(format!("Emulator({:?})", self.url)))
    }
}
