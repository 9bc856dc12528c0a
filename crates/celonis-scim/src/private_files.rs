//! Files that hold personal data (journal runs, saved plans, snapshots, undo plans, the
//! emulator's state): created readable by their owner only (0600), in directories the tool
//! creates for its owner only (0700), whatever the umask. On other systems than Unix the
//! platform's defaults apply.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// The mode of a file that holds personal data.
#[cfg(unix)]
const FILE_MODE: u32 = 0o600;
/// The mode of a directory the tool creates.
#[cfg(unix)]
const DIR_MODE: u32 = 0o700;

/// Creates `dir` and its missing parents, each new one 0700; existing ones are left as they are.
pub fn create_dir_all(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, DIR_MODE);
    builder.create(dir)
}

/// Options that create a file 0600.
pub fn options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    options
}

/// Makes an existing file 0600 (a file written before keeps its old mode otherwise).
pub fn restrict(file: &File) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(FILE_MODE))?;
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

/// Writes `bytes` to `path` atomically (a temporary file beside it, made durable, then
/// renamed over it), readable by the owner only; the parent directory is created 0700 when
/// missing.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    if let Some(dir) = dir {
        create_dir_all(dir)?;
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp.{}.{:x}", std::process::id(), crate::clock::random_u64()));
    let written = (|| {
        let mut file = options().write(true).create_new(true).open(&tmp)?;
        restrict(&file)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written?;
    if let Some(dir) = dir {
        // Make the rename itself durable (not possible on every platform: best effort).
        let _ = File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn files_are_the_owners_only_even_when_they_existed() {
        let dir = std::env::temp_dir().join(format!("cscim-private-{}", crate::clock::random_u64()));
        let file = dir.join("new/deeper/plan.json");
        write(&file, b"{}").unwrap();
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(&dir.join("new")), 0o700);
        assert_eq!(mode(&dir.join("new/deeper")), 0o700);
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        write(&file, b"[]").unwrap();
        assert_eq!(mode(&file), 0o600);
        assert_eq!(std::fs::read(&file).unwrap(), b"[]");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
