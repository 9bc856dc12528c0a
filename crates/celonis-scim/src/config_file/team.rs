//! [`TeamJob`]: one team of the config file, ready to plan and apply, for the libraries.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{ConfigFile, ConnectionSection};
use crate::client::Client;
use crate::error::{Error, Result};
use crate::sync::{ApplyOptions, Input, Job, JobOptions, MappingSource, PlanOptions};

/// One team of a config file (or the file's only configuration), ready to work: the client its
/// connection makes, and the main job its `[input]`, `[plan]` and `[apply]` sections describe,
/// journaled in the team's own journal. What the Python, Node and C `Job` bindings hold.
///
/// The connection is what the CLI uses for `--config FILE --team NAME` with no flags: the
/// `CELONIS_SCIM_*` variables over the file, over Celonis's own variables.
#[derive(Debug, Clone)]
pub struct TeamJob {
    team: Option<String>,
    path: PathBuf,
    client: Client,
    input: Option<PathBuf>,
    mapping: Option<MappingSource>,
    plan: PlanOptions,
    apply: ApplyOptions,
    journal: PathBuf,
}

impl TeamJob {
    /// Reads the config file (`path`, else `CELONIS_SCIM_CONFIG`, else `celonis-scim.toml`
    /// here) for `team` (else `CELONIS_SCIM_TEAM`, else the shared sections) and makes its
    /// client. Every problem (the file, the team, a secret source, the connection) is a
    /// `config` error naming it; nothing is sent.
    pub fn load(path: Option<&Path>, team: Option<&str>) -> Result<Self> {
        let env = crate::celonis_env::process_env;
        Self::from_file(&ConfigFile::load_named(path, team, &env)?, &env)
    }

    /// The job of a file already read, with the environment read through `var`.
    pub fn from_file(file: &ConfigFile, var: &dyn Fn(&str) -> Option<String>) -> Result<Self> {
        let connection = ConnectionSection::from_env(var)?.or(file.connection.clone());
        let client = connection.client_config(var).and_then(Client::new).map_err(|e| name_a_team(e, file))?;
        let mapping = file.input.mapping_source()?;
        let apply = ApplyOptions { journal: None, ..file.apply.clone() };
        Ok(TeamJob { team: file.team.clone(), path: file.path.clone(), client, input: file.input.file.clone(), mapping, plan: file.plan.clone(), apply, journal: file.journal(var) })
    }

    /// The team's name, when the file has teams and one was named.
    pub fn team(&self) -> Option<&str> {
        self.team.as_deref()
    }

    /// The config file read.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The client of the team's connection.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The export the file names (`[input] file`), planned when no other input is given.
    pub fn input(&self) -> Option<&Path> {
        self.input.as_deref()
    }

    /// The team's journal directory.
    pub fn journal(&self) -> &Path {
        &self.journal
    }

    /// The job on `client` (this job's client, or a handle of it with a cancellation token):
    /// `input`, else the file's `[input] file`; the file's mapping for an export or records
    /// (a desired state given as such needs none); the file's plan options with `overrides`
    /// (a JSON object of plan option names, `mapping` and `journal`, as the bindings take
    /// them) replacing them key by key.
    pub fn job<'c>(&self, client: &'c Client, input: Option<Input>, overrides: Value) -> Result<Job<'c>> {
        let input = match input {
            Some(given) => given,
            None => Input::Path(self.input.clone().ok_or_else(|| Error::config(format!("no input: name the export, or set [input] file in {}", self.path.display())))?),
        };
        let mut options = JobOptions::from_value(over(&self.plan, overrides)?)?;
        if options.mapping.is_none() && reads_through_mapping(&input) {
            options.mapping = self.mapping.clone();
        }
        options.journal = options.journal.or_else(|| Some(self.journal.clone()));
        Job::new(client, Some(input), options)
    }

    /// The file's apply options (journaled in the team's journal) with `overrides` (a JSON
    /// object of apply option names) replacing them key by key.
    pub fn apply_options(&self, overrides: Value) -> Result<ApplyOptions> {
        let options = ApplyOptions::from_value(over(&self.apply, overrides)?)?;
        Ok(ApplyOptions { journal: options.journal.or_else(|| Some(self.journal.clone())), ..options })
    }
}

/// A `config` error of a file with teams when none was named: it says which to name.
fn name_a_team(error: Error, file: &ConfigFile) -> Error {
    let teams: Vec<&str> = file.teams().collect();
    if file.team.is_some() || teams.is_empty() || error.kind() != crate::ErrorKind::Config {
        return error;
    }
    Error::config(format!("{error} (no team was named, and the file has {}: name one)", teams.join(", ")))
}

/// Whether an input is read through a mapping: an export file, or records.
fn reads_through_mapping(input: &Input) -> bool {
    match input {
        Input::Path(_) | Input::Value(Value::Array(_)) => true,
        Input::Json(text) => text.trim_start().starts_with('['),
        Input::Value(_) | Input::State(_) => false,
    }
}

/// `base` as a JSON object, with each key of `overrides` (an object, or null for none)
/// replacing its value; a null value leaves the key as it was.
fn over<T: serde::Serialize>(base: &T, overrides: Value) -> Result<Value> {
    let mut merged = serde_json::to_value(base).map_err(|_| Error::internal("options that are not JSON"))?;
    let given = match overrides {
        Value::Null => return Ok(merged),
        Value::Object(map) => map,
        other => return Err(Error::config(format!("the options must be an object, not {other}"))),
    };
    if let Value::Object(merged) = &mut merged {
        merged.extend(given.into_iter().filter(|(_, v)| !v.is_null()));
    }
    Ok(merged)
}
