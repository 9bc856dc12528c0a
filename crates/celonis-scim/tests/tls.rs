//! TLS against a real TLS server on loopback, with a certificate authority made for the test:
//! an extra root in `ca_cert_pem` is trusted, a wrong host name and an untrusted certificate are
//! refused as `transport` errors, never fallen back from.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::Arc;

use celonis_scim::{Client, ClientConfig, ErrorKind, ListOptions};
use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// A CA and a server certificate for `localhost` signed by it.
struct Pki {
    ca_pem: String,
    server_cert: CertificateDer<'static>,
    server_key: PrivateKeyDer<'static>,
}

fn pki() -> Pki {
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);
    let server_key = KeyPair::generate().unwrap();
    let server_cert = CertificateParams::new(vec!["localhost".to_owned()]).unwrap().signed_by(&server_key, &issuer).unwrap();
    Pki {
        ca_pem: ca_cert.pem(),
        server_cert: server_cert.der().clone(),
        server_key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(server_key.serialize_der())),
    }
}

/// Serves an empty ListResponse over TLS on 127.0.0.1; returns the port.
fn serve(pki: &Pki) -> u16 {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![pki.server_cert.clone()], pki.server_key.clone_key())
        .unwrap();
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let config = Arc::clone(&config);
            std::thread::spawn(move || {
                let Ok(conn) = rustls::ServerConnection::new(config) else { return };
                let mut tls = rustls::StreamOwned::new(conn, stream);
                let mut reader = BufReader::new(&mut tls);
                let mut line = String::new();
                while reader.read_line(&mut line).unwrap_or(0) > 2 {
                    line.clear();
                }
                let body = r#"{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"Resources":[]}"#;
                let answer = format!("HTTP/1.1 200 OK\r\nContent-Type: application/scim+json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
                let _ = tls.write_all(answer.as_bytes());
                let _ = tls.flush();
            });
        }
    });
    port
}

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
