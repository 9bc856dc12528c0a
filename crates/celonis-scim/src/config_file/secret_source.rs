//! Where a secret of the config file comes from: an environment variable, a file or a
//! command's output; never the secret itself.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::Deserialize;

use crate::config::Secret;
use crate::error::{Error, Result};

/// How long a secret's command may run.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(30);

/// Where a secret comes from: never the secret itself.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub enum SecretSource {
    /// An environment variable.
    Env(String),
    /// A file (its content, trailing newline removed).
    File(PathBuf),
    /// A command's standard output (program and arguments; no shell).
    Command(Vec<String>),
    /// A secret already read (from a flag, or the environment's `CELONIS_SCIM_*` variables):
    /// never written in a file.
    #[serde(skip)]
    Given(Secret),
}

impl SecretSource {
    /// Reads the secret (an environment variable through `var`); a `config` error naming the
    /// source (never the value) when it cannot.
    pub fn resolve(&self, what: &str, var: &dyn Fn(&str) -> Option<String>) -> Result<Secret> {
        let value = match self {
            SecretSource::Env(name) => var(name).ok_or_else(|| Error::config(format!("{what}: the environment variable {name} is not set")))?,
            SecretSource::File(path) => read_secret_file(path, what)?,
            SecretSource::Command(argv) => run_secret_command(argv, what)?,
            SecretSource::Given(secret) => return Ok(secret.clone()),
        };
        let value = value.trim_end_matches(['\r', '\n']).to_owned();
        if value.is_empty() {
            return Err(Error::config(format!("{what}: {} gave an empty secret", self.describe())));
        }
        Ok(Secret::new(value))
    }

    /// Where the secret comes from, for messages.
    pub fn describe(&self) -> String {
        match self {
            SecretSource::Env(name) => format!("the environment variable {name}"),
            SecretSource::File(path) => format!("the file {}", path.display()),
            SecretSource::Command(argv) => format!("the command {:?}", argv.first().map(String::as_str).unwrap_or("")),
            SecretSource::Given(_) => "the command line or the environment".to_owned(),
        }
    }

    /// A relative file's path made relative to `dir` (the config file's directory).
    pub(crate) fn relative_to(&mut self, dir: &Path) {
        if let SecretSource::File(p) = self {
            *p = dir.join(&*p);
        }
    }
}

/// A secret kept in a file (`{ file = ... }`, a `..._FILE` variable), as written.
pub(crate) fn read_secret_file(path: &Path, what: &str) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::config(format!("{what}: cannot read {}: {e}", path.display())))
}

/// A secret printed by a command: no shell, at most [`COMMAND_TIMEOUT`], exit status 0.
fn run_secret_command(argv: &[String], what: &str) -> Result<String> {
    let (program, args) = argv.split_first().ok_or_else(|| Error::config(format!("{what}: the command is empty")))?;
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| Error::config(format!("{what}: cannot run {program:?}: {e}")))?;
    let mut stdout = child.stdout.take().ok_or_else(|| Error::internal("a piped stdout is missing"))?;
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        stdout.read_to_string(&mut out).map(|_| out)
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > COMMAND_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Error::config(format!("{what}: {program:?} did not end within {} s", COMMAND_TIMEOUT.as_secs())));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(Error::config(format!("{what}: {program:?}: {e}"))),
        }
    };
    if !status.success() {
        return Err(Error::config(format!("{what}: {program:?} failed ({status})")));
    }
    reader.join().map_err(|_| Error::internal("the secret reader panicked"))?.map_err(|e| Error::config(format!("{what}: {program:?} printed no text: {e}")))
}
