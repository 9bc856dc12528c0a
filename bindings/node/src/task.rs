//! Blocking core calls as Promises: each runs on the core's own threads ([`POOL`]),
//! never on the event loop and never on libuv's pool, and comes back through
//! [`crate::settle`]; a panic becomes an `internal` error.

use std::panic::{AssertUnwindSafe, catch_unwind};

use celonis_scim::Error;
use napi::bindgen_prelude::*;
use serde::Serialize;

use crate::errors::to_js;
use crate::settle;
use celonis_scim::pool::Pool;

/// A JSON value handed to JavaScript as plain data.
pub struct Json(pub serde_json::Value);

impl TypeName for Json {
    fn type_name() -> &'static str {
        "unknown"
    }
    fn value_type() -> ValueType {
        ValueType::Unknown
    }
}

impl ToNapiValue for Json {
    unsafe fn to_napi_value(env: napi::sys::napi_env, val: Self) -> Result<napi::sys::napi_value> {
        // SAFETY: forwarded unchanged from napi's own conversion of serde_json::Value.
        unsafe { serde_json::Value::to_napi_value(env, val.0) }
    }
}

/// The threads calls run on: enough for many calls waiting out rate limits, few enough that a
/// burst of quick calls does not drown two cores in threads (measured: 2,000 calls in flight
/// took 1 s with 256 threads, 80 ms with 32).
static POOL: Pool = Pool::new("celonis-scim-call", 32);

/// A Promise's deferred, sent to a worker and back, and used only on the JavaScript thread.
struct Deferred(napi::sys::napi_deferred);

// SAFETY: the pointer is only carried by the worker; it is resolved or rejected on the
// JavaScript thread that created it (in a settle job).
unsafe impl Send for Deferred {}

/// Runs `work` on a pool thread, panics caught, and returns the Promise that `finish` settles
/// on the event loop with its result (a core error rejects it with the matching JS error).
pub fn spawn<'e, T, D, W, F>(env: &'e Env, work: W, finish: F) -> Result<Object<'e>>
where
    T: Send + 'static,
    D: ToNapiValue + 'static,
    W: FnOnce() -> celonis_scim::Result<T> + Send + 'static,
    F: FnOnce(Env, T) -> Result<D> + Send + 'static,
{
    let (mut raw_deferred, mut raw_promise) = (std::ptr::null_mut(), std::ptr::null_mut());
    // SAFETY: `env` is the live environment of this call; the out-pointers are valid.
    check_status!(unsafe { napi::sys::napi_create_promise(env.raw(), &mut raw_deferred, &mut raw_promise) })?;
    let deferred = Deferred(raw_deferred);
    let back = settle::begin(env)?;
    POOL.submit(Box::new(move || {
        let out = catch_unwind(AssertUnwindSafe(work)).unwrap_or_else(|_| Err(Error::internal("a call panicked")));
        back.send(Box::new(move |env: Env| {
            let deferred = deferred;
            let value = match out {
                Ok(value) => finish(env, value),
                Err(e) => Err(to_js(&env, &e)),
            };
            // SAFETY: on the JavaScript thread that created the deferred, settled exactly once.
            unsafe {
                match value.and_then(|d| D::to_napi_value(env.raw(), d)) {
                    Ok(v) => napi::sys::napi_resolve_deferred(env.raw(), deferred.0, v),
                    Err(e) => napi::sys::napi_reject_deferred(env.raw(), deferred.0, napi::JsError::from(e).into_value(env.raw())),
                };
            }
        }));
    }));
    Ok(Object::from_raw(env.raw(), raw_promise))
}

/// A call whose result (any serializable core value) becomes plain JS data.
pub fn call<'e, T, F>(env: &'e Env, f: F) -> Result<Object<'e>>
where
    T: Serialize,
    F: FnOnce() -> celonis_scim::Result<T> + Send + 'static,
{
    spawn(
        env,
        move || serde_json::to_value(f()?).map_err(|e| Error::decode(format!("cannot convert the answer: {e}"))),
        |_, v| Ok(Json(v)),
    )
}

/// A call whose result is the main job's data (a plan, a report, ...): plain JS data with
/// camelCase field names ([`crate::casing`]).
pub fn call_js<'e, T, F>(env: &'e Env, f: F) -> Result<Object<'e>>
where
    T: Serialize + schemars::JsonSchema,
    F: FnOnce() -> celonis_scim::Result<T> + Send + 'static,
{
    spawn(env, move || crate::casing::to_js(&f()?), |_, v| Ok(Json(v)))
}

/// A Promise rejected with `err` (bad input is a rejection, as every other failure).
pub fn fail<'e>(env: &'e Env, err: Error) -> Result<Object<'e>> {
    call::<(), _>(env, move || Err(err))
}
