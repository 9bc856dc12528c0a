//! Retries against injected faults: a clear error or a successful retry, never a duplicate.

mod common;

use std::time::{Duration, Instant};

use celonis_scim::{Client, ClientConfig, ErrorKind, ListOptions, Projection};
use celonis_scim_emulator::Fault;
use common::{client, config, emulator, user};

fn count_users(c: &Client) -> u64 {
    c.list_users(&ListOptions::default()).unwrap().total_results
}

#[test]
fn rate_limit_with_retry_after_is_waited_out() {
    let emu = emulator();
    let c = client(&emu);
    emu.inject(Fault::RateLimit { retry_after: 1 }, 1);
    let t = Instant::now();
    let created = c.create_user(&user("r1")).unwrap();
    assert!(t.elapsed() >= Duration::from_millis(950), "waited {:?}", t.elapsed());
    assert!(created.id.is_some());
    assert_eq!(count_users(&c), 1, "a 429 was not processed: one create only");
}

#[test]
fn rate_limit_with_ratelimit_reset_is_waited_out() {
    let emu = emulator();
    let c = client(&emu);
    emu.inject(Fault::RateLimitReset { reset: 1 }, 2);
    let t = Instant::now();
    c.list_users(&ListOptions::default()).unwrap();
    assert!(t.elapsed() >= Duration::from_millis(1900), "waited {:?}", t.elapsed());
}

#[test]
fn rate_limit_beyond_the_retries_is_a_rate_limited_error() {
    let emu = emulator();
    let c = Client::new(ClientConfig { max_retries: 1, ..config(&emu) }).unwrap();
    emu.inject(Fault::RateLimitReset { reset: 0 }, 5);
    let err = c.get_user("x", &Projection::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::RateLimited);
    assert_eq!(err.error_code.as_deref(), Some("LIMIT_RATE_EXCEEDED"));
    assert_eq!(err.retry_after, Some(Duration::ZERO));
}

#[test]
fn a_wait_longer_than_the_deadline_is_not_slept() {
    let emu = emulator();
    let c = Client::new(ClientConfig { retry_deadline: Duration::from_secs(2), ..config(&emu) }).unwrap();
    emu.inject(Fault::RateLimit { retry_after: 60 }, 1);
    let t = Instant::now();
    let err = c.list_users(&ListOptions::default()).unwrap_err();
    // One fault was queued: a retry would have succeeded, so the error itself shows none was
    // made; the bound only catches a 60 s sleep, with room for a noisy machine.
    assert!(t.elapsed() < Duration::from_secs(30));
    assert_eq!(err.kind(), ErrorKind::RateLimited);
    assert_eq!(err.retry_after, Some(Duration::from_secs(60)));
}

#[test]
fn unavailable_is_retried_even_for_a_post_but_a_gateway_error_on_a_post_is_not() {
    let emu = emulator();
    let c = client(&emu);
    emu.inject(Fault::Unavailable, 2);
    assert_eq!(count_users(&c), 0);
    // 503: the server did not take the request on (RFC 9110), so even a create is sent again.
    emu.inject(Fault::Unavailable, 1);
    c.create_user(&user("p")).unwrap();
    assert_eq!(count_users(&c), 1);
    // 502 and 504 come from a gateway: the create may have run behind it, so it is not re-sent.
    for status in [502, 504] {
        emu.inject(Fault::Status { status, body: String::new() }, 1);
        let err = c.create_user(&user(&format!("g{status}"))).unwrap_err();
        assert_eq!((err.kind(), err.status), (ErrorKind::Server, Some(status)));
    }
    assert_eq!(count_users(&c), 1);
    emu.inject(Fault::Status { status: 502, body: String::new() }, 1);
    assert_eq!(count_users(&c), 1, "a read is retried after a 502");
}

#[test]
fn server_errors_beyond_the_retries_are_server_errors() {
    let emu = emulator();
    let c = client(&emu);
    emu.inject(Fault::Unavailable, 10);
    let err = c.list_users(&ListOptions::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Server);
}

#[test]
fn dropped_connection_before_processing_is_retried_for_reads() {
    let emu = emulator();
    let c = client(&emu);
    let id = c.create_user(&user("d")).unwrap().id.unwrap();
    emu.inject(Fault::Drop, 1);
    assert!(c.get_user(&id, &Projection::default()).is_ok());
}

#[test]
fn a_create_whose_answer_was_lost_is_never_sent_twice() {
    let emu = emulator();
    let c = client(&emu);
    emu.inject(Fault::DropAfter, 1);
    let err = c.create_user(&user("once")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport);
    assert_eq!(count_users(&c), 1, "created exactly once");
    emu.inject(Fault::Drop, 1);
    assert_eq!(c.create_user(&user("twice")).unwrap_err().kind(), ErrorKind::Transport);
}

#[test]
fn a_replace_whose_answer_was_lost_is_retried() {
    let emu = emulator();
    let c = client(&emu);
    let created = c.create_user(&user("put")).unwrap();
    emu.inject(Fault::DropAfter, 1);
    let mut changed = created.clone();
    changed.display_name = Some("Changed".into());
    let replaced = c.replace_user(created.id.as_deref().unwrap(), &changed).unwrap();
    assert_eq!(replaced.display_name.as_deref(), Some("Changed"));
}

#[test]
fn a_malformed_answer_to_a_read_is_read_again_then_a_decode_error() {
    let emu = emulator();
    let c = client(&emu);
    emu.inject(Fault::Malformed, 1);
    assert_eq!(c.list_users(&ListOptions::default()).unwrap().total_results, 0, "read again once");
    emu.inject(Fault::Malformed, 10);
    let err = c.list_users(&ListOptions::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert_eq!(err.status, Some(200));
}

#[test]
fn a_create_with_a_malformed_answer_is_found_by_name_not_sent_again() {
    let emu = emulator();
    let c = client(&emu);
    emu.inject(Fault::Malformed, 1);
    let created = c.create_user(&user("mal")).unwrap();
    assert!(created.id.is_some());
    assert_eq!(count_users(&c), 1);
}

#[test]
fn truncated_body_of_a_read_is_retried() {
    let emu = emulator();
    let c = client(&emu);
    c.create_user(&user("t")).unwrap();
    emu.inject(Fault::Truncated, 1);
    assert_eq!(count_users(&c), 1);
}

#[test]
fn truncated_answer_to_a_create_is_a_transport_error_and_no_duplicate() {
    let emu = emulator();
    let c = client(&emu);
    emu.inject(Fault::Truncated, 1);
    assert_eq!(c.create_user(&user("trunc")).unwrap_err().kind(), ErrorKind::Transport);
    assert_eq!(count_users(&c), 1);
}

#[test]
fn a_slow_server_hits_the_timeout() {
    let emu = emulator();
    let c = Client::new(ClientConfig { timeout: Duration::from_millis(200), max_retries: 0, ..config(&emu) }).unwrap();
    emu.set_latency(Duration::from_secs(10));
    let t = Instant::now();
    let err = c.list_users(&ListOptions::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport);
    // Far below the server's 10 s: the 200 ms timeout ended the wait.
    assert!(t.elapsed() < Duration::from_secs(5));
}

#[test]
fn nothing_listening_is_a_transport_error() {
    let c = Client::new(ClientConfig {
        retry_base_delay: Duration::from_millis(1),
        ..ClientConfig::bearer("http://127.0.0.1:9/scim/v2", "t")
    })
    .unwrap();
    assert_eq!(c.list_users(&ListOptions::default()).unwrap_err().kind(), ErrorKind::Transport);
}
