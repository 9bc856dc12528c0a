//! `Client.plan` / `Client.apply` and `render_plan`: the main job, as dicts.

use std::path::PathBuf;

use celonis_scim::sync::{ApplyOptions, DesiredState, Plan, PlanOptions, Progress, render};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use crate::client::Client;
use crate::convert::{from_py, to_py_value};
use crate::errors::to_py;

/// The desired state: a dict, or the path of a CSV or JSON file.
fn desired(value: &Bound<'_, PyAny>, mapping: Option<PathBuf>) -> PyResult<DesiredState> {
    if value.is_instance_of::<PyString>() || value.hasattr("__fspath__")? {
        let path: PathBuf = value.extract()?;
        return DesiredState::from_path(&path, mapping.as_deref()).map_err(to_py);
    }
    from_py(value, "desired")
}

fn options<T: serde::de::DeserializeOwned + Default>(options: Option<&Bound<'_, PyDict>>, what: &str) -> PyResult<T> {
    match options {
        Some(o) if !o.is_empty() => pythonize::depythonize(o.as_any())
            .map_err(|e| to_py(celonis_scim::Error::config(format!("invalid {what}: {e}")))),
        _ => Ok(T::default()),
    }
}

/// The implementations behind `Client.plan` and `Client.apply` (declared in client.rs).
impl Client {
    /// `Client.plan`: see its docstring in client.rs.
    pub fn plan_impl(&self, py: Python<'_>, desired: &Bound<'_, PyAny>, mapping: Option<PathBuf>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let state = self::desired(desired, mapping)?;
        let options: PlanOptions = self::options(options, "plan options")?;
        let plan = py.detach(|| self.inner().plan(&state, &options)).map_err(to_py)?;
        to_py_value(py, &plan)
    }

    /// `Client.apply`: see its docstring in client.rs.
    pub fn apply_impl(&self, py: Python<'_>, plan: &Bound<'_, PyAny>, progress: Option<Py<PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let plan: Plan = from_py(plan, "plan")?;
        let options: ApplyOptions = self::options(options, "apply options")?;
        let report = py
            .detach(|| {
                let call = |p: &Progress<'_>| {
                    if let Some(cb) = &progress {
                        Python::attach(|py| {
                            let arg = to_py_value(py, p).and_then(|v| cb.call1(py, (v,)));
                            if let Err(e) = arg {
                                e.write_unraisable(py, Some(cb.bind(py)));
                            }
                        });
                    }
                };
                self.inner().apply(&plan, &options, Some(&call))
            })
            .map_err(to_py)?;
        to_py_value(py, &report)
    }
}

/// A plan as a readable diff (`+` creates, `~` changes, `-` removals, `!` conflicts);
/// `colour` adds ANSI colours.
#[pyfunction]
#[pyo3(signature = (plan, colour = false))]
pub fn render_plan(plan: &Bound<'_, PyAny>, colour: bool) -> PyResult<String> {
    let plan: Plan = from_py(plan, "plan")?;
    Ok(render(&plan, colour))
}
