//! The main job from C: plan a desired state (JSON text or a CSV/JSON file), apply a plan
//! with a progress function, render a plan as a readable diff.

use std::ffi::{CString, c_char, c_void};
use std::path::PathBuf;

use celonis_scim::Client;
use celonis_scim::sync::{ApplyOptions, Input, Job, JobOptions, MappingSource, Plan, Progress, ProgressFn, Report, Selection, render};

use crate::client::{client_ref, cscim_client};
use crate::error::cscim_error;
use crate::guard::{Failure, check_out, guard_out, json, json_or_default, owned_text, put_json, put_string, text};
use crate::status::cscim_status;

/// A progress function: the phase, operations finished so far, operations in all. Called
/// from the library's worker threads, possibly from several at once; `user_data` is passed
/// through untouched. `phase` is owned by the library and valid only during the call: copy
/// it to keep it.
pub type cscim_progress_fn = Option<unsafe extern "C" fn(phase: *const c_char, done: usize, total: usize, user_data: *mut c_void)>;

/// The caller's pointer, handed back to its progress or log function on any thread.
pub(crate) struct UserData(pub(crate) *mut c_void);
// SAFETY: the pointer is only passed back to the caller's function, which the header
// documents as called from other threads; what it points to is the caller's responsibility.
unsafe impl Send for UserData {}
// SAFETY: as above.
unsafe impl Sync for UserData {}

impl UserData {
    pub(crate) fn get(&self) -> *mut c_void {
        self.0
    }
}

/// The core's progress callback, calling the caller's C function (when there is one).
pub(crate) fn progress_fn(progress: cscim_progress_fn, user_data: *mut c_void) -> impl Fn(&Progress<'_>) + Sync {
    let data = UserData(user_data);
    move |p: &Progress<'_>| {
        if let Some(f) = progress {
            let phase = owned_text(p.phase);
            // SAFETY: the caller promised a function safe to call from other threads with
            // `user_data`; `phase` lives until the call returns.
            unsafe { f(phase.as_ptr(), p.done, p.total, data.get()) };
        }
    }
}

/// Plans what it takes to make the team match a desired state given as JSON text
/// ({"users": [...], "groups": [...]}); `options_json` (may be NULL) holds the plan options
/// and "journal" (a directory: the input-shrink guard's reference is read there). *out_json
/// receives the plan, freed with cscim_string_free. Nothing is changed.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_plan(client: *const cscim_client, desired_json: *const c_char, options_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_json, out_error, || {
            let c = client_ref(client)?;
            check_out(out_json, "out_json")?;
            let input = Input::Json(text(desired_json, "desired_json")?.to_owned());
            let options = JobOptions::from_value(json_or_default(options_json, "options_json")?)?;
            put_json(out_json, &Job::new(c, Some(input), options)?.plan()?)
        })
    }
}

/// Plans against a desired state read from a file: an export (CSV, JSON or LDIF) read through
/// the mapping file at `mapping_path` (TOML or JSON: a preset, `preset = "okta"`, and rules
/// over it), or, when `mapping_path` is NULL, the mapping `options_json` names ("mapping": a
/// path or the mapping as an object), else a CSV of the standard columns or the JSON desired
/// state. `options_json` (may be NULL) holds the plan options and "journal", as for
/// cscim_plan. *out_json receives the plan, freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_plan_file(client: *const cscim_client, path: *const c_char, mapping_path: *const c_char, options_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_json, out_error, || {
            let c = client_ref(client)?;
            check_out(out_json, "out_json")?;
            let input = Input::Path(PathBuf::from(text(path, "path")?));
            let mut options = JobOptions::from_value(json_or_default(options_json, "options_json")?)?;
            if !mapping_path.is_null() {
                options.mapping = Some(MappingSource::File(PathBuf::from(text(mapping_path, "mapping_path")?)));
            }
            put_json(out_json, &Job::new(c, Some(input), options)?.plan()?)
        })
    }
}

/// Carries out a plan (JSON, as cscim_plan wrote it); `options_json` (may be NULL) holds the
/// apply options; `progress` (may be NULL) is called as operations finish. *out_json receives
/// the report ({"done": [...], "failed": [...]}), freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage; `progress` is
/// NULL or a function safe to call from other threads with `user_data`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_apply(
    client: *const cscim_client,
    plan_json: *const c_char,
    options_json: *const c_char,
    progress: cscim_progress_fn,
    user_data: *mut c_void,
    out_json: *mut *mut c_char,
    out_error: *mut *mut cscim_error,
) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        applying(on_client(client), options_json, progress, user_data, out_json, out_error, || json::<Plan>(plan_json, "plan_json"), |c, plan, o, p| c.apply(&plan, o, Some(p)))
    }
}

/// What an apply runs on, from the caller's options JSON: the client, and the apply options.
pub(crate) type Target<'a> = Result<(&'a Client, ApplyOptions), Failure>;

/// The target of cscim_apply, cscim_apply_saved and cscim_resume: the client handle, and the
/// apply options as given.
///
/// # Safety
/// `client` is NULL or a live handle.
pub(crate) unsafe fn on_client<'a>(client: *const cscim_client) -> impl FnOnce(serde_json::Value) -> Target<'a> {
    // SAFETY: the caller promises a live handle or NULL.
    move |options| Ok((unsafe { client_ref(client) }?, ApplyOptions::from_value(options)?))
}

/// The body of every apply (cscim_apply, cscim_apply_saved, cscim_resume and the job's): the
/// client and options (`target`, from `options_json`), what to apply (`input`), the progress
/// function; then the report into *out_json.
///
/// # Safety
/// As cscim_apply.
#[allow(clippy::too_many_arguments)]
pub(crate) unsafe fn applying<'a, T>(
    target: impl FnOnce(serde_json::Value) -> Target<'a>,
    options_json: *const c_char,
    progress: cscim_progress_fn,
    user_data: *mut c_void,
    out_json: *mut *mut c_char,
    out_error: *mut *mut cscim_error,
    input: impl FnOnce() -> Result<T, Failure>,
    apply: impl FnOnce(&Client, T, &ApplyOptions, ProgressFn<'_>) -> celonis_scim::Result<Report>,
) -> cscim_status {
    // SAFETY: the pointers are passed on under the caller's promise.
    unsafe {
        guard_out(out_json, out_error, || {
            let (client, options) = target(json_or_default(options_json, "options_json")?)?;
            check_out(out_json, "out_json")?;
            let input = input()?;
            put_json(out_json, &apply(client, input, &options, &progress_fn(progress, user_data))?)
        })
    }
}

/// Renders a plan (JSON) as a readable diff; `colour` adds ANSI colours. *out_text receives
/// the text, freed with cscim_string_free.
///
/// # Safety
/// `plan_json` is NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_render_plan(plan_json: *const c_char, colour: bool, out_text: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_text, out_error, || {
            check_out(out_text, "out_text")?;
            let plan: Plan = json(plan_json, "plan_json")?;
            put_string(out_text, CString::new(render(&plan, colour)).map_err(|_| Failure::Argument("plan text has a NUL byte".into()))?);
            Ok(())
        })
    }
}

/// The part of a plan that a selection keeps: `selection_json` is {"sections": [...],
/// "users": [...], "groups": [...]} (names or patterns; an empty or missing list keeps
/// everything of its kind). *out_json receives the plan, freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_select_plan(plan_json: *const c_char, selection_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are passed on under the caller's promise.
    unsafe {
        guard_out(out_json, out_error, || {
            check_out(out_json, "out_json")?;
            let plan: Plan = json(plan_json, "plan_json")?;
            let selection: Selection = json(selection_json, "selection_json")?;
            put_json(out_json, &plan.select(&selection)?)
        })
    }
}
