//! `cscim_cancel_token`: stopping calls from another thread.
//!
//! A token is made with cscim_cancel_token_new; cscim_client_with_cancel gives a client handle
//! whose every call honours it; cscim_cancel (from any thread, a signal handler excepted)
//! makes those calls end with CSCIM_CANCELLED as soon as they can, even while they wait for an
//! answer or a rate limit.

use celonis_scim::CancelToken;

use crate::client::{client_ref, cscim_client};
use crate::error::cscim_error;
use crate::guard::{Failure, check_out, guard_out};
use crate::status::cscim_status;

/// A cancellation token. Thread-safe. Create with cscim_cancel_token_new, free with
/// cscim_cancel_token_free (client handles made from it keep what they need).
pub struct cscim_cancel_token {
    inner: CancelToken,
}

impl cscim_cancel_token {
    /// A handle of `client` whose every call honours this token.
    pub(crate) fn client_of(&self, client: &celonis_scim::Client) -> celonis_scim::Client {
        client.with_cancel(&self.inner)
    }
}

/// A new token that is not cancelled; the caller frees it with cscim_cancel_token_free.
#[unsafe(no_mangle)]
pub extern "C" fn cscim_cancel_token_new() -> *mut cscim_cancel_token {
    crate::guard::guard_value(std::ptr::null_mut(), || Box::into_raw(Box::new(cscim_cancel_token { inner: CancelToken::new() })))
}

/// Cancels: every call of every client handle made from this token stops as soon as it can
/// (CSCIM_CANCELLED). Safe from any thread; NULL is ignored. It cannot be undone.
///
/// # Safety
/// `token` is NULL or a live token.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_cancel(token: *const cscim_cancel_token) {
    // SAFETY: the caller promises a live token or NULL.
    if let Some(t) = unsafe { token.as_ref() } {
        crate::guard::guard_value((), || t.inner.cancel());
    }
}

/// Frees a token; accepts NULL.
///
/// # Safety
/// `token` is NULL or a live token, freed once, and no other thread is using it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_cancel_token_free(token: *mut cscim_cancel_token) {
    if !token.is_null() {
        // SAFETY: created by Box::into_raw in cscim_cancel_token_new, freed once.
        crate::guard::guard_value((), || drop(unsafe { Box::from_raw(token) }));
    }
}

/// A new handle on the same client (same connections and token cache) whose every call honours
/// `token`. *out_client receives it; the caller frees it with cscim_client_free.
///
/// # Safety
/// `client` and `token` are NULL or live handles; `out_client` points to storage for a
/// pointer; `out_error` is NULL or points to storage for a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_client_with_cancel(
    client: *const cscim_client,
    token: *const cscim_cancel_token,
    out_client: *mut *mut cscim_client,
    out_error: *mut *mut cscim_error,
) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_client, out_error, || {
            check_out(out_client, "out_client")?;
            let c = client_ref(client)?;
            let t = token.as_ref().ok_or_else(|| Failure::Argument("token is NULL".into()))?;
            *out_client = Box::into_raw(Box::new(cscim_client { inner: t.client_of(c) }));
            Ok(())
        })
    }
}
