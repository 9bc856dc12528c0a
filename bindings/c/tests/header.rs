//! include/celonis_scim.h is what cbindgen generates from this crate, with the version macros
//! taken from the workspace version (the one place it is written): a drifted header fails.
//! Regenerate with `CSCIM_WRITE_HEADER=1 cargo test -p celonis-scim-c --test header`.

use std::path::Path;

#[test]
fn the_committed_header_matches_the_crate() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let header_path = crate_dir.join("../../include/celonis_scim.h");
    let mut config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml")).unwrap();
    config.after_includes = Some(version_macros());
    let bindings = cbindgen::Builder::new().with_crate(crate_dir).with_config(config).generate().expect("cbindgen runs");
    let mut generated = Vec::new();
    bindings.write(&mut generated);
    let generated = String::from_utf8(generated).unwrap();
    if std::env::var_os("CSCIM_WRITE_HEADER").is_some() {
        std::fs::write(&header_path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&header_path).unwrap_or_default();
    assert!(
        committed == generated,
        "include/celonis_scim.h is out of date: run CSCIM_WRITE_HEADER=1 cargo test -p celonis-scim-c --test header"
    );
}

/// The `CSCIM_VERSION_*` macros, from the crate's version (the workspace's).
fn version_macros() -> String {
    format!(
        "\n/* The version of the library this header belongs to; cscim_version() gives the linked one. */\n\
         #define CSCIM_VERSION_MAJOR {}\n#define CSCIM_VERSION_MINOR {}\n#define CSCIM_VERSION_PATCH {}\n\
         #define CSCIM_VERSION_STRING \"{}\"\n",
        env!("CARGO_PKG_VERSION_MAJOR"),
        env!("CARGO_PKG_VERSION_MINOR"),
        env!("CARGO_PKG_VERSION_PATCH"),
        env!("CARGO_PKG_VERSION"),
    )
}
