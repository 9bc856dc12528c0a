//! Applying 10,000 new users against the emulator with 20 ms of added latency per request.
//! Goal: at least 0.8 x (requests in flight / 20 ms) requests per second with single calls;
//! the same plan through /Bulk is reported too, and both again journaled (every journal record
//! made durable before its operation is sent: the cost of the fsyncs). Run:
//! `cargo bench -p celonis-scim --bench apply`.

use std::time::{Duration, Instant};

use celonis_scim::sync::{ApplyOptions, DesiredState, DesiredUser, PlanOptions};
use celonis_scim::{Client, ClientConfig};
use celonis_scim_emulator::{Emulator, EmulatorConfig};

const USERS: usize = 10_000;
const LATENCY: Duration = Duration::from_millis(20);
const IN_FLIGHT: usize = 16;

fn desired() -> DesiredState {
    DesiredState {
        users: (0..USERS).map(|i| DesiredUser { user_name: format!("new{i}@example.com"), display_name: Some(format!("New {i}")), ..Default::default() }).collect(),
        groups: Vec::new(),
        ..Default::default()
    }
}

fn run(bulk: bool, journaled: bool) -> (f64, usize) {
    let emu = Emulator::start(EmulatorConfig { max_count: 10_000, ..Default::default() }).unwrap();
    let client = Client::new(ClientConfig::bearer(emu.url(), emu.token())).unwrap();
    let plan = client.plan(&desired(), &PlanOptions { page_size: Some(10_000), ..Default::default() }).unwrap();
    emu.set_latency(LATENCY);
    let t = Instant::now();
    let journal = journaled.then(|| std::env::temp_dir().join(format!("cscim-bench-journal-{}-{bulk}", std::process::id())));
    let report = client.apply(&plan, &ApplyOptions { bulk, max_in_flight: IN_FLIGHT, journal: journal.clone(), ..Default::default() }, None).unwrap();
    let elapsed = t.elapsed().as_secs_f64();
    if let Some(dir) = journal {
        let _ = std::fs::remove_dir_all(dir);
    }
    assert!(report.is_success(), "{:?}", &report.failed[..report.failed.len().min(3)]);
    (elapsed, report.done.len())
}

fn main() {
    let ideal = IN_FLIGHT as f64 / LATENCY.as_secs_f64();
    println!("apply of {USERS} new users, {} ms added latency per request", LATENCY.as_millis());
    for journaled in [false, true] {
        let how = if journaled { "journaled" } else { "no journal" };
        let (single, n) = run(false, journaled);
        let rate = n as f64 / single;
        println!("  {how:<10} single calls, {IN_FLIGHT} in flight: {single:.1} s, {rate:.0} req/s = {:.2} x ({IN_FLIGHT} / 20 ms = {ideal:.0} req/s) (goal >= 0.8)", rate / ideal);
        let (bulk, n) = run(true, journaled);
        println!("  {how:<10} through /Bulk (1,000 operations a request): {bulk:.2} s, {:.0} users/s", n as f64 / bulk);
    }
}
