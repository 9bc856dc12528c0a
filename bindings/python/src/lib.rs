//! The `celonis_scim._native` extension module: thin conversions over the Rust core.

// Core errors are large and rare: clippy's result_large_err does not pay here.
#![allow(clippy::result_large_err)]

mod aio;
mod client;
mod convert;
mod emulator;
mod errors;
mod iter;
mod job;
mod logging;
mod sync;

use pyo3::prelude::*;

/// The native part of `celonis_scim`.
#[pymodule(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    errors::register(m)?;
    logging::install();
    m.add_function(wrap_pyfunction!(logging::refresh_logging, m)?)?;
    m.add_class::<client::Client>()?;
    m.add_class::<aio::CallToken>()?;
    m.add_function(wrap_pyfunction!(aio::spawn, m)?)?;
    m.add_class::<iter::ResourceIterator>()?;
    m.add_class::<job::Job>()?;
    m.add_function(wrap_pyfunction!(job::config_teams, m)?)?;
    m.add_class::<emulator::Emulator>()?;
    m.add_function(wrap_pyfunction!(client::parse_list_response, m)?)?;
    m.add_function(wrap_pyfunction!(client::_panic_for_tests, m)?)?;
    m.add_function(wrap_pyfunction!(sync::render_plan, m)?)?;
    m.add_function(wrap_pyfunction!(sync::save_plan, m)?)?;
    m.add_function(wrap_pyfunction!(sync::load_plan, m)?)?;
    m.add_function(wrap_pyfunction!(sync::undo_plan, m)?)?;
    m.add_function(wrap_pyfunction!(sync::runs, m)?)?;
    m.add_function(wrap_pyfunction!(sync::presets, m)?)?;
    m.add_function(wrap_pyfunction!(sync::preset_mapping, m)?)?;
    m.add_function(wrap_pyfunction!(sync::rehearse, m)?)?;
    m.add_function(wrap_pyfunction!(sync::select_plan, m)?)?;
    m.add_function(wrap_pyfunction!(sync::plan_rows, m)?)?;
    m.add_function(wrap_pyfunction!(sync::report_rows, m)?)?;
    m.add_function(wrap_pyfunction!(sync::plan_html, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
