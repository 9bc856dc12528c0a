//! Blocking core calls as Promises: each runs on the addon's own threads ([`crate::pool`]),
//! never on the event loop and never on libuv's pool; a panic becomes an `internal` error.

use std::panic::{AssertUnwindSafe, catch_unwind};

use celonis_scim::Error;
use napi::bindgen_prelude::*;
use serde::Serialize;

use crate::errors::to_js;
use crate::pool;

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

/// What settles a Promise on the event loop.
type Settle<D> = Box<dyn FnOnce(Env) -> Result<D>>;

/// Runs `work` on a pool thread, panics caught, and returns the Promise that `finish` settles
/// on the event loop with its result (a core error rejects it with the matching JS error).
pub fn spawn<'e, T, D, W, F>(env: &'e Env, work: W, finish: F) -> Result<Object<'e>>
where
    T: Send + 'static,
    D: ToNapiValue + 'static,
    W: FnOnce() -> celonis_scim::Result<T> + Send + 'static,
    F: FnOnce(Env, T) -> Result<D> + Send + 'static,
{
    let (deferred, promise) = env.create_deferred::<D, Settle<D>>()?;
    pool::submit(Box::new(move || {
        let out = catch_unwind(AssertUnwindSafe(work)).unwrap_or_else(|_| Err(Error::internal("a call panicked")));
        deferred.resolve(Box::new(move |env| match out {
            Ok(value) => finish(env, value),
            Err(e) => Err(to_js(&env, &e)),
        }));
    }));
    Ok(promise)
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

/// A Promise rejected with `err` (bad input is a rejection, as every other failure).
pub fn fail<'e>(env: &'e Env, err: Error) -> Result<Object<'e>> {
    call::<(), _>(env, move || Err(err))
}
