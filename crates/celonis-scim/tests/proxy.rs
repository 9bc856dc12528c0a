//! Through a real proxy (tinyproxy on loopback): the `proxy` option with credentials from the
//! secret, a proxy that asks for credentials, one that refuses the port; the credentials never
//! show in an error. The environment's proxies (as curl reads them) are tested through the
//! command line, one process each (`crates/celonis-scim-cli/tests/proxy.rs`).

#[path = "../../../tests/support/tinyproxy.rs"]
mod tinyproxy;

use celonis_scim::{Client, ClientConfig, ErrorKind, ListOptions, Secret};
use celonis_scim_emulator::{Emulator, EmulatorConfig};
use tinyproxy::{ProxyRules, Tinyproxy};

fn port_of(url: &str) -> u16 {
    url.split(':').nth(2).and_then(|p| p.split('/').next()).and_then(|p| p.parse().ok()).unwrap()
}

fn through(emu: &Emulator, proxy: &str, credentials: Option<&str>) -> Client {
    Client::new(ClientConfig {
        proxy: Some(proxy.to_owned()),
        proxy_credentials: credentials.map(Secret::new),
        max_retries: 0,
        ..ClientConfig::bearer(emu.url(), emu.token())
    })
    .unwrap()
}

#[test]
fn requests_go_through_the_proxy_with_its_credentials() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let proxy = Tinyproxy::start(ProxyRules { basic_auth: Some(("ann", "s3cret-pw")), ..Default::default() });
    let page = through(&emu, &proxy.url, Some("ann:s3cret-pw")).list_users(&ListOptions::default()).unwrap();
    assert_eq!(page.total_results, 0);
    assert!(proxy.tunnels_to(port_of(emu.url())) >= 1, "the request went through the proxy");

    let err = through(&emu, &proxy.url, None).list_users(&ListOptions::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport);
    assert!(err.to_string().contains("asks for credentials"), "{err}");
    let wrong = through(&emu, &proxy.url, Some("ann:not-it")).list_users(&ListOptions::default()).unwrap_err();
    assert!(wrong.to_string().contains("asks for credentials") && !wrong.to_string().contains("not-it"), "{wrong}");
    // Credentials in the proxy URL work too, and are not shown either.
    let in_url = proxy.url.replace("http://", "http://ann:s3cret-pw@");
    assert!(through(&emu, &in_url, None).list_users(&ListOptions::default()).is_ok());
}

#[test]
fn a_proxy_that_refuses_the_port_is_named() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let proxy = Tinyproxy::start(ProxyRules { only_port: Some(443), ..Default::default() });
    let err = through(&emu, &proxy.url, None).list_users(&ListOptions::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport);
    assert!(err.to_string().contains("refused the connection") && err.to_string().contains(&proxy.url.replace("http://", "")), "{err}");
    // `none` goes direct whatever a proxy says.
    assert!(through(&emu, "none", None).list_users(&ListOptions::default()).is_ok());
}
