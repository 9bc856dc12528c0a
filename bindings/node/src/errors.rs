//! Core errors as real JavaScript `Error` objects, built in one function from one exhaustive
//! match: `name`, `message`, `code` (the stable codes of docs/api.md), `status`, `scimType`,
//! `detail`, `errorCode`, `supportId`, `retryAfter` (seconds) and `attribute`.

use celonis_scim::{Error, ErrorKind};
use napi::bindgen_prelude::*;

/// The error's `name`: the one exhaustive mapping from core kinds.
fn name_of(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Validation => "ValidationError",
        ErrorKind::Config => "ConfigError",
        ErrorKind::BadRequest => "BadRequestError",
        ErrorKind::Unauthorized | ErrorKind::Forbidden => "AuthError",
        ErrorKind::NotFound => "NotFoundError",
        ErrorKind::Conflict => "ConflictError",
        ErrorKind::PreconditionFailed => "PreconditionFailedError",
        ErrorKind::RateLimited => "RateLimitError",
        ErrorKind::Server => "ServerError",
        ErrorKind::Http => "ApiError",
        ErrorKind::Transport => "TransportError",
        ErrorKind::Decode => "DecodeError",
        // The name the web platform gives an aborted operation.
        ErrorKind::Cancelled => "AbortError",
        ErrorKind::Internal => "InternalError",
    }
}

/// Builds the JS `Error` for a core error; the returned `napi::Error` throws (or rejects
/// with) exactly that object.
pub fn to_js(env: &Env, err: &Error) -> napi::Error {
    match build(env, err) {
        Ok(e) => e,
        Err(e) => e,
    }
}

fn build(env: &Env, err: &Error) -> Result<napi::Error> {
    let mut obj = env.create_error(napi::Error::new(Status::GenericFailure, err.to_string()))?;
    obj.set("name", name_of(err.kind()))?;
    obj.set("code", err.code())?;
    obj.set("status", err.status.map(u32::from))?;
    obj.set("scimType", err.scim_type.as_deref())?;
    obj.set("detail", err.detail.as_deref())?;
    obj.set("errorCode", err.error_code.as_deref())?;
    obj.set("supportId", err.support_id.as_deref())?;
    obj.set("retryAfter", err.retry_after.map(|d| d.as_secs_f64()))?;
    obj.set("attribute", err.attribute.as_deref())?;
    Ok(napi::Error::from(obj.to_unknown()))
}

/// The guard of an entry point that runs on the event loop's thread (a constructor, a getter,
/// a conversion): its result, or an `InternalError` thrown when it panics.
pub fn guard<T>(env: &Env, f: impl FnOnce() -> Result<T>) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|_| Err(to_js(env, &Error::internal("a call panicked"))))
}

/// A value from JavaScript that does not have the shape it should: a `validation` error.
pub fn bad_input(what: &str, e: impl std::fmt::Display) -> Error {
    Error::validation(what, celonis_scim::validate::rule::INVALID, format!("{what} is not valid: {e}"))
}
