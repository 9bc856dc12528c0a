//! The client's log records in Python's `logging`, under `celonis_scim` (`celonis_scim.http`
//! for exchanges), through pyo3-log. Only the client's own records are forwarded: its
//! dependencies' trace output shows raw bytes, tokens included.

use std::sync::OnceLock;

use log::LevelFilter;
use pyo3::prelude::*;
use pyo3_log::{Caching, Logger, ResetHandle};

/// The bridge's level cache, for `refresh_logging`.
static BRIDGE: OnceLock<ResetHandle> = OnceLock::new();

/// Installs the bridge once per process (a second module instance keeps the first's).
pub fn install(py: Python<'_>) -> PyResult<()> {
    let logger = Logger::new(py, Caching::LoggersAndLevels)?.filter(LevelFilter::Off).filter_target("celonis_scim".to_owned(), LevelFilter::Trace);
    if let Ok(handle) = logger.install() {
        let _ = BRIDGE.set(handle);
    }
    Ok(())
}

/// Forgets the `celonis_scim` loggers' levels as seen so far: call it after changing their
/// level (or handlers) while the program runs; levels set before the first call need nothing.
#[pyfunction]
pub fn refresh_logging() {
    if let Some(handle) = BRIDGE.get() {
        handle.reset();
    }
}
