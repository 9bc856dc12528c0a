//! `cscim_error`: an opaque error with accessors, owned by the caller.

use std::ffi::{CString, c_char, c_int};
use std::ptr;

use crate::status::{cscim_status, of_kind};

/// An error: its status, stable code, message, and what the server said. Opaque; read it with
/// the `cscim_error_*` accessors and free it with `cscim_error_free`.
pub struct cscim_error {
    status: cscim_status,
    code: CString,
    message: CString,
    http_status: c_int,
    scim_type: Option<CString>,
    detail: Option<CString>,
    vendor_code: Option<CString>,
    support_id: Option<CString>,
    attribute: Option<CString>,
    retry_after: f64,
}

/// Text for C: interior NUL bytes (never in what the core produces) become spaces.
pub(crate) fn c_text(s: &str) -> CString {
    CString::new(s.replace('\0', " ")).unwrap_or_default()
}

impl cscim_error {
    /// From a core error.
    pub(crate) fn from_core(e: &celonis_scim::Error) -> Self {
        let opt = |v: &Option<String>| v.as_deref().map(c_text);
        cscim_error {
            status: of_kind(e.kind()),
            code: c_text(e.code()),
            message: c_text(&e.to_string()),
            http_status: e.status.map_or(0, c_int::from),
            scim_type: opt(&e.scim_type),
            detail: opt(&e.detail),
            vendor_code: opt(&e.error_code),
            support_id: opt(&e.support_id),
            attribute: opt(&e.attribute),
            retry_after: e.retry_after.map_or(-1.0, |d| d.as_secs_f64()),
        }
    }

    /// A C-only error (invalid argument, internal).
    pub(crate) fn local(status: cscim_status, code: &str, message: &str) -> Self {
        cscim_error {
            status,
            code: c_text(code),
            message: c_text(message),
            http_status: 0,
            scim_type: None,
            detail: None,
            vendor_code: None,
            support_id: None,
            attribute: None,
            retry_after: -1.0,
        }
    }

    pub(crate) fn status(&self) -> cscim_status {
        self.status
    }
}

fn text_or_null(s: Option<&CString>) -> *const c_char {
    s.map_or(ptr::null(), |c| c.as_ptr())
}

/// Reads an error through a possibly NULL pointer.
///
/// # Safety
/// `err` is NULL or a pointer returned by this library and not yet freed.
unsafe fn with<T>(err: *const cscim_error, default: T, f: impl FnOnce(&cscim_error) -> T) -> T {
    // SAFETY: the caller promises a live error or NULL.
    match unsafe { err.as_ref() } {
        Some(e) => crate::guard::guard_value(default, || f(e)),
        None => default,
    }
}

/// The error's status. Returns CSCIM_OK for NULL.
///
/// # Safety
/// `err` is NULL or a live error from this library.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_error_status(err: *const cscim_error) -> cscim_status {
    // SAFETY: `err` is NULL or a live error, as this function's contract states.
    unsafe { with(err, cscim_status::CSCIM_OK, |e| e.status) }
}

/// The stable code ("not_found", "validation", "invalid_argument", ...); the string is owned
/// by the error and valid until cscim_error_free. NULL for NULL.
///
/// # Safety
/// `err` is NULL or a live error from this library.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_error_code(err: *const cscim_error) -> *const c_char {
    // SAFETY: `err` is NULL or a live error, as this function's contract states.
    unsafe { with(err, ptr::null(), |e| e.code.as_ptr()) }
}

/// The human-readable message; owned by the error, valid until cscim_error_free.
///
/// # Safety
/// `err` is NULL or a live error from this library.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_error_message(err: *const cscim_error) -> *const c_char {
    // SAFETY: `err` is NULL or a live error, as this function's contract states.
    unsafe { with(err, ptr::null(), |e| e.message.as_ptr()) }
}

/// The HTTP status the server answered, or 0 when no answer was involved.
///
/// # Safety
/// `err` is NULL or a live error from this library.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_error_http_status(err: *const cscim_error) -> c_int {
    // SAFETY: `err` is NULL or a live error, as this function's contract states.
    unsafe { with(err, 0, |e| e.http_status) }
}

/// The SCIM scimType (for validation errors: the rule broken), or NULL; owned by the error.
///
/// # Safety
/// `err` is NULL or a live error from this library.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_error_scim_type(err: *const cscim_error) -> *const c_char {
    // SAFETY: `err` is NULL or a live error, as this function's contract states.
    unsafe { with(err, ptr::null(), |e| text_or_null(e.scim_type.as_ref())) }
}

/// The server's detail text, or NULL; owned by the error.
///
/// # Safety
/// `err` is NULL or a live error from this library.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_error_detail(err: *const cscim_error) -> *const c_char {
    // SAFETY: `err` is NULL or a live error, as this function's contract states.
    unsafe { with(err, ptr::null(), |e| text_or_null(e.detail.as_ref())) }
}

/// The vendor's own error code (e.g. "LIMIT_RATE_EXCEEDED"), or NULL; owned by the error.
///
/// # Safety
/// `err` is NULL or a live error from this library.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_error_vendor_code(err: *const cscim_error) -> *const c_char {
    // SAFETY: `err` is NULL or a live error, as this function's contract states.
    unsafe { with(err, ptr::null(), |e| text_or_null(e.vendor_code.as_ref())) }
}

/// The id to quote to support, or NULL; owned by the error.
///
/// # Safety
/// `err` is NULL or a live error from this library.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_error_support_id(err: *const cscim_error) -> *const c_char {
    // SAFETY: `err` is NULL or a live error, as this function's contract states.
    unsafe { with(err, ptr::null(), |e| text_or_null(e.support_id.as_ref())) }
}

/// For validation errors, the attribute that broke the rule, or NULL; owned by the error.
///
/// # Safety
/// `err` is NULL or a live error from this library.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_error_attribute(err: *const cscim_error) -> *const c_char {
    // SAFETY: `err` is NULL or a live error, as this function's contract states.
    unsafe { with(err, ptr::null(), |e| text_or_null(e.attribute.as_ref())) }
}

/// Seconds the server asked to wait before trying again, or a negative number when it did not.
///
/// # Safety
/// `err` is NULL or a live error from this library.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_error_retry_after(err: *const cscim_error) -> f64 {
    // SAFETY: `err` is NULL or a live error, as this function's contract states.
    unsafe { with(err, -1.0, |e| e.retry_after) }
}

/// Frees an error; accepts NULL. The strings it returned become invalid.
///
/// # Safety
/// `err` is NULL or a live error from this library, freed only once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_error_free(err: *mut cscim_error) {
    if !err.is_null() {
        // SAFETY: created by Box::into_raw in guard(), freed once by the caller's promise.
        drop(unsafe { Box::from_raw(err) });
    }
}
