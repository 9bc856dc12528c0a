//! `client.plan` / `client.apply` and `renderPlan`: the main job, as Promises.

use std::path::PathBuf;

use celonis_scim::sync::{ApplyOptions, DesiredState, Plan, PlanOptions, Progress, render};
use napi::bindgen_prelude::*;
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi_derive::napi;
use serde_json::Value;

use crate::convert::model;
use crate::errors::to_js;

/// Where an apply stands.
#[napi(object)]
pub struct ApplyProgress {
    /// The phase (`create_groups`, `create_users`, `memberships`, ...).
    pub phase: String,
    /// Operations finished so far.
    pub done: u32,
    /// Operations in the whole plan.
    pub total: u32,
}

/// The progress callback: called on the event loop, never blocking the work.
pub type ProgressCallback = ThreadsafeFunction<ApplyProgress, Unknown<'static>, ApplyProgress, Status, false>;

/// The desired state as given: an object, or the path of a CSV or JSON file (read by
/// [`Desired::read`], on the addon's threads).
pub struct Desired {
    value: Value,
    mapping: Option<PathBuf>,
}

impl Desired {
    /// The desired state as given, and the CSV column mapping file, if any.
    pub fn new(value: Value, mapping: Option<PathBuf>) -> Self {
        Desired { value, mapping }
    }

    /// Reads it: the file, or the object as a core model.
    pub fn read(self) -> celonis_scim::Result<DesiredState> {
        match self.value {
            Value::String(path) => DesiredState::from_path(&PathBuf::from(path), self.mapping.as_deref()),
            other => model(other, "desired"),
        }
    }
}

/// Plan options from JS (already with the core's names), plus `mapping` (the CSV column
/// mapping file).
pub fn plan_options(mut opts: Value) -> celonis_scim::Result<(PlanOptions, Option<PathBuf>)> {
    let mapping = opts.as_object_mut().and_then(|m| m.remove("mapping")).and_then(|m| m.as_str().map(PathBuf::from));
    let plan = serde_json::from_value(opts).map_err(|e| celonis_scim::Error::config(format!("invalid plan options: {e}")))?;
    Ok((plan, mapping))
}

/// Apply options from JS (already with the core's names).
pub fn apply_options(opts: Value) -> celonis_scim::Result<ApplyOptions> {
    serde_json::from_value(opts).map_err(|e| celonis_scim::Error::config(format!("invalid apply options: {e}")))
}

/// Runs an apply, reporting progress to JS without waiting for it.
pub fn apply(client: &celonis_scim::Client, plan: &Plan, options: &ApplyOptions, progress: Option<ProgressCallback>) -> celonis_scim::Result<celonis_scim::sync::Report> {
    let report = |p: &Progress<'_>| {
        if let Some(cb) = &progress {
            let info = ApplyProgress { phase: p.phase.to_owned(), done: p.done as u32, total: p.total as u32 };
            cb.call(info, ThreadsafeFunctionCallMode::NonBlocking);
        }
    };
    client.apply(plan, options, Some(&report))
}

/// A plan as a readable diff (`+` creates, `~` changes, `-` removals, `!` conflicts);
/// `colour` adds ANSI colours.
#[napi(ts_args_type = "plan: Plan, colour?: boolean")]
pub fn render_plan(env: Env, plan: Value, colour: Option<bool>) -> Result<String> {
    let plan: Plan = model(plan, "plan").map_err(|e| to_js(&env, &e))?;
    let rendered = std::panic::catch_unwind(|| render(&plan, colour.unwrap_or(false)));
    rendered.map_err(|_| to_js(&env, &celonis_scim::Error::internal("rendering the plan panicked")))
}
