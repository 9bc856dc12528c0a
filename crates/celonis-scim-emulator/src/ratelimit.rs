//! A token-bucket rate limit on the SCIM API, as the Celonis platform applies one: `rate`
//! requests per second, bursts up to one second's worth. A request over the limit is answered
//! 429 in the platform's envelope (`LIMIT_RATE_EXCEEDED`) with `x-ratelimit-reset` saying how
//! many seconds until the next request is allowed; every answer carries `x-ratelimit-limit` and
//! `x-ratelimit-remaining`.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Whether a request may go through.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Admission {
    /// It may; this many more could go at once.
    Allowed {
        /// Requests left in the bucket.
        remaining: u64,
    },
    /// It may not; the next one may after this wait.
    Limited {
        /// Until the next token.
        wait: Duration,
    },
}

/// The bucket.
#[derive(Debug)]
pub struct RateLimiter {
    rate: f64,
    capacity: f64,
    state: Mutex<(f64, Instant)>,
    limited: AtomicU64,
}

impl RateLimiter {
    /// A full bucket for `rate` requests per second (at least one a second).
    pub fn new(rate: f64) -> Self {
        let rate = if rate.is_finite() { rate.max(1.0) } else { 1.0 };
        RateLimiter { rate, capacity: rate, state: Mutex::new((rate, Instant::now())), limited: AtomicU64::new(0) }
    }

    /// The limit, in requests per second.
    pub fn rate(&self) -> f64 {
        self.rate
    }

    /// Takes a token for a request, or says how long until one is there.
    pub fn admit(&self) -> Admission {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let (tokens, last) = *state;
        let tokens = (tokens + now.saturating_duration_since(last).as_secs_f64() * self.rate).min(self.capacity);
        if tokens >= 1.0 {
            *state = (tokens - 1.0, now);
            return Admission::Allowed { remaining: (tokens - 1.0) as u64 };
        }
        *state = (tokens, now);
        self.limited.fetch_add(1, Ordering::Relaxed);
        Admission::Limited { wait: Duration::from_secs_f64((1.0 - tokens) / self.rate) }
    }

    /// How many requests were answered 429 so far.
    pub fn limited(&self) -> u64 {
        self.limited.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_of_one_second_then_a_wait() {
        let rl = RateLimiter::new(10.0);
        for _ in 0..10 {
            assert!(matches!(rl.admit(), Admission::Allowed { .. }));
        }
        match rl.admit() {
            Admission::Limited { wait } => assert!(wait <= Duration::from_millis(100)),
            other => panic!("{other:?}"),
        }
        assert_eq!(rl.limited(), 1);
    }
}
