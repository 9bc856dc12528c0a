//! Requests per second of `get_user` in a loop on one connection, against a raw keep-alive
//! ureq loop sending the same request to the same emulator, in the same run.
//! Goal: the client reaches at least 90% of the raw loop. Run: `cargo bench -p celonis-scim --bench client_rps`.

use std::time::Instant;

use celonis_scim::{Client, ClientConfig, Projection, User};
use celonis_scim_emulator::{Emulator, EmulatorConfig};

const REQUESTS: usize = 3000;
const ROUNDS: usize = 7;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let client = Client::new(ClientConfig::bearer(emu.url(), emu.token())).unwrap();
    let id = client.create_user(&User::new("bench@example.com")).unwrap().id.unwrap();
    let url = format!("{}/Users/{id}", emu.url());
    let auth = format!("Bearer {}", emu.token());
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();

    let raw_round = || {
        let t = Instant::now();
        for _ in 0..REQUESTS {
            let mut r = agent
                .get(&url)
                .header("authorization", &auth)
                .header("accept", "application/scim+json, application/json")
                .call()
                .unwrap();
            let body = r.body_mut().read_to_vec().unwrap();
            assert!(!body.is_empty());
        }
        REQUESTS as f64 / t.elapsed().as_secs_f64()
    };
    let client_round = || {
        let t = Instant::now();
        for _ in 0..REQUESTS {
            let u = client.get_user(&id, &Projection::default()).unwrap();
            assert!(u.id.is_some());
        }
        REQUESTS as f64 / t.elapsed().as_secs_f64()
    };
    // Warm both up, then alternate so that machine noise hits both alike.
    raw_round();
    client_round();
    let (mut raw, mut ours) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        raw.push(raw_round());
        ours.push(client_round());
    }
    let (raw, ours) = (median(raw), median(ours));
    println!("get_user loop, one connection, {REQUESTS} requests x {ROUNDS} rounds (medians)");
    println!("  raw ureq keep-alive: {raw:>9.0} req/s");
    println!("  celonis-scim client: {ours:>9.0} req/s");
    println!("  ratio client/raw:    {:>9.2} (goal >= 0.90)", ours / raw);
}
