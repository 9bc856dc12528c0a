//! `cscim_job`: one team of the config file (its connection, input, plan and apply options
//! and journal), planning and applying as the CLI's `--team NAME` does.

use std::ffi::{c_char, c_void};
use std::path::Path;
use std::sync::Arc;

use celonis_scim::config_file::{ConfigFile, TeamJob};
use celonis_scim::sync::{Input, Plan, SavedPlan};
use celonis_scim::Client;

use crate::cancel::cscim_cancel_token;
use crate::client::cscim_client;
use crate::error::cscim_error;
use crate::guard::{Failure, check_out, guard_out, json, json_or_default, put_json, text};
use crate::status::cscim_status;
use crate::sync::{Target, applying, cscim_progress_fn};

/// The main job of one team of a config file (`celonis-scim.toml`): the client of its
/// `[connection]`, the export of its `[input]`, its `[plan]` and `[apply]` options and its own
/// journal, the file's `[teams.NAME]` sections over the shared ones. Thread-safe. Create with
/// cscim_job_from_config, free with cscim_job_free.
pub struct cscim_job {
    team: Arc<TeamJob>,
    /// The team's client, or a handle of it that honours a cancellation token.
    client: Client,
}

/// The job behind a handle.
///
/// # Safety
/// `p` is NULL or a live handle.
unsafe fn job_ref<'a>(p: *const cscim_job) -> Result<&'a cscim_job, Failure> {
    // SAFETY: the caller promises a live handle or NULL.
    unsafe { p.as_ref() }.ok_or_else(|| Failure::Argument("job is NULL".into()))
}

/// A string argument that may be NULL.
///
/// # Safety
/// `p` is NULL or NUL-terminated.
unsafe fn optional_text<'a>(p: *const c_char, name: &str) -> Result<Option<&'a str>, Failure> {
    // SAFETY: as this function's contract states.
    if p.is_null() { Ok(None) } else { unsafe { text(p, name) }.map(Some) }
}

/// Reads the config file `path` (NULL: the one CELONIS_SCIM_CONFIG names, else
/// `celonis-scim.toml` in the working directory) for `team` (NULL: CELONIS_SCIM_TEAM, else the
/// file's shared sections) and makes its client, as the CLI does for `--config PATH --team
/// NAME`: the CELONIS_SCIM_* variables over the file, over Celonis's own variables. Secrets
/// are read from their sources now. On success *out_job receives a handle the caller frees
/// with cscim_job_free; any problem is CSCIM_CONFIG naming it. Nothing is sent.
///
/// # Safety
/// Strings are NULL or NUL-terminated; `out_job` points to storage for a pointer; `out_error`
/// is NULL or points to storage for a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_job_from_config(path: *const c_char, team: *const c_char, out_job: *mut *mut cscim_job, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_job, out_error, || {
            check_out(out_job, "out_job")?;
            let loaded = TeamJob::load(optional_text(path, "path")?.map(Path::new), optional_text(team, "team")?)?;
            let client = loaded.client().clone();
            *out_job = Box::into_raw(Box::new(cscim_job { team: Arc::new(loaded), client }));
            Ok(())
        })
    }
}

/// Frees a job; accepts NULL.
///
/// # Safety
/// `job` is NULL or a live handle, freed once, and no other thread is using it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_job_free(job: *mut cscim_job) {
    if !job.is_null() {
        // SAFETY: created by Box::into_raw in this module, freed once.
        crate::guard::guard_value((), || drop(unsafe { Box::from_raw(job) }));
    }
}

/// A new handle on the same job whose every call honours `token` (cscim_cancel stops it).
/// *out_job receives it; the caller frees it with cscim_job_free.
///
/// # Safety
/// `job` and `token` are NULL or live handles; `out_job` points to storage for a pointer;
/// `out_error` is NULL or points to storage for a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_job_with_cancel(job: *const cscim_job, token: *const cscim_cancel_token, out_job: *mut *mut cscim_job, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_job, out_error, || {
            check_out(out_job, "out_job")?;
            let j = job_ref(job)?;
            let t = token.as_ref().ok_or_else(|| Failure::Argument("token is NULL".into()))?;
            *out_job = Box::into_raw(Box::new(cscim_job { team: Arc::clone(&j.team), client: t.client_of(&j.client) }));
            Ok(())
        })
    }
}

/// A client handle of the team's connection (the same connections as the job's), for the
/// other operations. *out_client receives it; the caller frees it with cscim_client_free.
///
/// # Safety
/// `job` is NULL or a live handle; `out_client` points to storage for a pointer; `out_error`
/// is NULL or points to storage for a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_job_client(job: *const cscim_job, out_client: *mut *mut cscim_client, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_client, out_error, || {
            check_out(out_client, "out_client")?;
            *out_client = Box::into_raw(Box::new(cscim_client { inner: job_ref(job)?.client.clone() }));
            Ok(())
        })
    }
}

/// What the job is: {"team": NAME or null, "config_path", "input": the `[input] file` or
/// null, "journal", "base_url"}. *out_json receives it, freed with cscim_string_free.
///
/// # Safety
/// `job` is NULL or a live handle; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_job_describe(job: *const cscim_job, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_json, out_error, || {
            check_out(out_json, "out_json")?;
            let j = &job_ref(job)?.team;
            let about = serde_json::json!({"team": j.team(), "config_path": j.path(), "input": j.input(), "journal": j.journal(), "base_url": j.client().base_url()});
            put_json(out_json, &about)
        })
    }
}

/// Plans what it takes to make the team match `desired_json` (as cscim_plan takes it), or,
/// when it is NULL, the file's `[input] file` read through the file's mapping. The file's
/// plan options, each replaced by a key of `options_json` (may be NULL; the plan options,
/// "mapping" and "journal"). *out_json receives the plan, freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_job_plan(job: *const cscim_job, desired_json: *const c_char, options_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are passed on under the caller's promise.
    unsafe { planning(job, desired_json, options_json, out_json, out_error, false) }
}

/// Plans as cscim_job_plan does, and keeps with the plan what it was computed from (as
/// cscim_plan_to_save). *out_json receives the saved plan, freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_job_plan_to_save(job: *const cscim_job, desired_json: *const c_char, options_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are passed on under the caller's promise.
    unsafe { planning(job, desired_json, options_json, out_json, out_error, true) }
}

/// The body of cscim_job_plan and cscim_job_plan_to_save.
///
/// # Safety
/// As cscim_job_plan.
unsafe fn planning(job: *const cscim_job, desired_json: *const c_char, options_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error, to_save: bool) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as the exported function's contract states.
    unsafe {
        guard_out(out_json, out_error, || {
            let j = job_ref(job)?;
            check_out(out_json, "out_json")?;
            let given = optional_text(desired_json, "desired_json")?.map(|d| Input::Json(d.to_owned()));
            let planned = j.team.job(&j.client, given, json_or_default(options_json, "options_json")?)?;
            if to_save { put_json(out_json, &planned.plan_to_save()?) } else { put_json(out_json, &planned.plan()?) }
        })
    }
}

/// Carries out a plan (JSON, as cscim_job_plan wrote it) with the file's apply options, each
/// replaced by a key of `options_json` (may be NULL), journaled in the team's journal;
/// otherwise as cscim_apply.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage; `progress` is
/// NULL or a function safe to call from other threads with `user_data`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_job_apply(
    job: *const cscim_job,
    plan_json: *const c_char,
    options_json: *const c_char,
    progress: cscim_progress_fn,
    user_data: *mut c_void,
    out_json: *mut *mut c_char,
    out_error: *mut *mut cscim_error,
) -> cscim_status {
    // SAFETY: the pointers are passed on under the caller's promise.
    unsafe {
        let plan = || json::<Plan>(plan_json, "plan_json");
        applying(on_job(job), options_json, progress, user_data, out_json, out_error, plan, |c, plan, o, p| c.apply(&plan, o, Some(p)))
    }
}

/// Applies a saved plan exactly unless it is stale, as cscim_apply_saved, with the file's
/// apply options as cscim_job_apply.
///
/// # Safety
/// As cscim_job_apply.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_job_apply_saved(
    job: *const cscim_job,
    saved_json: *const c_char,
    options_json: *const c_char,
    progress: cscim_progress_fn,
    user_data: *mut c_void,
    out_json: *mut *mut c_char,
    out_error: *mut *mut cscim_error,
) -> cscim_status {
    // SAFETY: the pointers are passed on under the caller's promise.
    unsafe {
        let saved = || Ok(SavedPlan::from_json(text(saved_json, "saved_json")?)?);
        applying(on_job(job), options_json, progress, user_data, out_json, out_error, saved, |c, saved, o, p| c.apply_saved(&saved, o, Some(p)))
    }
}

/// Continues run `run` of the team's journal, as cscim_resume.
///
/// # Safety
/// As cscim_job_apply; `run` is NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_job_resume(
    job: *const cscim_job,
    run: *const c_char,
    options_json: *const c_char,
    progress: cscim_progress_fn,
    user_data: *mut c_void,
    out_json: *mut *mut c_char,
    out_error: *mut *mut cscim_error,
) -> cscim_status {
    // SAFETY: the pointers are passed on under the caller's promise.
    unsafe {
        let run = || Ok(text(run, "run")?.to_owned());
        applying(on_job(job), options_json, progress, user_data, out_json, out_error, run, |c, run, o, p| c.resume(&run, o, Some(p)))
    }
}

/// The target of the job's applies: the job's client, and the file's apply options with the
/// caller's over them.
///
/// # Safety
/// `job` is NULL or a live handle.
unsafe fn on_job<'a>(job: *const cscim_job) -> impl FnOnce(serde_json::Value) -> Target<'a> {
    move |options| {
        // SAFETY: the caller promises a live handle or NULL.
        let j = unsafe { job_ref(job) }?;
        Ok((&j.client, j.team.apply_options(options)?))
    }
}

/// The teams of the config file `path` (NULL: the one CELONIS_SCIM_CONFIG names, else
/// `celonis-scim.toml` here), in the file's order, as a JSON array of names (empty without
/// `[teams.NAME]` tables). *out_json receives it, freed with cscim_string_free.
///
/// # Safety
/// `path` is NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_config_teams(path: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_json, out_error, || {
            check_out(out_json, "out_json")?;
            let names = ConfigFile::team_names(optional_text(path, "path")?.map(Path::new), &celonis_scim::celonis_env::process_env)?;
            put_json(out_json, &names)
        })
    }
}
