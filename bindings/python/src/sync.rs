//! `Client.plan` / `Client.apply` and `render_plan`: the main job, as dicts.

use std::path::PathBuf;

use celonis_scim::sync::{ApplyOptions, DesiredState, Plan, PlanOptions, Progress, render};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use crate::client::Client;
use crate::convert::{Interrupt, blocking, from_py, to_py_value, unwind_safe};
use crate::errors::to_py;

/// The desired state as given: a dict (converted with the GIL), or a file path (read later,
/// with the GIL released).
enum Desired {
    State(DesiredState),
    File(PathBuf, Option<PathBuf>),
}

impl Desired {
    fn from_py(value: &Bound<'_, PyAny>, mapping: Option<PathBuf>) -> PyResult<Self> {
        if value.is_instance_of::<PyString>() || value.hasattr("__fspath__")? {
            return Ok(Desired::File(value.extract()?, mapping));
        }
        from_py(value, "desired").map(Desired::State)
    }

    fn read(self) -> celonis_scim::Result<DesiredState> {
        match self {
            Desired::State(s) => Ok(s),
            Desired::File(path, mapping) => DesiredState::from_path(&path, mapping.as_deref()),
        }
    }
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
        let desired = Desired::from_py(desired, mapping)?;
        let options: PlanOptions = self::options(options, "plan options")?;
        blocking(py, self.inner(), |c| c.plan(&desired.read()?, &options))
    }

    /// `Client.apply`: see its docstring in client.rs.
    pub fn apply_impl(&self, py: Python<'_>, plan: &Bound<'_, PyAny>, progress: Option<Py<PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let plan: Plan = from_py(plan, "plan")?;
        let options: ApplyOptions = self::options(options, "apply options")?;
        let interrupt = Interrupt::new();
        let client = interrupt.client(self.inner());
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
                unwind_safe(|| client.apply(&plan, &options, Some(&call)))
            })
            .map_err(|e| interrupt.error(e))?;
        let report = to_py_value(py, &report)?;
        // Ctrl-C stopped the apply: raise KeyboardInterrupt, with what was done as `.report`.
        match interrupt.raised() {
            Some(stop) => {
                stop.value(py).setattr("report", &report)?;
                Err(stop)
            }
            None => Ok(report),
        }
    }
}

/// A plan as a readable diff (`+` creates, `~` changes, `-` removals, `!` conflicts);
/// `colour` adds ANSI colours.
#[pyfunction]
#[pyo3(signature = (plan, colour = false))]
pub fn render_plan(plan: &Bound<'_, PyAny>, colour: bool) -> PyResult<String> {
    let plan: Plan = from_py(plan, "plan")?;
    unwind_safe(|| Ok(render(&plan, colour))).map_err(to_py)
}
