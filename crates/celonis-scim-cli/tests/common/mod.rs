//! Helpers of the command's tests: the command pointed at an emulator, with its own journal.

#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use celonis_scim_emulator::Emulator;

/// The journal directory of the command's runs against `emu` (one per emulator).
pub fn journal_of(emu: &Emulator) -> PathBuf {
    let port = emu.url().split(':').nth(2).and_then(|p| p.split('/').next()).unwrap_or("0").to_owned();
    std::env::temp_dir().join(format!("cscim-journal-{}-{port}", std::process::id()))
}

/// The command, with the emulator's URL and token in its environment.
pub fn cli(emu: &Emulator) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_celonis-scim"));
    cmd.env("CELONIS_SCIM_URL", emu.url()).env("CELONIS_SCIM_TOKEN", emu.token()).env("CELONIS_SCIM_JOURNAL", journal_of(emu));
    cmd
}

/// Runs the command with `stdin` and waits for it.
pub fn run(emu: &Emulator, args: &[&str], stdin: &str) -> Output {
    let mut child = cli(emu).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// Its standard error, for assertion messages.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
