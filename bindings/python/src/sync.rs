//! `Client.plan` / `Client.apply` and `render_plan`: the main job, as dicts.

use std::path::PathBuf;

use celonis_scim::sync::{ApplyOptions, Input, Job, JobOptions, Plan, Progress, Report, SavedPlan, Selection, TeamState, render, render_html};
use pyo3::prelude::*;
use pyo3::types::{IntoPyDict, PyDict, PyString};

use crate::client::Client;
use crate::convert::{Interrupt, blocking, from_py, to_py_value, unwind_safe};
use crate::errors::to_py;

/// Whether a value names a file: a `str` or an `os.PathLike`.
fn is_path(value: &Bound<'_, PyAny>) -> PyResult<bool> {
    Ok(value.is_instance_of::<PyString>() || value.hasattr("__fspath__")?)
}

/// The job's input as given: a path (read later, off the GIL), a dict (the desired state), a
/// pandas DataFrame or any iterable of dicts (records, read through the mapping).
pub(crate) fn input(desired: &Bound<'_, PyAny>) -> PyResult<Input> {
    if is_path(desired)? {
        return Ok(Input::Path(desired.extract()?));
    }
    if desired.is_instance_of::<PyDict>() {
        return Ok(Input::State(from_py(desired, "desired")?));
    }
    // A DataFrame: its records as JSON (numpy numbers, NaN and timestamps made plain).
    if desired.hasattr("to_json")? && desired.hasattr("columns")? {
        let text: String = desired.call_method("to_json", (), Some(&[("orient", "records"), ("date_format", "iso")].into_py_dict(desired.py())?))?.extract()?;
        let records = serde_json::from_str(&text).map_err(|e| to_py(celonis_scim::Error::validation("records", "invalidValue", format!("the DataFrame's records: {e}"))))?;
        return Ok(Input::Value(records));
    }
    let mut records = Vec::new();
    for (i, item) in desired.try_iter()?.enumerate() {
        records.push(from_py::<serde_json::Value>(&item?, &format!("records[{i}]"))?);
    }
    Ok(Input::Value(serde_json::Value::Array(records)))
}

/// The job's input and options as given: `desired` ([`input`]); `mapping=` a path or a
/// dict; the keyword options (with `journal=`).
fn job_args(desired: &Bound<'_, PyAny>, mapping: Option<&Bound<'_, PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<(Input, JobOptions)> {
    Ok((input(desired)?, JobOptions::from_value(job_options(mapping, options)?).map_err(to_py)?))
}

/// The keyword options of a plan (with `journal=`) and `mapping=` (a path or a dict), as the
/// core's one JSON object.
pub(crate) fn job_options(mapping: Option<&Bound<'_, PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<serde_json::Value> {
    let mut values: serde_json::Map<String, serde_json::Value> = self::options(options, "plan options")?;
    if let Some(mapping) = mapping {
        let mapping = if is_path(mapping)? { serde_json::Value::String(mapping.extract::<PathBuf>()?.to_string_lossy().into_owned()) } else { from_py(mapping, "mapping")? };
        values.insert("mapping".into(), mapping);
    }
    Ok(serde_json::Value::Object(values))
}

/// Options from keyword arguments; paths (`os.PathLike`, as `journal=`) become strings.
pub(crate) fn options<T: serde::de::DeserializeOwned + Default>(options: Option<&Bound<'_, PyDict>>, what: &str) -> PyResult<T> {
    let Some(o) = options.filter(|o| !o.is_empty()) else { return Ok(T::default()) };
    let plain = PyDict::new(o.py());
    for (k, v) in o.iter() {
        let v = if v.hasattr("__fspath__")? { v.call_method0("__fspath__")? } else { v };
        plain.set_item(k, v)?;
    }
    pythonize::depythonize(plain.as_any()).map_err(|e| to_py(celonis_scim::Error::config(format!("invalid {what}: {e}"))))
}

/// The implementations behind `Client.plan` and `Client.apply` (declared in client.rs).
impl Client {
    /// `Client.plan`: see its docstring in client.rs.
    pub fn plan_impl(&self, py: Python<'_>, desired: &Bound<'_, PyAny>, mapping: Option<&Bound<'_, PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let (input, options) = job_args(desired, mapping, options)?;
        blocking(py, self.inner(), |c| Job::new(c, Some(input), options)?.plan())
    }

    /// `Client.apply`: see its docstring in client.rs.
    pub fn apply_impl(&self, py: Python<'_>, plan: &Bound<'_, PyAny>, progress: Option<Py<PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let plan: Plan = from_py(plan, "plan")?;
        let options: ApplyOptions = self::options(options, "apply options")?;
        self.applying(py, progress, |c, p| Job::new(c, None, JobOptions::default())?.apply_plan(&plan, &options, Some(p)))
    }

    /// `Client.plan_to_save`: see its docstring in client.rs.
    pub fn plan_to_save_impl(&self, py: Python<'_>, desired: &Bound<'_, PyAny>, mapping: Option<&Bound<'_, PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let (input, options) = job_args(desired, mapping, options)?;
        blocking(py, self.inner(), |c| Job::new(c, Some(input), options)?.plan_to_save())
    }

    /// `Client.apply_saved`: see its docstring in client.rs.
    pub fn apply_saved_impl(&self, py: Python<'_>, saved: &Bound<'_, PyAny>, progress: Option<Py<PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let saved = from_py::<SavedPlan>(saved, "saved plan")?.checked().map_err(to_py)?;
        let options: ApplyOptions = self::options(options, "apply options")?;
        self.applying(py, progress, |c, p| Job::new(c, None, JobOptions::default())?.apply_saved(&saved, &options, Some(p)))
    }

    /// `Client.resume`: see its docstring in client.rs.
    pub fn resume_impl(&self, py: Python<'_>, run: &str, progress: Option<Py<PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let options: ApplyOptions = self::options(options, "apply options")?;
        self.applying(py, progress, |c, p| Job::new(c, None, JobOptions::default())?.resume(run, &options, Some(p)))
    }

    /// Runs an apply of some kind off the GIL, with Ctrl-C and progress: a KeyboardInterrupt
    /// carries what was done as `.report`.
    pub(crate) fn applying<F>(&self, py: Python<'_>, progress: Option<Py<PyAny>>, apply: F) -> PyResult<Py<PyAny>>
    where
        F: FnOnce(&celonis_scim::Client, celonis_scim::sync::ProgressFn<'_>) -> celonis_scim::Result<Report> + Send,
    {
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
                unwind_safe(|| apply(&client, &call))
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

/// Applies `plan` to a twin of `state` (a team-state dict from `Client.snapshot`: an
/// emulator loaded with it, held to its seat limits and the plan's) and returns the report of
/// what would be done and what would fail; the real team is never contacted. Options as
/// `Client.apply`.
#[pyfunction]
#[pyo3(signature = (state, plan, **options))]
pub fn rehearse(py: Python<'_>, state: &Bound<'_, PyAny>, plan: &Bound<'_, PyAny>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
    let state: TeamState = from_py(state, "team state")?;
    let plan: Plan = from_py(plan, "plan")?;
    let options: ApplyOptions = self::options(options, "apply options")?;
    let report = py.detach(|| unwind_safe(|| celonis_scim_emulator::rehearse(&state, &plan, &options))).map_err(to_py)?;
    to_py_value(py, &report)
}

/// Writes a saved plan (as `Client.plan_to_save` returned it) to a file, as JSON.
#[pyfunction]
pub fn save_plan(py: Python<'_>, saved: &Bound<'_, PyAny>, path: PathBuf) -> PyResult<()> {
    let saved = from_py::<SavedPlan>(saved, "saved plan")?.checked().map_err(to_py)?;
    py.detach(|| unwind_safe(|| saved.save(&path))).map_err(to_py)
}

/// Reads a saved plan from a file; a `ValidationError` when it is not one of this format.
#[pyfunction]
pub fn load_plan(py: Python<'_>, path: PathBuf) -> PyResult<Py<PyAny>> {
    let saved = py.detach(|| unwind_safe(|| SavedPlan::load(&path))).map_err(to_py)?;
    to_py_value(py, &saved)
}

/// The plan that undoes run `run` of the journal in `journal` (reactivations, earlier values,
/// reversed memberships; deletions listed as "irreversible" conflicts), to review and apply.
#[pyfunction]
pub fn undo_plan(py: Python<'_>, journal: PathBuf, run: &str) -> PyResult<Py<PyAny>> {
    let plan = py.detach(|| unwind_safe(|| celonis_scim::sync::journal::undo_plan(&journal, run))).map_err(to_py)?;
    to_py_value(py, &plan)
}

/// Every run of the journal in `journal`, oldest first: run, time, team, operations, done,
/// failed, uncertain, finished, cancelled, resumes, input_users.
#[pyfunction]
pub fn runs(py: Python<'_>, journal: PathBuf) -> PyResult<Py<PyAny>> {
    let runs = py.detach(|| unwind_safe(|| celonis_scim::sync::journal::runs(&journal))).map_err(to_py)?;
    to_py_value(py, &runs)
}

/// The presets for identity-system exports: {name: what it reads}. Pass one as
/// `mapping={"preset": name}`; `preset_mapping(name)` gives its mapping to adapt.
#[pyfunction]
pub fn presets() -> PyResult<std::collections::BTreeMap<&'static str, &'static str>> {
        crate::convert::guard(|| Ok(celonis_scim::sync::source::presets::list().collect()))
    }

/// A preset's mapping as TOML (to save, adapt and pass as `mapping=`); `ValidationError` for
/// an unknown name.
#[pyfunction]
pub fn preset_mapping(name: &str) -> PyResult<&'static str> {
        crate::convert::guard(|| {
        celonis_scim::sync::source::presets::mapping_text(name).map_err(to_py)
        })
    }

/// A plan as a readable diff (`+` creates, `~` changes, `-` removals, `!` conflicts);
/// `colour` adds ANSI colours.
#[pyfunction]
#[pyo3(signature = (plan, colour = false))]
pub fn render_plan(plan: &Bound<'_, PyAny>, colour: bool) -> PyResult<String> {
    let plan: Plan = from_py(plan, "plan")?;
    unwind_safe(|| Ok(render(&plan, colour))).map_err(to_py)
}

/// The part of `plan` that is kept: `sections` (create_groups, update_groups, create_users,
/// update_users, memberships, deactivate_users, delete_users, delete_groups), `users` and
/// `groups` (names or patterns); an empty or missing list keeps everything of its kind.
/// Memberships lose the users and groups whose creation was left out.
#[pyfunction]
#[pyo3(signature = (plan, *, sections = None, users = None, groups = None))]
pub fn select_plan(py: Python<'_>, plan: &Bound<'_, PyAny>, sections: Option<Vec<String>>, users: Option<Vec<String>>, groups: Option<Vec<String>>) -> PyResult<Py<PyAny>> {
    let plan: Plan = from_py(plan, "plan")?;
    let selection = Selection { sections: sections.unwrap_or_default(), users: users.unwrap_or_default(), groups: groups.unwrap_or_default() };
    let selected = unwind_safe(|| plan.select(&selection)).map_err(to_py)?;
    to_py_value(py, &selected)
}

/// A plan as rows (dicts of section, target, attribute, before, after): what
/// `celonis_scim.notebook.to_dataframe` makes a DataFrame of.
#[pyfunction]
pub fn plan_rows(py: Python<'_>, plan: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        crate::convert::guard(|| {
        let plan: Plan = from_py(plan, "plan")?;
        to_py_value(py, &plan.rows())
        })
    }

/// A report as rows (dicts of action, target, outcome, id, code, message, status).
#[pyfunction]
pub fn report_rows(py: Python<'_>, report: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        crate::convert::guard(|| {
        let report: Report = from_py(report, "report")?;
        to_py_value(py, &report.rows())
        })
    }

/// A plan as an HTML fragment (summary, seats, changes), for notebooks.
#[pyfunction]
pub fn plan_html(plan: &Bound<'_, PyAny>) -> PyResult<String> {
    let plan: Plan = from_py(plan, "plan")?;
    unwind_safe(|| Ok(render_html(&plan))).map_err(to_py)
}
