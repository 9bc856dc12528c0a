//! One cancellation token for every call: a wait for an answer, a retry wait, an iteration and
//! an apply all stop when it is cancelled, with a `cancelled` error or report.

mod common;

use std::time::{Duration, Instant};

use celonis_scim::sync::{ApplyOptions, DesiredState, DesiredUser, PlanOptions};
use celonis_scim::{CancelToken, Client, ClientConfig, ErrorKind, IterOptions, ListOptions};
use celonis_scim_emulator::Fault;
use common::{client, config, emulator};

/// Cancels `token` after `ms` milliseconds, from another thread.
fn cancel_after(token: &CancelToken, ms: u64) -> std::thread::JoinHandle<()> {
    let token = token.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(ms));
        token.cancel();
    })
}

#[test]
fn a_call_waiting_for_its_answer_stops() {
    let emu = emulator();
    emu.set_latency(Duration::from_secs(10));
    let token = CancelToken::new();
    let c = client(&emu).with_cancel(&token);
    let started = Instant::now();
    let stopper = cancel_after(&token, 150);
    assert_eq!(c.list_users(&ListOptions::default()).unwrap_err().kind(), ErrorKind::Cancelled);
    // Far below the server's 10 s.
    assert!(started.elapsed() < Duration::from_secs(5));
    stopper.join().unwrap();
    // Other handles of the same client are not affected.
    emu.set_latency(Duration::ZERO);
    assert!(client(&emu).list_users(&ListOptions::default()).is_ok());
}

#[test]
fn a_retry_wait_stops() {
    let emu = emulator();
    emu.inject(Fault::RateLimit { retry_after: 60 }, 1);
    let token = CancelToken::new();
    let c = Client::new(ClientConfig { retry_deadline: Duration::from_secs(600), ..config(&emu) }).unwrap().with_cancel(&token);
    let stopper = cancel_after(&token, 150);
    let started = Instant::now();
    assert_eq!(c.list_users(&ListOptions::default()).unwrap_err().kind(), ErrorKind::Cancelled);
    assert!(started.elapsed() < Duration::from_secs(30), "did not sleep out the 60 s");
    stopper.join().unwrap();
}

#[test]
fn a_cancelled_token_stops_iterations_and_applies_before_they_send() {
    let emu = emulator();
    let token = CancelToken::new();
    token.cancel();
    let c = client(&emu).with_cancel(&token);
    let first = c.iter_users(&IterOptions::default()).next().unwrap();
    assert_eq!(first.unwrap_err().kind(), ErrorKind::Cancelled);
    let desired = DesiredState { users: vec![DesiredUser { user_name: "a@example.com".into(), ..Default::default() }], ..Default::default() };
    let plan = client(&emu).plan(&desired, &PlanOptions::default()).unwrap();
    let report = c.apply(&plan, &ApplyOptions { bulk: false, ..Default::default() }, None).unwrap();
    assert!(report.cancelled && report.done.is_empty());
    assert_eq!(report.failed.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(), ["cancelled"]);
    assert_eq!(client(&emu).list_users(&ListOptions::default()).unwrap().total_results, 0);
}
