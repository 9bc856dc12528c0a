//! The environment's proxies, as curl reads them, through a real proxy (tinyproxy on
//! loopback), one process each: `http_proxy` is used, `no_proxy` (an address, a network, a
//! port) goes direct past a proxy that would refuse, `--proxy none` and the config file's
//! `proxy` override the environment, and credentials from a secret source are never shown.

#[path = "../../../tests/support/tinyproxy.rs"]
mod tinyproxy;

use std::process::{Command, Output};

use celonis_scim_emulator::{Emulator, EmulatorConfig};
use tinyproxy::{ProxyRules, Tinyproxy};

const PROXY_VARS: [&str; 10] = ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY", "CELONIS_SCIM_PROXY", "CELONIS_SCIM_PROXY_CREDENTIALS"];

fn list_users(emu: &Emulator, vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_celonis-scim"));
    for name in PROXY_VARS {
        cmd.env_remove(name);
    }
    cmd.env("CELONIS_SCIM_URL", emu.url()).env("CELONIS_SCIM_TOKEN", emu.token());
    cmd.envs(vars.iter().copied()).args(args).args(["--max-retries", "0", "users", "list"]).current_dir(std::env::temp_dir()).output().unwrap()
}

fn port_of(emu: &Emulator) -> u16 {
    emu.url().split(':').nth(2).and_then(|p| p.split('/').next()).and_then(|p| p.parse().ok()).unwrap()
}

#[test]
fn the_environment_proxy_and_no_proxy_as_curl_reads_them() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let port = port_of(&emu);
    let open = Tinyproxy::start(ProxyRules::default());
    let used = list_users(&emu, &[("http_proxy", &open.url)], &[]);
    assert!(used.status.success(), "{}", String::from_utf8_lossy(&used.stderr));
    assert_eq!(open.tunnels_to(port), 1, "http_proxy was used");
    let upper = list_users(&emu, &[("HTTP_PROXY", &open.url)], &[]);
    assert!(upper.status.success());
    assert_eq!(open.tunnels_to(port), 1, "upper-case HTTP_PROXY is not read, as with curl");

    let refusing = Tinyproxy::start(ProxyRules { only_port: Some(443), ..Default::default() });
    let refused = list_users(&emu, &[("all_proxy", &refusing.url)], &[]);
    assert_eq!(refused.status.code(), Some(19), "transport: {}", String::from_utf8_lossy(&refused.stderr));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("refused the connection"));
    let port_entry = format!("127.0.0.1:{port}");
    for no_proxy in ["127.0.0.1", "127.0.0.0/8", port_entry.as_str(), "localhost,127.0.0.1", "*"] {
        let direct = list_users(&emu, &[("http_proxy", &refusing.url), ("NO_PROXY", no_proxy)], &[]);
        assert!(direct.status.success(), "NO_PROXY={no_proxy}: {}", String::from_utf8_lossy(&direct.stderr));
    }
    let other_port = list_users(&emu, &[("http_proxy", &refusing.url), ("no_proxy", "127.0.0.1:1")], &[]);
    assert_eq!(other_port.status.code(), Some(19), "an entry for another port does not match");
    let overridden = list_users(&emu, &[("http_proxy", &refusing.url)], &["--proxy", "none"]);
    assert!(overridden.status.success(), "--proxy none goes direct");
}

#[test]
fn the_config_files_proxy_with_credentials_from_a_secret_source() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let guarded = Tinyproxy::start(ProxyRules { basic_auth: Some(("ops", "pr0xy-pw")), ..Default::default() });
    let dir = std::env::temp_dir().join(format!("cscim-proxy-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("celonis-scim.toml");
    std::fs::write(&config, format!("[connection]\nproxy = \"{}\"\nproxy_credentials = {{ env = \"MY_PROXY_CREDS\" }}\n", guarded.url)).unwrap();
    let config = config.to_str().unwrap();
    let ok = list_users(&emu, &[("MY_PROXY_CREDS", "ops:pr0xy-pw")], &["--config", config]);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert_eq!(guarded.tunnels_to(port_of(&emu)), 1);
    let wrong = list_users(&emu, &[("MY_PROXY_CREDS", "ops:nope-pw")], &["--config", config, "-vv"]);
    let said = String::from_utf8_lossy(&wrong.stderr);
    assert_eq!(wrong.status.code(), Some(19), "{said}");
    assert!(said.contains("asks for credentials") && !said.contains("nope-pw") && !said.contains("pr0xy-pw"), "{said}");
    // A secret written into the file is refused, as every other.
    std::fs::write(dir.join("literal.toml"), "[connection]\nproxy_credentials = \"ops:pr0xy-pw\"\n").unwrap();
    let literal = list_users(&emu, &[], &["--config", dir.join("literal.toml").to_str().unwrap()]);
    assert_eq!(literal.status.code(), Some(3));
    assert!(!String::from_utf8_lossy(&literal.stderr).contains("pr0xy-pw"));
    let _ = std::fs::remove_dir_all(dir);
}
