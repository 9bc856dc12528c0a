//! Page iteration through iterator handles: `cscim_user_iter_*` and `cscim_group_iter_*`.

use std::ffi::c_char;
use std::sync::Mutex;

use celonis_scim::{Group, IterOptions, ResourceIter, User};

use crate::client::{client_ref, cscim_client};
use crate::error::cscim_error;
use crate::guard::{Failure, check_out, guard_out, json_or_default, put_json};
use crate::status::cscim_status;

/// An iterator over every user, fetching page by page. Free with cscim_user_iter_free.
pub struct cscim_user_iter {
    inner: Mutex<ResourceIter<User>>,
}

/// An iterator over every group, fetching page by page. Free with cscim_group_iter_free.
pub struct cscim_group_iter {
    inner: Mutex<ResourceIter<Group>>,
}

/// Steps an iterator: the next resource as JSON into *out_json, or NULL at the end.
///
/// # Safety
/// `out_json` points to writable storage.
unsafe fn step<T: serde::Serialize>(it: Option<&Mutex<ResourceIter<T>>>, out_json: *mut *mut c_char) -> Result<(), Failure>
where
    ResourceIter<T>: Iterator<Item = celonis_scim::Result<T>>,
{
    let it = it.ok_or_else(|| Failure::Argument("iterator is NULL".into()))?;
    check_out(out_json, "out_json")?;
    let next = it.lock().unwrap_or_else(|p| p.into_inner()).next();
    match next {
        None => Ok(()),
        // SAFETY: `out_json` was checked non-NULL and points to writable storage.
        Some(Ok(r)) => unsafe { put_json(out_json, &r) },
        Some(Err(e)) => Err(Failure::Core(e)),
    }
}

/// Creates an iterator handle with `make`.
///
/// # Safety
/// As for the exported `_new` functions.
unsafe fn iter_new<H>(
    client: *const cscim_client,
    options_json: *const c_char,
    out_iter: *mut *mut H,
    out_error: *mut *mut cscim_error,
    make: impl FnOnce(&celonis_scim::Client, &IterOptions) -> H,
) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as the exported function's contract states.
    unsafe {
        guard_out(out_iter, out_error, || {
            let c = client_ref(client)?;
            check_out(out_iter, "out_iter")?;
            let options: IterOptions = json_or_default(options_json, "options_json")?;
            *out_iter = Box::into_raw(Box::new(make(c, &options)));
            Ok(())
        })
    }
}

/// Starts iterating over every user; `options_json` (may be NULL) is {"page_size",
/// "attributes", "excluded_attributes"}. *out_iter receives a handle freed with
/// cscim_user_iter_free; it does not borrow the client.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_user_iter_new(client: *const cscim_client, options_json: *const c_char, out_iter: *mut *mut cscim_user_iter, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { iter_new(client, options_json, out_iter, out_error, |c, o| cscim_user_iter { inner: Mutex::new(c.iter_users(o)) }) }
}

/// The next user: *out_json receives a string freed with cscim_string_free, or NULL when the
/// iteration is over. After an error the iteration is over.
///
/// # Safety
/// `iter` is NULL or a live handle; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_user_iter_next(iter: *mut cscim_user_iter, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: `iter` is NULL or a live handle and the out-pointers are NULL or writable, as
    // this function's contract states.
    unsafe { guard_out(out_json, out_error, || step(iter.as_ref().map(|i| &i.inner), out_json)) }
}

/// Frees a user iterator; accepts NULL.
///
/// # Safety
/// `iter` is NULL or a live handle, freed once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_user_iter_free(iter: *mut cscim_user_iter) {
    if !iter.is_null() {
        // SAFETY: created by Box::into_raw in cscim_user_iter_new.
        crate::guard::guard_value((), || drop(unsafe { Box::from_raw(iter) }));
    }
}

/// Starts iterating over every group (options as for cscim_user_iter_new). *out_iter receives
/// a handle freed with cscim_group_iter_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_group_iter_new(client: *const cscim_client, options_json: *const c_char, out_iter: *mut *mut cscim_group_iter, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { iter_new(client, options_json, out_iter, out_error, |c, o| cscim_group_iter { inner: Mutex::new(c.iter_groups(o)) }) }
}

/// The next group: *out_json receives a string freed with cscim_string_free, or NULL at the end.
///
/// # Safety
/// `iter` is NULL or a live handle; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_group_iter_next(iter: *mut cscim_group_iter, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: `iter` is NULL or a live handle and the out-pointers are NULL or writable, as
    // this function's contract states.
    unsafe { guard_out(out_json, out_error, || step(iter.as_ref().map(|i| &i.inner), out_json)) }
}

/// Frees a group iterator; accepts NULL.
///
/// # Safety
/// `iter` is NULL or a live handle, freed once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_group_iter_free(iter: *mut cscim_group_iter) {
    if !iter.is_null() {
        // SAFETY: created by Box::into_raw in cscim_group_iter_new.
        crate::guard::guard_value((), || drop(unsafe { Box::from_raw(iter) }));
    }
}
