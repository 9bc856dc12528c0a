//! Planning 100,000 desired users against 100,000 existing ones (a recorded listing built in
//! memory, so the download is excluded). Goal: under 1 s and under 300 MB peak memory.
//! Run: `cargo bench -p celonis-scim --bench plan`.

use std::time::Instant;

use celonis_scim::sync::{DesiredState, DesiredUser, PlanOptions};
use celonis_scim::{Client, ClientConfig, Group, MultiValue, Name, Reference, User};

const USERS: usize = 100_000;
const GROUPS: usize = 50;
const ROUNDS: usize = 5;

fn rss_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status.lines().find(|l| l.starts_with(field)).and_then(|l| l.split_whitespace().nth(1)).and_then(|v| v.parse().ok()).unwrap_or(0)
}

fn main() {
    let existing: Vec<User> = (0..USERS)
        .map(|i| User {
            id: Some(format!("id-{i:08}")),
            user_name: Some(format!("user{i}@example.com")),
            display_name: Some(format!("User {i}")),
            name: Some(Name { given_name: Some("Given".into()), family_name: Some(format!("Family{i}")), ..Default::default() }),
            emails: vec![MultiValue::of(format!("user{i}@example.com"))],
            external_id: Some(format!("E{i}")),
            active: Some(true),
            role: Some(if i % 10 == 0 { "ANALYST" } else { "MEMBER" }.into()),
            ..Default::default()
        })
        .collect();
    let groups: Vec<Group> = (0..GROUPS)
        .map(|g| Group {
            id: Some(format!("g-{g}")),
            display_name: Some(format!("Group {g}")),
            members: (0..USERS).filter(|i| i % GROUPS == g).map(|i| Reference::to(format!("id-{i:08}"))).collect(),
            ..Default::default()
        })
        .collect();
    // The desired state: the same people, 1% renamed, 1% moved to another group, 1% new.
    let desired = DesiredState {
        users: (0..USERS)
            .map(|i| {
                let n = if i % 100 == 7 { i + USERS } else { i };
                let group = if i % 100 == 3 { (i + 1) % GROUPS } else { i % GROUPS };
                DesiredUser {
                    user_name: format!("user{n}@example.com"),
                    display_name: Some(if i % 100 == 5 { format!("Renamed {i}") } else { format!("User {n}") }),
                    given_name: Some("Given".into()),
                    family_name: Some(format!("Family{n}")),
                    emails: vec![format!("user{n}@example.com")],
                    external_id: Some(format!("E{n}")),
                    active: Some(true),
                    role: Some(if n % 10 == 0 { "ANALYST" } else { "MEMBER" }.into()),
                    groups: vec![format!("Group {group}")],
                    source: None,
                }
            })
            .collect(),
        groups: Vec::new(),
        ..Default::default()
    };
    let client = Client::new(ClientConfig::bearer("https://example.invalid/scim/v2", "unused")).unwrap();
    let options = PlanOptions::default();
    let resident_before = rss_kib("VmRSS:");
    // Reset the peak so that it measures planning (with the data already loaded).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let mut times = Vec::new();
    let mut summary = String::new();
    for _ in 0..ROUNDS {
        let t = Instant::now();
        let plan = client.plan_offline(&desired, &existing, &groups, &options).unwrap();
        times.push(t.elapsed().as_secs_f64());
        summary = format!(
            "{} creates, {} updates, {} membership changes, {} deactivations",
            plan.create_users.len(),
            plan.update_users.len(),
            plan.memberships.len(),
            plan.deactivate_users.len()
        );
    }
    let peak = rss_kib("VmHWM:");
    times.sort_by(f64::total_cmp);
    println!("plan of {USERS} desired users against {USERS} existing ones in {GROUPS} groups ({summary})");
    println!("  median time: {:.0} ms over {ROUNDS} rounds (goal < 1000 ms)", times[ROUNDS / 2] * 1000.0);
    println!("  resident before planning (the data): {} MB", resident_before / 1024);
    println!("  peak resident while planning:        {} MB (goal < 300 MB)", peak / 1024);
}
