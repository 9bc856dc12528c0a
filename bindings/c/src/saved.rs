//! Unattended runs from C: saved plans (plan now, apply exactly later, refused when stale),
//! the journal (resume a run, undo a run, list runs), a snapshot of the team and a rehearsal
//! on its twin. Everything is JSON text.

use std::collections::BTreeMap;
use std::ffi::{c_char, c_void};
use std::path::Path;

use celonis_scim::sync::journal::{self, undo_plan};
use celonis_scim::sync::{ApplyOptions, Input, Job, JobOptions, Plan, SavedPlan, TeamState};

use crate::client::{client_ref, cscim_client};
use crate::error::cscim_error;
use crate::guard::{check_out, guard_out, json, json_or_default, put_json, text};
use crate::status::cscim_status;
use crate::sync::{applying, cscim_progress_fn, on_client};

/// Plans as cscim_plan does, and keeps with the plan what it was computed from (the version
/// of every resource it touches, a fingerprint of `desired_json`). *out_json receives the
/// saved plan: write it to a file, review it, and apply it later with cscim_apply_saved.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_plan_to_save(client: *const cscim_client, desired_json: *const c_char, options_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_json, out_error, || {
            let c = client_ref(client)?;
            check_out(out_json, "out_json")?;
            let input = Input::Json(text(desired_json, "desired_json")?.to_owned());
            let options = JobOptions::from_value(json_or_default(options_json, "options_json")?)?;
            put_json(out_json, &Job::new(c, Some(input), options)?.plan_to_save()?)
        })
    }
}

/// Applies a saved plan (JSON, as cscim_plan_to_save wrote it) exactly: first reads again
/// every resource it touches and fails with CSCIM_VALIDATION (scim type `stalePlan`) when one
/// changed since, unless the apply options say "force": true. Otherwise as cscim_apply.
///
/// # Safety
/// As cscim_apply.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_apply_saved(
    client: *const cscim_client,
    saved_json: *const c_char,
    options_json: *const c_char,
    progress: cscim_progress_fn,
    user_data: *mut c_void,
    out_json: *mut *mut c_char,
    out_error: *mut *mut cscim_error,
) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        let saved = || Ok(SavedPlan::from_json(text(saved_json, "saved_json")?)?);
        applying(on_client(client), options_json, progress, user_data, out_json, out_error, saved, |c, saved, o, p| c.apply_saved(&saved, o, Some(p)))
    }
}

/// Continues run `run` of the journal named by the apply options' "journal" (required):
/// what the run did is not done again. Otherwise as cscim_apply.
///
/// # Safety
/// As cscim_apply.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_resume(
    client: *const cscim_client,
    run: *const c_char,
    options_json: *const c_char,
    progress: cscim_progress_fn,
    user_data: *mut c_void,
    out_json: *mut *mut c_char,
    out_error: *mut *mut cscim_error,
) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { applying(on_client(client), options_json, progress, user_data, out_json, out_error, || text(run, "run"), |c, run, o, p| c.resume(run, o, Some(p))) }
}

/// The plan that undoes run `run` of the journal in `journal_dir` (reactivations, earlier
/// values, reversed memberships; deletions listed as `irreversible` conflicts), to review
/// and apply with cscim_apply. *out_json receives it, freed with cscim_string_free.
///
/// # Safety
/// Strings are NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_undo_plan(journal_dir: *const c_char, run: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_json, out_error, || {
            check_out(out_json, "out_json")?;
            let dir = Path::new(text(journal_dir, "journal_dir")?);
            put_json(out_json, &undo_plan(dir, text(run, "run")?)?)
        })
    }
}

/// Every run of the journal in `journal_dir`, oldest first, as a JSON array of
/// {"run", "time", "team", "operations", "done", "failed", "uncertain", "finished", ...}.
///
/// # Safety
/// Strings are NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_runs(journal_dir: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_json, out_error, || {
            check_out(out_json, "out_json")?;
            put_json(out_json, &journal::runs(Path::new(text(journal_dir, "journal_dir")?))?)
        })
    }
}

/// Copies the live team: every user and group (with members) and the seats in use, as a
/// team-state JSON text to rehearse on (cscim_rehearse) or to save (it is also an emulator
/// state file). `seat_limits_json` (may be NULL: {"ANALYST": 10}) is the licence, when known.
/// *out_json receives it, freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_snapshot(client: *const cscim_client, seat_limits_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_json, out_error, || {
            let c = client_ref(client)?;
            check_out(out_json, "out_json")?;
            let limits: BTreeMap<String, usize> = json_or_default(seat_limits_json, "seat_limits_json")?;
            put_json(out_json, &c.snapshot(&limits)?)
        })
    }
}

/// Applies a plan (JSON) to a twin of a team state (JSON, from cscim_snapshot: an emulator
/// loaded with it, held to its seat limits and the plan's) with the apply options (may be
/// NULL), and writes the report of what would be done and what would fail to *out_json; the
/// real team is never contacted.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_rehearse(state_json: *const c_char, plan_json: *const c_char, options_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_json, out_error, || {
            check_out(out_json, "out_json")?;
            let state = TeamState::from_json(text(state_json, "state_json")?)?;
            let plan: Plan = json(plan_json, "plan_json")?;
            let options = ApplyOptions::from_value(json_or_default(options_json, "options_json")?)?;
            put_json(out_json, &celonis_scim_emulator::rehearse(&state, &plan, &options)?)
        })
    }
}
