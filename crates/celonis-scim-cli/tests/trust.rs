//! `--trust system` and `[connection] trust = "system"`: a server whose certificate comes from
//! a private CA is trusted once the CA is in the system's store (here `SSL_CERT_FILE`, a store
//! the test controls), and refused with the bundled roots.

#[path = "../../celonis-scim/tests/common/tls_server.rs"]
mod tls_server;

use std::process::{Command, Output};

fn list_users(url: &str, store: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_celonis-scim"))
        .env("CELONIS_SCIM_URL", url)
        .env("CELONIS_SCIM_TOKEN", "t")
        .env("SSL_CERT_FILE", store)
        .env_remove("SSL_CERT_DIR")
        .env_remove("CELONIS_SCIM_TRUST")
        .args(args)
        .args(["--max-retries", "0", "users", "list"])
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap()
}

#[test]
fn the_systems_store_through_the_flag_and_the_config_file() {
    let pki = tls_server::pki();
    let port = tls_server::serve(&pki);
    let url = format!("https://localhost:{port}/scim/v2");
    let dir = std::env::temp_dir().join(format!("cscim-cli-trust-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let store = dir.join("ca-bundle.pem");
    std::fs::write(&store, &pki.ca_pem).unwrap();
    let system = list_users(&url, &store, &["--trust", "system"]);
    assert!(system.status.success(), "{}", String::from_utf8_lossy(&system.stderr));
    assert_eq!(list_users(&url, &store, &[]).status.code(), Some(19), "the bundled roots refuse the private CA");
    let config = dir.join("celonis-scim.toml");
    std::fs::write(&config, "[connection]\ntrust = \"system\"\n").unwrap();
    assert!(list_users(&url, &store, &["--config", config.to_str().unwrap()]).status.success());
    let _ = std::fs::remove_dir_all(dir);
}
