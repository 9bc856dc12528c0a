//! The main job's one front door, for Rust, the CLI, Python, Node and C alike.
//!
//! A [`Job`] is a client, the plan options, the journal and (for planning) the desired input.
//! It resolves the input once (a file through its mapping, JSON text, a JSON value, or a
//! state already parsed), fingerprints it once ([`DesiredState::fingerprint`]), reads the
//! journal once (the input-shrink guard's reference: the last run that applied an input) and
//! offers plan, plan-to-save, apply, apply-saved, resume and undo with the journal as their
//! default. Bindings convert values into [`Input`] and [`JobOptions`] and results out; they
//! hold no rule of their own.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::journal;
use super::{ApplyOptions, DesiredState, Mapping, Plan, PlanOptions, ProgressFn, Report, SavedPlan};
use crate::client::Client;
use crate::error::{Error, Result};

/// Where the desired state comes from.
#[derive(Debug, Clone)]
pub enum Input {
    /// An export file: CSV, JSON or LDIF (by its extension, else the mapping's `format`).
    Path(PathBuf),
    /// JSON text: a desired state (`{"users": [...], "groups": [...]}`), or an array of
    /// records read through the mapping (C's records).
    Json(String),
    /// A JSON value: a desired state (a Python dict, a JavaScript object), or an array of
    /// records (rows of a query, a DataFrame's records) read through the mapping.
    Value(Value),
    /// A desired state already parsed.
    State(DesiredState),
}

/// The mapping an export file is read through.
#[derive(Debug, Clone)]
pub enum MappingSource {
    /// A mapping file: TOML (`.toml`) or JSON.
    File(PathBuf),
    /// A mapping given as data (`{"preset": "okta"}`, or rules).
    Given(Box<Mapping>),
}

impl MappingSource {
    /// The mapping from a JSON value: a string is a mapping file's path, an object the mapping.
    pub fn from_value(value: Value) -> Result<Self> {
        match value {
            Value::String(path) => Ok(MappingSource::File(PathBuf::from(path))),
            given => Mapping::from_value(given).map(|m| MappingSource::Given(Box::new(m))),
        }
    }

    fn read(&self) -> Result<Mapping> {
        match self {
            MappingSource::File(path) => Mapping::from_file(path),
            MappingSource::Given(m) => Ok((**m).clone()),
        }
    }
}

/// How a job plans, where it reads its input and where it journals.
#[derive(Debug, Clone, Default)]
pub struct JobOptions {
    /// The plan options.
    pub plan: PlanOptions,
    /// The mapping of an export file (an input given as data needs none).
    pub mapping: Option<MappingSource>,
    /// The journal directory: read for the input-shrink guard, and the default journal of
    /// every apply of the job.
    pub journal: Option<PathBuf>,
}

impl JobOptions {
    /// Reads the options as the bindings receive them: one JSON object with the plan options'
    /// names, plus `mapping` (a mapping file's path, or the mapping as an object) and
    /// `journal` (a directory). An unknown name is a `config` error naming it.
    pub fn from_value(value: Value) -> Result<Self> {
        let mut map = match value {
            Value::Object(map) => map,
            Value::Null => Default::default(),
            other => return Err(Error::config(format!("the plan options must be an object, not {other}"))),
        };
        let mapping = map.remove("mapping").filter(|m| !m.is_null()).map(MappingSource::from_value).transpose()?;
        let journal = match map.remove("journal") {
            None | Some(Value::Null) => None,
            Some(Value::String(dir)) => Some(PathBuf::from(dir)),
            Some(other) => return Err(Error::config(format!("journal must be a directory's path, not {other}"))),
        };
        let plan = serde_json::from_value(Value::Object(map)).map_err(|e| Error::config(format!("invalid plan options: {e}")))?;
        Ok(JobOptions { plan, mapping, journal })
    }
}

/// The main job against one team.
pub struct Job<'c> {
    client: &'c Client,
    options: PlanOptions,
    journal: Option<PathBuf>,
    desired: Option<DesiredState>,
}

impl<'c> Job<'c> {
    /// A job of `client` with `options`, and its input when it plans. The input is read and
    /// checked for its form now (every problem at once); the journal, when the plan options
    /// have an input-shrink limit and no `previous_input_users`, is read now for it.
    pub fn new(client: &'c Client, input: Option<Input>, options: JobOptions) -> Result<Self> {
        let desired = input.map(|i| read(i, options.mapping.as_ref())).transpose()?;
        if desired.is_none() && options.mapping.is_some() {
            return Err(Error::config("a mapping is for reading an export: the job has no input"));
        }
        let mut plan = options.plan;
        if let (Some(dir), Some(_), None) = (&options.journal, plan.max_input_shrink_percent, plan.previous_input_users) {
            plan.previous_input_users = journal::last_applied_input_users(dir, client.base_url())?;
        }
        Ok(Job { client, options: plan, journal: options.journal, desired })
    }

    /// The desired state, as read.
    pub fn desired(&self) -> Result<&DesiredState> {
        self.desired.as_ref().ok_or_else(|| Error::config("no input: name the desired state (a CSV, JSON or LDIF export, or the state itself)"))
    }

    /// The plan options, with what the journal said.
    pub fn plan_options(&self) -> &PlanOptions {
        &self.options
    }

    /// The plan that makes the team match the input (nothing is changed).
    pub fn plan(&self) -> Result<Plan> {
        self.client.plan(self.desired()?, &self.options)
    }

    /// The plan with what it was computed from, to review now and apply exactly later.
    pub fn plan_to_save(&self) -> Result<SavedPlan> {
        self.client.plan_to_save(self.desired()?, &self.options)
    }

    /// Plans and applies at once (the journal is the job's unless `options` names one).
    pub fn apply(&self, options: &ApplyOptions, progress: Option<ProgressFn<'_>>) -> Result<Report> {
        let plan = self.plan()?;
        self.client.apply(&plan, &self.journaled(options), progress)
    }

    /// Applies a plan made earlier (by this job or another), journaled as the job says.
    pub fn apply_plan(&self, plan: &Plan, options: &ApplyOptions, progress: Option<ProgressFn<'_>>) -> Result<Report> {
        self.client.apply(plan, &self.journaled(options), progress)
    }

    /// Applies a saved plan exactly, unless it is stale ([`Client::apply_saved`]).
    pub fn apply_saved(&self, saved: &SavedPlan, options: &ApplyOptions, progress: Option<ProgressFn<'_>>) -> Result<Report> {
        self.client.apply_saved(saved, &self.journaled(options), progress)
    }

    /// Continues run `run` of the journal ([`Client::resume`]).
    pub fn resume(&self, run: &str, options: &ApplyOptions, progress: Option<ProgressFn<'_>>) -> Result<Report> {
        self.client.resume(run, &self.journaled(options), progress)
    }

    /// The plan that undoes run `run` of the journal ([`journal::undo_plan`]).
    pub fn undo_plan(&self, run: &str) -> Result<Plan> {
        journal::undo_plan(self.journal_dir()?, run)
    }

    /// The journal directory; a `config` error when the job has none.
    pub fn journal_dir(&self) -> Result<&Path> {
        self.journal.as_deref().ok_or_else(|| Error::config("no journal: name the journal directory (the journal option)"))
    }

    fn journaled(&self, options: &ApplyOptions) -> ApplyOptions {
        ApplyOptions { journal: options.journal.clone().or_else(|| self.journal.clone()), ..options.clone() }
    }
}

/// Reads an input into a desired state: an export file or records through the mapping (the
/// standard columns without one), a desired state as it is.
fn read(input: Input, mapping: Option<&MappingSource>) -> Result<DesiredState> {
    let input = match input {
        Input::Json(text) => match serde_json::from_str::<Value>(&text) {
            Ok(records @ Value::Array(_)) => Input::Value(records),
            _ => Input::Json(text),
        },
        other => other,
    };
    let is_records = matches!(input, Input::Value(Value::Array(_)));
    if mapping.is_some() && !is_records && !matches!(input, Input::Path(_)) {
        return Err(Error::config("a mapping is for reading an export or records: a desired state given as such needs none"));
    }
    match input {
        Input::Path(path) => DesiredState::from_export(&path, mapping.map(MappingSource::read).transpose()?.as_ref()),
        Input::Value(Value::Array(records)) => {
            let mapping = match mapping {
                Some(m) => m.read()?,
                None => Mapping::preset("standard")?,
            };
            super::source::read_records(records, &mapping)
        }
        Input::Json(text) => DesiredState::from_json(&text),
        Input::Value(value) => DesiredState::from_value(value),
        Input::State(state) => Ok(state),
    }
}
