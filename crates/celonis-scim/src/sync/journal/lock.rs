//! The team lock: two runs against the same team (the same base URL) with the same journal
//! never overlap. It is an OS file lock (`flock`), so a killed process releases it at once.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::sync::saved::fingerprint;

/// Held while a run is under way; released when dropped (or when the process ends).
#[derive(Debug)]
pub struct TeamLock {
    _file: File,
}

/// The lock file of a team in a journal directory.
pub fn lock_path(dir: &Path, team: &str) -> PathBuf {
    dir.join(format!(".lock-{}", fingerprint(team.as_bytes())))
}

impl TeamLock {
    /// Takes the lock, or fails at once (a `validation` error with the rule `locked`, naming
    /// the run that holds it) when another run holds it.
    pub fn acquire(dir: &Path, team: &str, run: &str) -> Result<Self> {
        let path = lock_path(dir, team);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| Error::config(format!("cannot open the lock file {}: {e}", path.display())))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                return Err(Error::validation(
                    "journal",
                    "locked",
                    format!("another run against {team} is under way ({}): wait for it to end", holder.trim()),
                ));
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(Error::config(format!("cannot lock {}: {e}", path.display())));
            }
        }
        // Say who holds it, for the message another run prints.
        let _ = file.set_len(0).and_then(|()| file.rewind()).and_then(|()| write!(file, "run {run}, process {}", std::process::id()));
        Ok(TeamLock { _file: file })
    }
}
