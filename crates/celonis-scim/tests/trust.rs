//! `trust = "system"`: the operating system's certificate store, where a TLS-inspecting
//! proxy's private CA is installed. The store is one the test controls: `SSL_CERT_FILE`, as
//! OpenSSL and the platform's certificate loader read it on Linux, naming a bundle that holds
//! the test's CA. (One test in this binary: it sets the process's environment.)

#[path = "common/tls_server.rs"]
mod tls_server;

use celonis_scim::{Client, ClientConfig, ErrorKind, ListOptions, Trust};
use tls_server::{pki, serve};

#[test]
fn the_systems_store_is_trusted_when_asked_and_only_then() {
    let pki = pki();
    let port = serve(&pki);
    let url = format!("https://localhost:{port}/scim/v2");
    let dir = std::env::temp_dir().join(format!("cscim-trust-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bundle = dir.join("ca-bundle.pem");
    std::fs::write(&bundle, &pki.ca_pem).unwrap();
    // SAFETY: the only test of this binary; no other thread reads the environment meanwhile.
    unsafe {
        std::env::set_var("SSL_CERT_FILE", &bundle);
        std::env::remove_var("SSL_CERT_DIR");
    }
    let client = |trust| Client::new(ClientConfig { trust, max_retries: 0, ..ClientConfig::bearer(url.clone(), "t") });
    let system = client(Trust::System).unwrap();
    assert_eq!(system.list_users(&ListOptions::default()).unwrap().total_results, 0, "the private CA in the system store is trusted");
    let bundled = client(Trust::Bundled).unwrap().list_users(&ListOptions::default()).unwrap_err();
    assert_eq!(bundled.kind(), ErrorKind::Transport, "the bundled roots do not know the private CA");

    // An empty store is a config error, said when the client is made.
    std::fs::write(&bundle, "").unwrap();
    // SAFETY: as above.
    unsafe { std::env::set_var("SSL_CERT_DIR", dir.join("none")) };
    let empty = client(Trust::System).err().map(|e| e.kind());
    assert_eq!(empty, Some(ErrorKind::Config));
    let _ = std::fs::remove_dir_all(dir);
}
