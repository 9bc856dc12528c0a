//! Blocking core calls as Promises: each runs on the libuv thread pool, never on the event loop.

use celonis_scim::Error;
use napi::bindgen_prelude::*;
use serde::Serialize;

use crate::errors::to_js;

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

type Work = Box<dyn FnOnce() -> std::result::Result<serde_json::Value, Error> + Send>;

/// One blocking call: computed on a pool thread, settled on the event loop.
pub struct Call {
    work: Option<Work>,
}

impl Call {
    /// A call whose result (any serializable core value) becomes plain JS data.
    pub fn new<T: Serialize, F>(f: F) -> AsyncTask<Call>
    where
        F: FnOnce() -> celonis_scim::Result<T> + Send + 'static,
    {
        let work: Work = Box::new(move || {
            let out = f()?;
            serde_json::to_value(out).map_err(|e| Error::decode(format!("cannot convert the answer: {e}")))
        });
        AsyncTask::new(Call { work: Some(work) })
    }

    /// A call that fails at once (bad input), still as a rejected Promise.
    pub fn fail(err: Error) -> AsyncTask<Call> {
        AsyncTask::new(Call { work: Some(Box::new(move || Err(err))) })
    }
}

impl Task for Call {
    type Output = std::result::Result<serde_json::Value, Error>;
    type JsValue = Json;

    fn compute(&mut self) -> Result<Self::Output> {
        let work = self.work.take().ok_or_else(|| napi::Error::from_reason("call already ran"))?;
        Ok(work())
    }

    fn resolve(&mut self, env: Env, output: Self::Output) -> Result<Json> {
        output.map(Json).map_err(|e| to_js(&env, &e))
    }
}
