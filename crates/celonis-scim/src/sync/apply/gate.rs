//! How many single calls an apply has in flight: up to `max_in_flight`, fewer while the server
//! rate-limits. Additive increase, multiplicative decrease: a call that met a 429 cuts the
//! limit by a quarter (once per round of calls in flight, so one burst counts once); a second
//! without any 429 raises it by one. The real limit of a large apply is the server's rate
//! limit, and sending more than it allows only buys waits and 429s.

use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// How long without a 429 before one more call may be in flight.
const GROWTH_PERIOD: Duration = Duration::from_secs(1);

/// The shared limit of one apply's workers.
pub(super) struct Gate {
    max: usize,
    state: Mutex<State>,
    freed: Condvar,
}

struct State {
    limit: usize,
    in_flight: usize,
    /// Calls finished since the limit was last cut.
    since_cut: usize,
    /// When the limit last changed.
    changed: Instant,
}

impl Gate {
    /// A gate for at most `max` calls at once.
    pub(super) fn new(max: usize) -> Self {
        let max = max.max(1);
        Gate { max, state: Mutex::new(State { limit: max, in_flight: 0, since_cut: 0, changed: Instant::now() }), freed: Condvar::new() }
    }

    /// Waits for room for one more call.
    pub(super) fn enter(&self) {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        while s.in_flight >= s.limit {
            s = self.freed.wait(s).unwrap_or_else(|p| p.into_inner());
        }
        s.in_flight += 1;
    }

    /// A call finished; `throttled` says whether it met a 429.
    pub(super) fn leave(&self, throttled: bool) {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        s.in_flight -= 1;
        s.since_cut += 1;
        if throttled {
            if s.since_cut >= s.limit {
                s.limit = (s.limit * 3 / 4).max(1);
                s.since_cut = 0;
                s.changed = Instant::now();
            }
        } else if s.limit < self.max && s.changed.elapsed() >= GROWTH_PERIOD {
            s.limit += 1;
            s.changed = Instant::now();
        }
        drop(s);
        self.freed.notify_all();
    }

    /// The current limit (for tests).
    #[cfg(test)]
    fn limit(&self) -> usize {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).limit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_of_429s_cuts_once_and_quiet_time_grows_it_back() {
        let gate = Gate::new(16);
        for _ in 0..16 {
            gate.enter();
        }
        for _ in 0..16 {
            gate.leave(true);
        }
        assert_eq!(gate.limit(), 12, "sixteen 429s of one round cut the limit once");
        gate.state.lock().unwrap().changed -= GROWTH_PERIOD;
        gate.enter();
        gate.leave(false);
        assert_eq!(gate.limit(), 13);
    }
}
