//! The team lock: two runs against the same team (the same base URL) never overlap, whatever
//! journal directory or config file each uses. It is an OS file lock (`flock`) on a file per
//! team in the user's lock directory ([`lock_dir`]), so a killed process releases it at once.
//!
//! What it cannot see: runs on another machine or in another container, and runs by another
//! OS user (each user has their own lock directory), unless they share `CELONIS_SCIM_LOCK_DIR`.

use std::fs::File;
use std::io::{Read, Seek, Write};
use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::sync::saved::fingerprint;

/// Held while a run is under way; released when dropped (or when the process ends).
#[derive(Debug)]
pub struct TeamLock {
    _file: File,
}

/// The directory of the team locks: `CELONIS_SCIM_LOCK_DIR`, else
/// `$XDG_STATE_HOME/celonis-scim/locks` (`~/.local/state/celonis-scim/locks`), else one in
/// the temporary directory.
pub fn lock_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CELONIS_SCIM_LOCK_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    let state = std::env::var_os("XDG_STATE_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").filter(|d| !d.is_empty()).map(|h| PathBuf::from(h).join(".local/state")));
    match state {
        Some(state) => state.join("celonis-scim/locks"),
        None => std::env::temp_dir().join(format!("celonis-scim-locks-{}", std::env::var("USER").unwrap_or_default())),
    }
}

/// The lock file of a team: one per base URL (compared without case or a trailing slash).
pub fn lock_path(team: &str) -> PathBuf {
    let key = team.trim_end_matches('/').to_lowercase();
    lock_dir().join(format!("team-{}.lock", fingerprint(key.as_bytes())))
}

impl TeamLock {
    /// Takes the lock, or fails at once (a `validation` error with the rule `locked`, naming
    /// the process that holds it) when another run holds it.
    pub fn acquire(team: &str) -> Result<Self> {
        let path = lock_path(team);
        if let Some(dir) = path.parent() {
            crate::private_files::create_dir_all(dir).map_err(|e| {
                Error::config(format!("cannot create the lock directory {} (set CELONIS_SCIM_LOCK_DIR to another): {e}", dir.display()))
            })?;
        }
        let mut file = crate::private_files::options()
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
        let _ = file.set_len(0).and_then(|()| file.rewind()).and_then(|()| write!(file, "process {}", std::process::id()));
        Ok(TeamLock { _file: file })
    }
}
