//! Chaos: a random fault schedule, for convergence tests. Each SCIM request, with the given
//! probability, gets one fault drawn from every kind a network and Celonis can produce: 429
//! with `Retry-After` or `x-ratelimit-reset`, 503, a connection dropped before or after
//! processing, a truncated or malformed answer, or added latency. Seeded, so that a failing
//! seed can be run again (the order of concurrent requests still varies).

use serde::{Deserialize, Serialize};

use crate::faults::Fault;

/// Settings of the random fault schedule.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChaosConfig {
    /// The seed of the schedule.
    pub seed: u64,
    /// The chance, from 0 to 1, that a request gets a fault.
    pub probability: f64,
}

/// The schedule's state: a splitmix64 generator.
#[derive(Debug)]
pub struct Chaos {
    state: u64,
    probability: f64,
}

impl Chaos {
    /// A schedule from its settings.
    pub fn new(config: &ChaosConfig) -> Self {
        Chaos { state: config.seed, probability: config.probability.clamp(0.0, 1.0) }
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut x = self.state;
        x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        x ^ (x >> 31)
    }

    /// The fault for the next request, if this one gets one.
    pub fn draw(&mut self) -> Option<Fault> {
        let roll = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        if roll >= self.probability {
            return None;
        }
        Some(match self.next_u64() % 8 {
            0 => Fault::RateLimit { retry_after: 0 },
            1 => Fault::RateLimitReset { reset: 0 },
            2 => Fault::Unavailable,
            3 => Fault::Drop,
            4 => Fault::DropAfter,
            5 => Fault::Truncated,
            6 => Fault::Malformed,
            _ => Fault::Slow { ms: self.next_u64() % 30 },
        })
    }
}
