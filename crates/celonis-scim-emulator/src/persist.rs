//! The state file: written atomically (temporary file, fsync, rename), so that a crash leaves
//! either the old or the new file, never half of one.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use crate::store::Snapshot;

/// Writes the snapshot to `path` atomically.
pub fn save(path: &Path, snapshot: &Snapshot) -> io::Result<()> {
    let bytes = serde_json::to_vec(snapshot).map_err(io::Error::other)?;
    let tmp = path.with_extension(format!("tmp.{}", std::process::id()));
    {
        let mut f = File::create(&tmp)?;
        f.write_all(&bytes)?;
        f.sync_all()?;
    }
    fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // Make the rename itself durable.
        File::open(dir).and_then(|d| d.sync_all()).ok();
    }
    Ok(())
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
