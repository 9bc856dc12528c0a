//! The Celonis emulator, embedded, for C and C++ tests.

use std::ffi::{CString, c_char, c_uint};

use celonis_scim_emulator::{Emulator, EmulatorConfig, Fault};

use crate::error::cscim_error;
use crate::guard::{Failure, check_out, guard, guard_out, json, owned_text, text};
use crate::status::cscim_status;

/// A running emulator on 127.0.0.1. Stop and free it with cscim_emulator_stop.
pub struct cscim_emulator {
    inner: Emulator,
    url: CString,
    token: CString,
}

/// Starts an emulator; `options_json` (may be NULL) holds its settings ({"seats":
/// {"ANALYST": 5}, "latency_ms": 20, "state": "file.json", ...}). *out_emulator receives a
/// handle the caller stops and frees with cscim_emulator_stop.
///
/// # Safety
/// `options_json` is NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_emulator_start(options_json: *const c_char, out_emulator: *mut *mut cscim_emulator, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_emulator, out_error, || {
            check_out(out_emulator, "out_emulator")?;
            let config: EmulatorConfig = if options_json.is_null() {
                EmulatorConfig::default()
            } else {
                serde_json::from_str(text(options_json, "options_json")?)
                    .map_err(|e| Failure::Core(celonis_scim::Error::config(format!("invalid emulator options: {e}"))))?
            };
            let inner = Emulator::start(config).map_err(|e| Failure::Core(celonis_scim::Error::config(format!("cannot start the emulator: {e}"))))?;
            let (url, token) = (owned_text(inner.url()), owned_text(inner.token()));
            *out_emulator = Box::into_raw(Box::new(cscim_emulator { inner, url, token }));
            Ok(())
        })
    }
}

/// The SCIM base URL; owned by the emulator, valid until cscim_emulator_stop. NULL for NULL.
///
/// # Safety
/// `emulator` is NULL or a live handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_emulator_url(emulator: *const cscim_emulator) -> *const c_char {
    // SAFETY: `emulator` is NULL or a live handle, as this function's contract states.
    crate::guard::guard_value(std::ptr::null(), || unsafe { emulator.as_ref() }.map_or(std::ptr::null(), |e| e.url.as_ptr()))
}

/// The accepted bearer token; owned by the emulator, valid until cscim_emulator_stop.
///
/// # Safety
/// `emulator` is NULL or a live handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_emulator_token(emulator: *const cscim_emulator) -> *const c_char {
    // SAFETY: `emulator` is NULL or a live handle, as this function's contract states.
    crate::guard::guard_value(std::ptr::null(), || unsafe { emulator.as_ref() }.map_or(std::ptr::null(), |e| e.token.as_ptr()))
}

/// Queues a fault ({"kind": "rate_limit", "retry_after": 1}, {"kind": "status", "status":
/// 500}, ...) for the next `count` answers; returns nothing to free.
///
/// # Safety
/// `emulator` is NULL or a live handle; `fault_json` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_emulator_inject(emulator: *const cscim_emulator, fault_json: *const c_char, count: c_uint, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard(out_error, || {
            let emu = emulator.as_ref().ok_or_else(|| Failure::Argument("emulator is NULL".into()))?;
            let fault: Fault = json(fault_json, "fault_json")?;
            emu.inner.inject(fault, count);
            Ok(())
        })
    }
}

/// Stops the emulator and frees its handle; accepts NULL. Its url and token become invalid.
///
/// # Safety
/// `emulator` is NULL or a live handle, stopped once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_emulator_stop(emulator: *mut cscim_emulator) {
    if !emulator.is_null() {
        // SAFETY: created by Box::into_raw in cscim_emulator_start.
        let emu = unsafe { Box::from_raw(emulator) };
        crate::guard::guard_value((), move || emu.inner.stop());
    }
}

