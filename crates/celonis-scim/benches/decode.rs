//! Decoding a 10,000-user ListResponse into the models, against parsing the same bytes into
//! `serde_json::Value`. Goal: within 2x. Run: `cargo bench -p celonis-scim --bench decode`.

use std::time::Instant;

use celonis_scim::{ListResponse, User};
use serde_json::{Value, json};

const USERS: usize = 10_000;
const ROUNDS: usize = 15;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// A listing shaped like the emulator's (and the vendor's) answers.
fn listing() -> Vec<u8> {
    let users: Vec<Value> = (0..USERS)
        .map(|i| {
            json!({
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:celonis:params:scim:schemas:extension:2.0:User"],
                "id": format!("2d7fa8af-2338-45cd-a1c9-{i:012}"),
                "externalId": format!("E{i:06}"),
                "userName": format!("user{i}@example.com"),
                "name": {"givenName": "Given", "familyName": format!("Family{i}")},
                "displayName": format!("User Number {i}"),
                "emails": [{"value": format!("user{i}@example.com"), "primary": true, "type": "work"}],
                "active": true,
                "groups": [{"value": "65b9881f-6068-44b2-a2dc-5561a96e8877", "display": "Process Mining", "type": "direct"}],
                "role": if i % 10 == 0 { "ANALYST" } else { "MEMBER" },
                "meta": {"resourceType": "User", "created": "2026-11-22T07:20:28Z", "lastModified": "2026-11-22T07:20:28Z",
                         "location": format!("https://team.celonis.cloud/scim/v2/Users/{i}"), "version": "W/\"1\""}
            })
        })
        .collect();
    serde_json::to_vec(&json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
        "totalResults": USERS, "startIndex": 1, "itemsPerPage": USERS, "Resources": users
    }))
    .unwrap()
}

fn main() {
    let bytes = listing();
    let time = |f: &dyn Fn() -> usize| {
        let t = Instant::now();
        assert_eq!(f(), USERS);
        t.elapsed().as_secs_f64() * 1000.0
    };
    let value = || serde_json::from_slice::<Value>(&bytes).unwrap()["Resources"].as_array().unwrap().len();
    let models = || serde_json::from_slice::<ListResponse<User>>(&bytes).unwrap().resources.len();
    value();
    models();
    let (mut v, mut m) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        v.push(time(&value));
        m.push(time(&models));
    }
    let (v, m) = (median(v), median(m));
    println!("decode a {USERS}-user ListResponse ({:.1} MB), {ROUNDS} rounds (medians)", bytes.len() as f64 / 1e6);
    println!("  serde_json::Value:      {v:>7.2} ms");
    println!("  ListResponse<User>:     {m:>7.2} ms");
    println!("  ratio models/Value:     {:>7.2} (goal <= 2.0)", m / v);
}
