//! When to retry, and how long to wait: jittered exponential backoff within a deadline.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The retry limits of one client.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RetryPolicy {
    pub max_retries: u32,
    pub deadline: Duration,
    pub base_delay: Duration,
}

/// The longest single backoff wait, whatever the attempt number.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// Retry state of one call.
pub(crate) struct Attempts {
    policy: RetryPolicy,
    started: Instant,
    retries: u32,
}

impl Attempts {
    pub fn new(policy: RetryPolicy) -> Self {
        Attempts { policy, started: Instant::now(), retries: 0 }
    }

    /// Decides whether to try again after a failure. `asked` is the wait the server asked for
    /// (Retry-After, x-ratelimit-reset); the wait is that plus a jittered exponential backoff,
    /// so that callers told the same moment do not all come back at it (a rate limit's reset
    /// is often a few milliseconds away). Returns the wait to sleep, or `None` when the
    /// retries or the deadline ran out.
    pub fn next_wait(&mut self, asked: Option<Duration>) -> Option<Duration> {
        if self.retries >= self.policy.max_retries {
            return None;
        }
        let wait = asked.unwrap_or_default().saturating_add(self.backoff());
        let elapsed = self.started.elapsed();
        if elapsed.saturating_add(wait) > self.policy.deadline {
            return None;
        }
        self.retries += 1;
        Some(wait)
    }

    /// Full jitter: a random wait between 0 and base * 2^retries (capped).
    fn backoff(&self) -> Duration {
        let ceiling = self
            .policy
            .base_delay
            .saturating_mul(1u32 << self.retries.min(16))
            .min(MAX_BACKOFF);
        ceiling.mul_f64(jitter_fraction())
    }
}

/// A pseudo-random number in [0.5, 1): enough to spread clients apart, no crate needed.
fn jitter_fraction() -> f64 {
    static STATE: AtomicU64 = AtomicU64::new(0);
    let seed = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1);
    let mut x = STATE.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed) ^ seed;
    // splitmix64 finaliser
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^= x >> 31;
    0.5 + (x >> 11) as f64 / (1u64 << 53) as f64 / 2.0
}

/// Seconds since the Unix epoch, for HTTP dates and reset timestamps.
pub(crate) fn now_unix() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(max_retries: u32, deadline_ms: u64) -> RetryPolicy {
        RetryPolicy {
            max_retries,
            deadline: Duration::from_millis(deadline_ms),
            base_delay: Duration::from_millis(10),
        }
    }

    #[test]
    fn stops_after_max_retries() {
        let mut a = Attempts::new(policy(2, 10_000));
        assert!(a.next_wait(None).is_some());
        assert!(a.next_wait(None).is_some());
        assert!(a.next_wait(None).is_none());
    }

    #[test]
    fn backoff_grows_and_is_jittered() {
        let mut a = Attempts::new(policy(10, 100_000));
        let waits: Vec<Duration> = (0..5).map(|_| a.next_wait(None).unwrap()).collect();
        for (i, w) in waits.iter().enumerate() {
            let ceiling = Duration::from_millis(10 << i);
            assert!(*w <= ceiling && *w >= ceiling / 2, "wait {i}: {w:?}");
        }
    }

    #[test]
    fn server_wait_beyond_deadline_gives_up() {
        let mut a = Attempts::new(policy(5, 1_000));
        assert!(a.next_wait(Some(Duration::from_secs(5))).is_none());
        let wait = a.next_wait(Some(Duration::from_millis(5))).unwrap();
        assert!(wait >= Duration::from_millis(10) && wait <= Duration::from_millis(15), "asked plus a jittered backoff: {wait:?}");
    }
}
