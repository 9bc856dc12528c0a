//! The boundary: one catch_unwind guard for every export, argument checks, and outputs.

use std::ffi::{CStr, CString, c_char};
use std::panic::{AssertUnwindSafe, catch_unwind};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{c_text, cscim_error};
use crate::status::cscim_status;

/// Why a call failed before or inside the core.
pub(crate) enum Failure {
    /// The core's error.
    Core(celonis_scim::Error),
    /// A NULL pointer or invalid UTF-8.
    Argument(String),
}

impl From<celonis_scim::Error> for Failure {
    fn from(e: celonis_scim::Error) -> Self {
        Failure::Core(e)
    }
}

/// Runs `f` with panics caught; stores the error in `*out_error` (when not NULL).
///
/// # Safety
/// `out_error` is NULL or points to writable storage for one pointer.
pub(crate) unsafe fn guard(out_error: *mut *mut cscim_error, f: impl FnOnce() -> Result<(), Failure>) -> cscim_status {
    if !out_error.is_null() {
        // SAFETY: the caller promises writable storage.
        unsafe { *out_error = std::ptr::null_mut() };
    }
    let err = match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(())) => return cscim_status::CSCIM_OK,
        Ok(Err(Failure::Core(e))) => cscim_error::from_core(&e),
        Ok(Err(Failure::Argument(m))) => cscim_error::local(cscim_status::CSCIM_INVALID_ARGUMENT, "invalid_argument", &m),
        Err(_) => cscim_error::from_core(&celonis_scim::Error::internal("the call did not complete")),
    };
    let status = err.status();
    if !out_error.is_null() {
        // SAFETY: as above.
        unsafe { *out_error = Box::into_raw(Box::new(err)) };
    }
    status
}

/// The guard of a call that reports no error (an accessor, a free, a cancel): its value, or
/// `fallback` when it panics.
pub(crate) fn guard_value<T>(fallback: T, f: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or(fallback)
}

/// [`guard`] for a function that hands a pointer back through `out`: `*out` is set to NULL
/// first, so that it is NULL whenever the call does not succeed.
///
/// # Safety
/// `out` is NULL or points to writable storage for one pointer; `out_error` as for [`guard`].
pub(crate) unsafe fn guard_out<T>(out: *mut *mut T, out_error: *mut *mut cscim_error, f: impl FnOnce() -> Result<(), Failure>) -> cscim_status {
    if !out.is_null() {
        // SAFETY: non-NULL, and the caller promises writable storage.
        unsafe { *out = std::ptr::null_mut() };
    }
    // SAFETY: `out_error` is passed on under the caller's promise.
    unsafe { guard(out_error, f) }
}

/// A required UTF-8 string argument.
///
/// # Safety
/// `p` is NULL or a NUL-terminated string that outlives `'a`.
pub(crate) unsafe fn text<'a>(p: *const c_char, name: &str) -> Result<&'a str, Failure> {
    if p.is_null() {
        return Err(Failure::Argument(format!("{name} is NULL")));
    }
    // SAFETY: non-NULL and NUL-terminated by the caller's promise.
    unsafe { CStr::from_ptr(p) }.to_str().map_err(|_| Failure::Argument(format!("{name} is not valid UTF-8")))
}

/// A required JSON argument, read into a core model; bad JSON is a `validation` error.
///
/// # Safety
/// As for [`text`].
pub(crate) unsafe fn json<T: DeserializeOwned>(p: *const c_char, name: &str) -> Result<T, Failure> {
    // SAFETY: `p` is NULL or NUL-terminated and outlives the result, as the caller promises.
    let s = unsafe { text(p, name) }?;
    serde_json::from_str(s).map_err(|e| Failure::Core(celonis_scim::Error::validation(name, "invalidValue", format!("{name} is not valid JSON for it: {e}"))))
}

/// An optional JSON argument: NULL gives the default.
///
/// # Safety
/// As for [`text`].
pub(crate) unsafe fn json_or_default<T: DeserializeOwned + Default>(p: *const c_char, name: &str) -> Result<T, Failure> {
    // SAFETY: as for `text`: the caller's promise is passed on.
    if p.is_null() { Ok(T::default()) } else { unsafe { json(p, name) } }
}

/// Checks an out-pointer before any work is done.
pub(crate) fn check_out<T>(p: *mut T, name: &str) -> Result<(), Failure> {
    if p.is_null() { Err(Failure::Argument(format!("{name} is NULL"))) } else { Ok(()) }
}

/// Writes `value` as JSON into `*out` (a string the caller frees with cscim_string_free).
///
/// # Safety
/// `out` was checked with [`check_out`] and points to writable storage.
pub(crate) unsafe fn put_json<T: Serialize>(out: *mut *mut c_char, value: &T) -> Result<(), Failure> {
    let text = serde_json::to_string(value).map_err(|e| Failure::Core(celonis_scim::Error::decode(format!("cannot encode the answer: {e}"))))?;
    // SAFETY: `out` was checked non-NULL and points to writable storage, as the caller promises.
    unsafe { put_string(out, CString::new(text).unwrap_or_default()) };
    Ok(())
}

/// Hands a string to the caller through `*out`.
///
/// # Safety
/// `out` points to writable storage.
pub(crate) unsafe fn put_string(out: *mut *mut c_char, s: CString) {
    // SAFETY: `out` points to writable storage, as the caller promises.
    unsafe { *out = s.into_raw() };
}

/// Text for C, from Rust text.
pub(crate) fn owned_text(s: &str) -> CString {
    c_text(s)
}

/// Frees a string returned by this library; accepts NULL.
///
/// # Safety
/// `s` is NULL or a string returned by this library through an out-parameter, freed once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_string_free(s: *mut c_char) {
    if !s.is_null() {
        // SAFETY: created by CString::into_raw in put_string.
        guard_value((), || drop(unsafe { CString::from_raw(s) }));
    }
}
