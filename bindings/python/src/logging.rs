//! The client's log records in Python's `logging`, under `celonis_scim` (`celonis_scim.http`
//! for exchanges), through pyo3-log. Only the client's own records are forwarded: its
//! dependencies' trace output shows raw bytes, tokens included.
//!
//! pyo3-log's logger imports `logging`, which costs more than the rest of
//! `import celonis_scim`; so the bridge makes it when the first of the client's records comes.

use std::sync::{Arc, RwLock};

use celonis_scim::http::exchange_log::is_ours;
use log::{LevelFilter, Log, Metadata, Record};
use pyo3::prelude::*;
use pyo3_log::{Caching, Logger};

/// The process's bridge (the `log` facade has one logger per process).
static BRIDGE: Bridge = Bridge { logger: RwLock::new(None) };

/// Forwards the client's records to pyo3-log's logger, made on the first one.
struct Bridge {
    logger: RwLock<Option<Arc<Logger>>>,
}

impl Bridge {
    /// The logger, if made already.
    fn current(&self) -> Option<Arc<Logger>> {
        self.logger.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// The logger, made now if need be. It is made with no lock held: a thread that holds the
    /// GIL may log meanwhile, and must not wait for one that waits for the GIL.
    fn logger(&self) -> Option<Arc<Logger>> {
        if let Some(logger) = self.current() {
            return Some(logger);
        }
        let made = Python::attach(|py| Logger::new(py, Caching::LoggersAndLevels)).ok()?;
        let made = made.filter(LevelFilter::Off).filter_target("celonis_scim".to_owned(), LevelFilter::Trace);
        let mut slot = self.logger.write().unwrap_or_else(|p| p.into_inner());
        Some(slot.get_or_insert_with(|| Arc::new(made)).clone())
    }
}

impl Log for Bridge {
    fn enabled(&self, metadata: &Metadata) -> bool {
        is_ours(metadata.target()) && self.logger().is_some_and(|logger| logger.enabled(metadata))
    }

    fn log(&self, record: &Record) {
        if is_ours(record.target())
            && let Some(logger) = self.logger()
        {
            logger.log(record);
        }
    }

    fn flush(&self) {}
}

/// Installs the bridge once per process (a second module instance keeps the first's).
pub fn install() {
    if log::set_logger(&BRIDGE).is_ok() {
        log::set_max_level(LevelFilter::Trace);
    }
}

/// Forgets the `celonis_scim` loggers' levels as seen so far: call it after changing their
/// level (or handlers) while the program runs; levels set before the first call need nothing.
#[pyfunction]
pub fn refresh_logging() -> PyResult<()> {
    crate::convert::guard(|| {
        if let Some(logger) = BRIDGE.current() {
            logger.reset_handle().reset();
        }
        Ok(())
    })
}
