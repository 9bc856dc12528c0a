//! `client.plan` / `client.apply` and `renderPlan`: the main job, as Promises.

use std::path::{Path, PathBuf};

use celonis_scim::sync::{ApplyOptions, Input, Plan, Progress, SavedPlan, Selection, TeamState, render};
use napi::bindgen_prelude::*;
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi_derive::napi;
use serde_json::Value;

use crate::casing::from_js;
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

/// The job's input as given: the path of an export (read on the addon's threads), or the
/// desired state as an object.
pub fn input(desired: Value) -> Input {
    match desired {
        Value::String(path) => Input::Path(PathBuf::from(path)),
        other => Input::Value(other),
    }
}

/// Apply options from JS (already with the core's names).
pub fn apply_options(opts: Value) -> celonis_scim::Result<ApplyOptions> {
    ApplyOptions::from_value(opts)
}

/// Runs an apply of some kind, reporting progress to JS without waiting for it.
pub fn with_progress<F>(progress: Option<ProgressCallback>, apply: F) -> celonis_scim::Result<celonis_scim::sync::Report>
where
    F: FnOnce(celonis_scim::sync::ProgressFn<'_>) -> celonis_scim::Result<celonis_scim::sync::Report>,
{
    let report = |p: &Progress<'_>| {
        if let Some(cb) = &progress {
            let info = ApplyProgress { phase: p.phase.to_owned(), done: p.done as u32, total: p.total as u32 };
            cb.call(info, ThreadsafeFunctionCallMode::NonBlocking);
        }
    };
    apply(&report)
}

/// A saved plan from JS, checked to be of this version's format.
pub fn saved_plan(value: Value) -> celonis_scim::Result<SavedPlan> {
    from_js::<SavedPlan>(value, "saved plan")?.checked()
}

/// The options of `snapshot`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapshotOptions {
    /// The licence's seats per role, when known.
    #[serde(default)]
    pub seat_limits: std::collections::BTreeMap<String, usize>,
}

/// Applies `plan` to a twin of `state` (a team state from `client.snapshot()`: an emulator
/// loaded with it, held to its seat limits and the plan's) and resolves to the report of what
/// would be done and what would fail; the real team is never contacted. Options as `apply`.
#[napi(ts_args_type = "state: TeamState, plan: Plan, options?: ApplyOptions", ts_return_type = "Promise<Report>")]
pub fn rehearse<'e>(env: &'e Env, state: Value, plan: Value, options: Option<Object<'e>>) -> Result<Object<'e>> {
    let call = crate::convert::CallOptions::read(env, options)?;
    let prepared = (|| Ok((from_js::<TeamState>(state, "team state")?, from_js::<Plan>(plan, "plan")?, apply_options(call.values)?)))();
    match prepared {
        Ok((state, plan, o)) => crate::task::call_js(env, move || celonis_scim_emulator::rehearse(&state, &plan, &o)),
        Err(e) => crate::task::fail(env, e),
    }
}

/// Writes a saved plan (as `planToSave` resolved) to a file as JSON, off the event loop.
#[napi(ts_args_type = "saved: SavedPlan, path: string", ts_return_type = "Promise<void>")]
pub fn save_plan(env: &Env, saved: Value, path: String) -> Result<Object<'_>> {
    match saved_plan(saved) {
        Ok(saved) => crate::task::call(env, move || {
            saved.save(Path::new(&path))
        }),
        Err(e) => crate::task::fail(env, e),
    }
}

/// Reads a saved plan from a file, off the event loop; rejects with a `ValidationError` when
/// it is not one of this format.
#[napi(ts_return_type = "Promise<SavedPlan>")]
pub fn load_plan(env: &Env, path: String) -> Result<Object<'_>> {
    crate::task::call_js(env, move || SavedPlan::load(Path::new(&path)))
}

/// The plan that undoes run `run` of the journal in `journal` (reactivations, earlier values,
/// reversed memberships; deletions listed as `irreversible` conflicts), to review and apply.
#[napi(ts_return_type = "Promise<Plan>")]
pub fn undo_plan(env: &Env, journal: String, run: String) -> Result<Object<'_>> {
    crate::task::call_js(env, move || celonis_scim::sync::journal::undo_plan(&PathBuf::from(journal), &run))
}

/// Every run of the journal in `journal`, oldest first.
#[napi(ts_return_type = "Promise<RunSummary[]>")]
pub fn runs(env: &Env, journal: String) -> Result<Object<'_>> {
    crate::task::call_js(env, move || celonis_scim::sync::journal::runs(&PathBuf::from(journal)))
}

/// The presets for identity-system exports: `{ name: what it reads }`. Pass one as
/// `mapping: { preset: name }`; `presetMapping(name)` gives its mapping to adapt.
#[napi(ts_return_type = "Record<string, string>")]
pub fn presets(env: Env) -> Result<std::collections::HashMap<String, String>> {
    crate::errors::guard(&env, || Ok(celonis_scim::sync::source::presets::list().map(|(n, a)| (n.to_owned(), a.to_owned())).collect()))
}

/// A preset's mapping as TOML (to save, adapt and pass as `mapping`); a `ValidationError`
/// for an unknown name.
#[napi]
pub fn preset_mapping(env: Env, name: String) -> Result<String> {
    crate::errors::guard(&env, || celonis_scim::sync::source::presets::mapping_text(&name).map(str::to_owned).map_err(|e| to_js(&env, &e)))
}

/// A plan as a readable diff (`+` creates, `~` changes, `-` removals, `!` conflicts);
/// `colour` adds ANSI colours.
#[napi(ts_args_type = "plan: Plan, colour?: boolean")]
pub fn render_plan(env: Env, plan: Value, colour: Option<bool>) -> Result<String> {
    crate::errors::guard(&env, || {
        let plan: Plan = from_js(plan, "plan").map_err(|e| to_js(&env, &e))?;
        Ok(render(&plan, colour.unwrap_or(false)))
    })
}

/// The part of `plan` that is kept: `sections`, `users` and `groups` (names or patterns); an
/// empty or missing list keeps everything of its kind. Memberships lose the users and groups
/// whose creation was left out.
#[napi(ts_args_type = "plan: Plan, selection: PlanSelection", ts_return_type = "Plan")]
pub fn select_plan(env: Env, plan: Value, selection: Value) -> Result<Value> {
    let selected = || {
        let plan: Plan = from_js(plan, "plan")?;
        let selection: Selection = from_js(selection, "selection")?;
        crate::casing::to_js(&plan.select(&selection)?)
    };
    crate::errors::guard(&env, || selected().map_err(|e| to_js(&env, &e)))
}

/// A plan as rows (section, target, attribute, before, after): one per change.
#[napi(ts_args_type = "plan: Plan", ts_return_type = "PlanRow[]")]
pub fn plan_rows(env: Env, plan: Value) -> Result<Value> {
    crate::errors::guard(&env, || from_js::<Plan>(plan, "plan").and_then(|p| crate::casing::to_js(&p.rows())).map_err(|e| to_js(&env, &e)))
}
