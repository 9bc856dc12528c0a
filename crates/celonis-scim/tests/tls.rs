//! TLS against a real TLS server on loopback, with a certificate authority made for the test:
//! an extra root in `ca_cert_pem` is trusted, a wrong host name and an untrusted certificate are
//! refused as `transport` errors, never fallen back from.

#[path = "common/tls_server.rs"]
mod tls_server;

use celonis_scim::{Client, ClientConfig, ErrorKind, ListOptions};
use tls_server::{pki, serve};

fn client(url: String, ca: Option<&str>) -> Client {
    Client::new(ClientConfig { ca_cert_pem: ca.map(str::to_owned), max_retries: 0, ..ClientConfig::bearer(url, "t") }).unwrap()
}

#[test]
fn an_extra_root_is_trusted() {
    let pki = pki();
    let port = serve(&pki);
    let c = client(format!("https://localhost:{port}/scim/v2"), Some(&pki.ca_pem));
    assert_eq!(c.list_users(&ListOptions::default()).unwrap().total_results, 0);
}

#[test]
fn a_wrong_host_name_is_refused() {
    let pki = pki();
    let port = serve(&pki);
    // The certificate names localhost only.
    let c = client(format!("https://127.0.0.1:{port}/scim/v2"), Some(&pki.ca_pem));
    assert_eq!(c.list_users(&ListOptions::default()).unwrap_err().kind(), ErrorKind::Transport);
}

#[test]
fn an_untrusted_certificate_is_refused() {
    let pki = pki();
    let port = serve(&pki);
    let c = client(format!("https://localhost:{port}/scim/v2"), None);
    assert_eq!(c.list_users(&ListOptions::default()).unwrap_err().kind(), ErrorKind::Transport);
}
