//! `Job`: one team of the config file (its connection, input, plan and apply options and
//! journal), planning and applying as the CLI's `--team NAME` does.

use std::path::PathBuf;

use celonis_scim::config_file::{ConfigFile, TeamJob};
use celonis_scim::sync::{Plan, SavedPlan};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyType};

use crate::client::Client;
use crate::convert::{blocking, from_py, guard, unwind_safe};
use crate::errors::to_py;
use crate::sync::{input, job_options, options};

/// The main job of one team of a config file (`celonis-scim.toml`): the client of its
/// `[connection]`, the export of its `[input]`, its `[plan]` and `[apply]` options and its own
/// journal, with the file's `[teams.NAME]` sections over the shared ones. The connection is
/// the CLI's for `--config PATH --team NAME`: `CELONIS_SCIM_*` variables over the file, over
/// Celonis's own variables.
#[pyclass(frozen, module = "celonis_scim._native")]
pub struct Job {
    inner: TeamJob,
    client: Py<Client>,
}

#[pymethods]
impl Job {
    /// Reads the config file `path` (else the one `CELONIS_SCIM_CONFIG` names, else
    /// `celonis-scim.toml` in the working directory) for `team` (else `CELONIS_SCIM_TEAM`,
    /// else the shared sections) and makes its client; secrets are read from their sources
    /// now. `ConfigError` names whatever is wrong; nothing is sent.
    #[classmethod]
    #[pyo3(signature = (path = None, *, team = None))]
    fn from_config(cls: &Bound<'_, PyType>, path: Option<PathBuf>, team: Option<String>) -> PyResult<Self> {
        let py = cls.py();
        let inner = py.detach(|| unwind_safe(|| TeamJob::load(path.as_deref(), team.as_deref()))).map_err(to_py)?;
        let client = Py::new(py, Client::of(inner.client().clone()))?;
        Ok(Job { inner, client })
    }

    /// The team's name (None when the file has no teams or none was named).
    #[getter]
    fn team(&self) -> PyResult<Option<String>> {
        guard(|| Ok(self.inner.team().map(str::to_owned)))
    }

    /// The client of the team's connection.
    #[getter]
    fn client(&self, py: Python<'_>) -> PyResult<Py<Client>> {
        guard(|| Ok(self.client.clone_ref(py)))
    }

    /// The config file read.
    #[getter]
    fn config_path(&self) -> PyResult<PathBuf> {
        guard(|| Ok(self.inner.path().to_owned()))
    }

    /// The export of `[input] file`, planned when no other input is given (None without one).
    #[getter]
    fn input(&self) -> PyResult<Option<PathBuf>> {
        guard(|| Ok(self.inner.input().map(ToOwned::to_owned)))
    }

    /// The team's journal directory.
    #[getter]
    fn journal(&self) -> PyResult<PathBuf> {
        guard(|| Ok(self.inner.journal().to_owned()))
    }

    /// Plans what it takes to make the team match `desired` (as `Client.plan` takes it), else
    /// the file's `[input] file`, read through the file's mapping unless `mapping` is given.
    /// The file's plan options, each replaced by a keyword option given (as `Client.plan`'s).
    #[pyo3(signature = (desired = None, *, mapping = None, **options))]
    fn plan(&self, py: Python<'_>, desired: Option<&Bound<'_, PyAny>>, mapping: Option<&Bound<'_, PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let (given, overrides) = (desired.map(input).transpose()?, job_options(mapping, options)?);
        blocking(py, self.inner.client(), |c| self.inner.job(c, given, overrides)?.plan())
    }

    /// Plans as `plan` does, and keeps with the plan what it was computed from (as
    /// `Client.plan_to_save`).
    #[pyo3(signature = (desired = None, *, mapping = None, **options))]
    fn plan_to_save(&self, py: Python<'_>, desired: Option<&Bound<'_, PyAny>>, mapping: Option<&Bound<'_, PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let (given, overrides) = (desired.map(input).transpose()?, job_options(mapping, options)?);
        blocking(py, self.inner.client(), |c| self.inner.job(c, given, overrides)?.plan_to_save())
    }

    /// Carries out a plan with the file's apply options (each replaced by a keyword option
    /// given), journaled in the team's journal; otherwise as `Client.apply`.
    #[pyo3(signature = (plan, *, progress = None, **options))]
    fn apply(&self, py: Python<'_>, plan: &Bound<'_, PyAny>, progress: Option<Py<PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let plan: Plan = from_py(plan, "plan")?;
        let options = self.inner.apply_options(self::options(options, "apply options")?).map_err(to_py)?;
        self.client.get().applying(py, progress, |c, p| c.apply(&plan, &options, Some(p)))
    }

    /// Applies a saved plan exactly unless it is stale, as `Client.apply_saved`, with the
    /// file's apply options as `apply`.
    #[pyo3(signature = (saved, *, progress = None, **options))]
    fn apply_saved(&self, py: Python<'_>, saved: &Bound<'_, PyAny>, progress: Option<Py<PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let saved = from_py::<SavedPlan>(saved, "saved plan")?.checked().map_err(to_py)?;
        let options = self.inner.apply_options(self::options(options, "apply options")?).map_err(to_py)?;
        self.client.get().applying(py, progress, |c, p| c.apply_saved(&saved, &options, Some(p)))
    }

    /// Continues run `run` of the team's journal, as `Client.resume`.
    #[pyo3(signature = (run, *, progress = None, **options))]
    fn resume(&self, py: Python<'_>, run: &str, progress: Option<Py<PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let options = self.inner.apply_options(self::options(options, "apply options")?).map_err(to_py)?;
        self.client.get().applying(py, progress, |c, p| c.resume(run, &options, Some(p)))
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::convert::guard(|| Ok(format!("Job(team={:?}, url={:?})", self.inner.team(), self.inner.client().base_url())))
    }
}

/// The teams of the config file `path` (else the one `CELONIS_SCIM_CONFIG` names, else
/// `celonis-scim.toml` here), in the file's order: each a `Job.from_config(path, team=...)`.
#[pyfunction]
#[pyo3(signature = (path = None))]
pub fn config_teams(py: Python<'_>, path: Option<PathBuf>) -> PyResult<Vec<String>> {
    py.detach(|| unwind_safe(|| ConfigFile::team_names(path.as_deref(), &celonis_scim::celonis_env::process_env))).map_err(to_py)
}
