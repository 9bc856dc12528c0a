//! Applying 10,000 new users against the emulator limited to 200 requests per second, with
//! 20 ms of added latency: the real limit of a large apply is the server's rate limit. Goal:
//! at least 0.9 x 200 requests per second sustained, with at most 2% of the requests answered
//! 429. The apply is journaled, as unattended runs are (every record made durable before its
//! operation is sent). `APPLY_USERS=N` runs a smaller apply. Run:
//! `cargo bench -p celonis-scim --bench rate_limited_apply`.

use std::time::{Duration, Instant};

use celonis_scim::sync::{ApplyOptions, DesiredState, DesiredUser, PlanOptions};
use celonis_scim::{Client, ClientConfig};
use celonis_scim_emulator::{Emulator, EmulatorConfig};

const RATE: f64 = 200.0;
const LATENCY: Duration = Duration::from_millis(20);
const IN_FLIGHT: usize = 16;

fn main() {
    let users: usize = std::env::var("APPLY_USERS").ok().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let desired = DesiredState {
        users: (0..users).map(|i| DesiredUser { user_name: format!("new{i}@example.com"), ..Default::default() }).collect(),
        groups: Vec::new(),
        ..Default::default()
    };
    let emu = Emulator::start(EmulatorConfig { max_count: 10_000, ..Default::default() }).unwrap();
    let client = Client::new(ClientConfig::bearer(emu.url(), emu.token())).unwrap();
    let plan = client.plan(&desired, &PlanOptions { page_size: Some(10_000), ..Default::default() }).unwrap();
    drop(emu);
    // The same (empty) team, now behind the limit: a fresh emulator with the rate limit on.
    let emu = Emulator::start(EmulatorConfig { rate_limit: Some(RATE), latency_ms: LATENCY.as_millis() as u64, ..Default::default() }).unwrap();
    let client = Client::new(ClientConfig { retry_deadline: Duration::from_secs(600), max_retries: 20, ..ClientConfig::bearer(emu.url(), emu.token()) }).unwrap();
    let journal = std::env::temp_dir().join(format!("cscim-bench-journal-{}", std::process::id()));
    let t = Instant::now();
    let options = ApplyOptions { bulk: false, max_in_flight: IN_FLIGHT, journal: Some(journal.clone()), ..Default::default() };
    let report = client.apply(&plan, &options, None).unwrap();
    let elapsed = t.elapsed().as_secs_f64();
    let _ = std::fs::remove_dir_all(journal);
    assert!(report.is_success(), "{:?}", &report.failed[..report.failed.len().min(3)]);
    let limited = emu.rate_limited_answers();
    let sent = users as u64 + limited;
    // The bucket starts full (one second's worth): leave that burst out of the sustained rate.
    let sustained = (users as f64 - RATE) / (elapsed - 1.0).max(f64::MIN_POSITIVE);
    println!("apply of {users} users, journaled, single calls (up to {IN_FLIGHT} in flight), {RATE} req/s limit, {} ms latency", LATENCY.as_millis());
    println!("  elapsed:               {elapsed:>9.1} s");
    println!("  sustained:             {sustained:>9.1} req/s  ({:.2} of the limit; goal >= 0.90)", sustained / RATE);
    println!("  answered 429:          {limited:>9} of {sent} requests ({:.2}%; goal <= 2%)", limited as f64 * 100.0 / sent as f64);
}
