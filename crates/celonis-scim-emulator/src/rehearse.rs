//! Rehearsal: a plan applied to a twin of the team (an emulator loaded with a copy of it,
//! held to the licence's seats) before it touches the real one. The report says what would
//! fail there: licence seats, the 50 groups of a user, uniqueness, a guard.

use celonis_scim::sync::{ApplyOptions, Plan, Report, TeamState};
use celonis_scim::{Client, ClientConfig, Error, Result};

use crate::{Emulator, EmulatorConfig};

/// Applies `plan` to a twin of `state` (its seat limits, and the plan's, enforced) with
/// `options` (never journaled), and reports what was done and what failed there. The twin is
/// gone afterwards; the real team is never contacted.
pub fn rehearse(state: &TeamState, plan: &Plan, options: &ApplyOptions) -> Result<Report> {
    let state = state.clone().checked()?;
    let mut seats = state.seat_limits.clone();
    seats.extend(plan.options.seat_limits.iter().map(|(k, v)| (k.clone(), *v)));
    let config = EmulatorConfig { port: 0, seats, ..Default::default() };
    let twin = Emulator::start_with(config, state.users.clone(), state.groups.clone())
        .map_err(|e| Error::config(format!("cannot start the twin for the rehearsal: {e}")))?;
    let client = Client::new(ClientConfig::bearer(twin.url(), twin.token()))?;
    let report = client.apply(plan, &ApplyOptions { journal: None, ..options.clone() }, None);
    twin.stop();
    report
}
