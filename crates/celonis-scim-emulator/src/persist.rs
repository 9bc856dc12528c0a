//! The state file: written atomically (temporary file, fsync, rename), so that a crash leaves
//! either the old or the new file, never half of one; readable by its owner only (it holds
//! personal data).

use std::fs;
use std::io;
use std::path::Path;

use crate::store::Snapshot;

/// Writes the snapshot to `path` atomically, 0600.
pub fn save(path: &Path, snapshot: &Snapshot) -> io::Result<()> {
    let bytes = serde_json::to_vec(snapshot).map_err(io::Error::other)?;
    celonis_scim::private_files::write(path, &bytes)
}

/// Reads the snapshot at `path`; `None` when there is no file yet.
pub fn load(path: &Path) -> io::Result<Option<Snapshot>> {
    match fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("{}: not a state file: {e}", path.display()))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}
