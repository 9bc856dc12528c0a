//! Helpers shared by the integration tests: an emulator and a client that talks to it.

#![allow(dead_code)]

pub mod canned;
pub mod team;

use std::time::Duration;

use celonis_scim::{Client, ClientConfig, Group, User};
use celonis_scim_emulator::{Emulator, EmulatorConfig};

/// An emulator with default settings.
pub fn emulator() -> Emulator {
    Emulator::start(EmulatorConfig::default()).expect("emulator starts")
}

/// A client configuration for `emu`, with short backoff so that retry tests run fast.
pub fn config(emu: &Emulator) -> ClientConfig {
    ClientConfig {
        retry_base_delay: Duration::from_millis(5),
        max_retries: 3,
        timeout: Duration::from_secs(10),
        ..ClientConfig::bearer(emu.url(), emu.token())
    }
}

/// A client of `emu`.
pub fn client(emu: &Emulator) -> Client {
    Client::new(config(emu)).expect("client builds")
}

/// A user with a userName, displayName and one email.
pub fn user(name: &str) -> User {
    let mut u = User::new(format!("{name}@example.com"));
    u.display_name = Some(name.to_owned());
    u.emails = vec![celonis_scim::MultiValue::of(format!("{name}@example.com"))];
    u
}

/// A group with a displayName.
pub fn group(name: &str) -> Group {
    Group::new(name)
}
