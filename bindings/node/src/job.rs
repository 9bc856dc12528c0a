//! `Job`: one team of the config file (its connection, input, plan and apply options and
//! journal), planning and applying as the CLI's `--team NAME` does.

use std::sync::Arc;

use celonis_scim::config_file::{ConfigFile, TeamJob};
use napi::bindgen_prelude::*;
use napi_derive::napi;
use serde_json::Value;

use crate::client::Client;
use crate::convert::CallOptions;
use crate::errors::to_js;
use crate::sync::{ProgressCallback, saved_plan, with_progress};
use crate::task;

/// Which team of the config file.
#[napi(object)]
pub struct ConfigOptions {
    /// The team (`[teams.NAME]`); else `CELONIS_SCIM_TEAM`, else the file's shared sections.
    pub team: Option<String>,
}

/// The main job of one team of a config file (`celonis-scim.toml`): the client of its
/// `[connection]`, the export of its `[input]`, its `[plan]` and `[apply]` options and its own
/// journal, with the file's `[teams.NAME]` sections over the shared ones. The connection is
/// the CLI's for `--config PATH --team NAME`: `CELONIS_SCIM_*` variables over the file, over
/// Celonis's own variables. Every call that does I/O returns a Promise and takes an
/// `AbortSignal` as `options.signal`, as `Client`'s.
#[napi]
pub struct Job {
    inner: Arc<TeamJob>,
}

#[napi]
impl Job {
    /// Reads the config file `path` (else the one `CELONIS_SCIM_CONFIG` names, else
    /// `celonis-scim.toml` in the working directory) for `options.team` and makes its client.
    /// Secrets are read from their sources now (synchronously: a `command` source runs here);
    /// a `ConfigError` names whatever is wrong; nothing is sent.
    #[napi(factory, ts_args_type = "path?: string | null, options?: ConfigOptions")]
    pub fn from_config(env: Env, path: Option<String>, options: Option<ConfigOptions>) -> Result<Self> {
        crate::errors::guard(&env, || {
            let team = options.and_then(|o| o.team);
            let inner = TeamJob::load(path.as_deref().map(std::path::Path::new), team.as_deref()).map_err(|e| to_js(&env, &e))?;
            Ok(Job { inner: Arc::new(inner) })
        })
    }

    /// Reads the config file as `fromConfig` does, on the addon's threads (a secret's
    /// `command` may take time): resolves to the job, or rejects with a `ConfigError`.
    #[napi(ts_args_type = "path?: string | null, options?: ConfigOptions", ts_return_type = "Promise<Job>")]
    pub fn load(env: &Env, path: Option<String>, options: Option<ConfigOptions>) -> Result<Object<'_>> {
        let team = options.and_then(|o| o.team);
        task::spawn(env, move || TeamJob::load(path.as_deref().map(std::path::Path::new), team.as_deref()), |_, inner| Ok(Job { inner: Arc::new(inner) }))
    }

    /// The team's name (`null` when the file has no teams or none was named).
    #[napi(getter)]
    pub fn team(&self, env: Env) -> Result<Option<String>> {
        crate::errors::guard(&env, || Ok(self.inner.team().map(str::to_owned)))
    }

    /// A client of the team's connection (sharing the job's connections).
    #[napi(getter)]
    pub fn client(&self, env: Env) -> Result<Client> {
        crate::errors::guard(&env, || Ok(Client::of(self.inner.client().clone())))
    }

    /// The config file read.
    #[napi(getter)]
    pub fn config_path(&self, env: Env) -> Result<String> {
        crate::errors::guard(&env, || Ok(self.inner.path().display().to_string()))
    }

    /// The export of `[input] file`, planned when no other input is given (`null` without one).
    #[napi(getter)]
    pub fn input(&self, env: Env) -> Result<Option<String>> {
        crate::errors::guard(&env, || Ok(self.inner.input().map(|p| p.display().to_string())))
    }

    /// The team's journal directory.
    #[napi(getter)]
    pub fn journal(&self, env: Env) -> Result<String> {
        crate::errors::guard(&env, || Ok(self.inner.journal().display().to_string()))
    }

    /// Plans what it takes to make the team match `desired` (as `client.plan` takes it), else
    /// the file's `[input] file`, read through the file's mapping unless `options.mapping` is
    /// given. The file's plan options, each replaced by an option given (as `client.plan`'s).
    #[napi(ts_args_type = "desired?: DesiredState | string | Array<Record<string, unknown>> | null, options?: PlanOptions", ts_return_type = "Promise<Plan>")]
    pub fn plan<'e>(&self, env: &'e Env, desired: Option<Value>, options: Option<Object<'e>>) -> Result<Object<'e>> {
        let (job, call) = (Arc::clone(&self.inner), CallOptions::read(env, options)?);
        let client = job.client().with_cancel(&call.cancel);
        let given = desired.filter(|d| !d.is_null()).map(crate::sync::input);
        task::call_js(env, move || job.job(&client, given, call.values)?.plan())
    }

    /// Plans as `plan` does, and keeps with the plan what it was computed from (as
    /// `client.planToSave`).
    #[napi(ts_args_type = "desired?: DesiredState | string | Array<Record<string, unknown>> | null, options?: PlanOptions", ts_return_type = "Promise<SavedPlan>")]
    pub fn plan_to_save<'e>(&self, env: &'e Env, desired: Option<Value>, options: Option<Object<'e>>) -> Result<Object<'e>> {
        let (job, call) = (Arc::clone(&self.inner), CallOptions::read(env, options)?);
        let client = job.client().with_cancel(&call.cancel);
        let given = desired.filter(|d| !d.is_null()).map(crate::sync::input);
        task::call_js(env, move || job.job(&client, given, call.values)?.plan_to_save())
    }

    /// Carries out a plan with the file's apply options (each replaced by an option given),
    /// journaled in the team's journal; otherwise as `client.apply`.
    #[napi(ts_args_type = "plan: Plan, options?: ApplyOptions | null, progress?: (progress: ApplyProgress) => void", ts_return_type = "Promise<Report>")]
    pub fn apply<'e>(&self, env: &'e Env, plan: Value, options: Option<Object<'e>>, progress: Option<ProgressCallback>) -> Result<Object<'e>> {
        let call = CallOptions::read(env, options)?;
        let prepared = self.inner.apply_options(call.values).and_then(|o| Ok((crate::casing::from_js::<celonis_scim::sync::Plan>(plan, "plan")?, o)));
        let client = self.inner.client().with_cancel(&call.cancel);
        match prepared {
            Ok((plan, o)) => task::call_js(env, move || with_progress(progress, |p| client.apply(&plan, &o, Some(p)))),
            Err(e) => task::fail(env, e),
        }
    }

    /// Applies a saved plan exactly unless it is stale, as `client.applySaved`, with the
    /// file's apply options as `apply`.
    #[napi(ts_args_type = "saved: SavedPlan, options?: ApplyOptions | null, progress?: (progress: ApplyProgress) => void", ts_return_type = "Promise<Report>")]
    pub fn apply_saved<'e>(&self, env: &'e Env, saved: Value, options: Option<Object<'e>>, progress: Option<ProgressCallback>) -> Result<Object<'e>> {
        let call = CallOptions::read(env, options)?;
        let prepared = self.inner.apply_options(call.values).and_then(|o| Ok((saved_plan(saved)?, o)));
        let client = self.inner.client().with_cancel(&call.cancel);
        match prepared {
            Ok((saved, o)) => task::call_js(env, move || with_progress(progress, |p| client.apply_saved(&saved, &o, Some(p)))),
            Err(e) => task::fail(env, e),
        }
    }

    /// Continues run `run` of the team's journal, as `client.resume`.
    #[napi(ts_args_type = "run: string, options?: ApplyOptions | null, progress?: (progress: ApplyProgress) => void", ts_return_type = "Promise<Report>")]
    pub fn resume<'e>(&self, env: &'e Env, run: String, options: Option<Object<'e>>, progress: Option<ProgressCallback>) -> Result<Object<'e>> {
        let call = CallOptions::read(env, options)?;
        let client = self.inner.client().with_cancel(&call.cancel);
        match self.inner.apply_options(call.values) {
            Ok(o) => task::call_js(env, move || with_progress(progress, |p| client.resume(&run, &o, Some(p)))),
            Err(e) => task::fail(env, e),
        }
    }
}

/// The teams of the config file `path` (else the one `CELONIS_SCIM_CONFIG` names, else
/// `celonis-scim.toml` here), in the file's order: each a `Job.fromConfig(path, { team })`.
#[napi(ts_args_type = "path?: string | null")]
pub fn config_teams(env: Env, path: Option<String>) -> Result<Vec<String>> {
    crate::errors::guard(&env, || {
        ConfigFile::team_names(path.as_deref().map(std::path::Path::new), &celonis_scim::celonis_env::process_env).map_err(|e| to_js(&env, &e))
    })
}
