//! Fault injection for tests: added latency, and a queue of faults for the next answers.
//!
//! Faults apply to SCIM requests (under `/scim/v2`), one per request, in the order queued.
//! Reachable from Rust ([`crate::Emulator::inject`]) and over HTTP for every other language:
//! `POST /_emulator/faults` with `{"latency_ms": 20, "add": [{"kind": "rate_limit", "count": 2}]}`.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde::Deserialize;

use crate::chaos::{Chaos, ChaosConfig};

/// One injected fault.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Fault {
    /// 429 with `Retry-After` (seconds; default 1), without processing the request.
    RateLimit {
        /// The Retry-After value in seconds.
        #[serde(default = "one")]
        retry_after: u64,
    },
    /// 429 with `x-ratelimit-reset` (seconds), in the platform's envelope, without processing.
    RateLimitReset {
        /// The x-ratelimit-reset value in seconds.
        #[serde(default = "one")]
        reset: u64,
    },
    /// 503 without processing the request.
    Unavailable,
    /// Any status with an optional raw body, without processing the request.
    Status {
        /// The status to answer.
        status: u16,
        /// The raw body.
        #[serde(default)]
        body: String,
    },
    /// Close the connection without processing or answering.
    Drop,
    /// Process the request, then close the connection without answering.
    DropAfter,
    /// Process the request, then answer 200 with a body that is not JSON.
    Malformed,
    /// Process the request, then answer with half of the body and close.
    Truncated,
    /// Process the request, then answer 204 with no body (the document allows it almost
    /// everywhere, creates and GETs included).
    NoContent,
    /// 403 with an empty body, without processing (a disabled API).
    ForbiddenEmpty,
    /// 400 in the vendor's `FrontendHandledBackendError` shape, without processing.
    FrontendError,
    /// 500 in the vendor's `ExceptionReference` shape (with a reference id), without processing.
    ExceptionReference,
    /// Wait this many milliseconds, then answer normally.
    Slow {
        /// The added wait.
        ms: u64,
    },
}

fn one() -> u64 {
    1
}

/// A fault and how many times in a row to apply it: the fault's own fields plus `count`
/// (default 1). Unknown field names are refused, like everywhere else.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "serde_json::Map<String, serde_json::Value>")]
pub struct FaultSpec {
    /// The fault.
    pub fault: Fault,
    /// How many answers in a row (default 1).
    pub count: u32,
}

impl TryFrom<serde_json::Map<String, serde_json::Value>> for FaultSpec {
    type Error = String;
    fn try_from(mut map: serde_json::Map<String, serde_json::Value>) -> Result<Self, String> {
        let count = match map.remove("count") {
            None => 1,
            Some(v) => v.as_u64().and_then(|n| u32::try_from(n).ok()).ok_or_else(|| format!("count {v} is not a whole number"))?,
        };
        let fault = serde_json::from_value(serde_json::Value::Object(map)).map_err(|e| e.to_string())?;
        Ok(FaultSpec { fault, count })
    }
}

/// The body of `POST /_emulator/faults`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultRequest {
    /// New added latency in milliseconds, when given.
    #[serde(default)]
    pub latency_ms: Option<u64>,
    /// Faults to queue.
    #[serde(default)]
    pub add: Vec<FaultSpec>,
    /// Empty the queue first.
    #[serde(default)]
    pub clear: bool,
}

/// The fault state of one emulator.
#[derive(Debug, Default)]
pub struct Faults {
    queue: Mutex<VecDeque<Fault>>,
    latency_ms: AtomicU64,
    chaos: Mutex<Option<Chaos>>,
}

impl Faults {
    /// Faults with an initial latency and chaos schedule.
    pub fn new(latency: Duration, chaos: Option<&ChaosConfig>) -> Self {
        let f = Faults::default();
        f.set_latency(latency);
        f.set_chaos(chaos);
        f
    }

    /// Queues `fault` for the next `count` answers.
    pub fn push(&self, fault: Fault, count: u32) {
        let mut q = self.queue.lock().unwrap_or_else(|p| p.into_inner());
        q.extend(std::iter::repeat_n(fault, count as usize));
    }

    /// Applies a request from the admin endpoint.
    pub fn apply(&self, req: FaultRequest) {
        if req.clear {
            self.queue.lock().unwrap_or_else(|p| p.into_inner()).clear();
        }
        if let Some(ms) = req.latency_ms {
            self.latency_ms.store(ms, Ordering::Relaxed);
        }
        for spec in req.add {
            self.push(spec.fault, spec.count);
        }
    }

    /// Sets the added latency.
    pub fn set_latency(&self, latency: Duration) {
        self.latency_ms.store(latency.as_millis() as u64, Ordering::Relaxed);
    }

    /// The added latency.
    pub fn latency(&self) -> Duration {
        Duration::from_millis(self.latency_ms.load(Ordering::Relaxed))
    }

    /// Takes the fault for the next answer, if any: a queued one first, else one drawn from
    /// the chaos schedule.
    pub fn next(&self) -> Option<Fault> {
        if let Some(f) = self.queue.lock().unwrap_or_else(|p| p.into_inner()).pop_front() {
            return Some(f);
        }
        self.chaos.lock().unwrap_or_else(|p| p.into_inner()).as_mut().and_then(Chaos::draw)
    }

    /// Starts (or, with `None`, stops) a random fault schedule.
    pub fn set_chaos(&self, config: Option<&ChaosConfig>) {
        *self.chaos.lock().unwrap_or_else(|p| p.into_inner()) = config.map(Chaos::new);
    }

    /// How many faults are still queued.
    pub fn pending(&self) -> usize {
        self.queue.lock().unwrap_or_else(|p| p.into_inner()).len()
    }
}
