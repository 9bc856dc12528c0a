//! Which proxy a request goes through, as curl decides it.
//!
//! - The `proxy` option (`--proxy`, `CELONIS_SCIM_PROXY`, `[connection] proxy`) is used for
//!   every request; `"none"` means no proxy at all, whatever the environment says.
//! - Otherwise the environment: `https_proxy` / `HTTPS_PROXY` for `https://` URLs,
//!   `http_proxy` for `http://` ones (curl ignores upper-case `HTTP_PROXY`, which a CGI
//!   program's request header can set, and so does this), else `all_proxy` / `ALL_PROXY`.
//! - `no_proxy` / `NO_PROXY` (comma-separated) names where to go direct, whichever proxy was
//!   chosen: `*` (everywhere), a host and its subdomains (`example.com`, `.example.com`,
//!   `*.example.com`), an IP address, a network (`10.0.0.0/8`, `fd00::/8`), any of these
//!   with `:PORT` (only that port).
//! - A proxy URL without a scheme is `http://`. Its credentials come from the URL, or from the
//!   `proxy_credentials` secret (`USER:PASSWORD`), which wins. Neither is ever logged: what the
//!   messages show of a proxy is its host and port.

use std::net::IpAddr;

use ureq::http::Uri;
use ureq::{Proxy, ProxyProtocol};

use crate::config::Secret;
use crate::error::{Error, Result};

/// The proxy settings of a client: one proxy per URL scheme, and where to go direct.
#[derive(Debug, Clone, Default)]
pub struct ProxyRules {
    https: Option<ProxyTarget>,
    http: Option<ProxyTarget>,
    no_proxy: Vec<NoProxy>,
}

/// One proxy, ready for ureq, and how messages name it.
#[derive(Debug, Clone)]
pub struct ProxyTarget {
    /// For ureq.
    pub proxy: Proxy,
    /// `host:port`, for messages (never the credentials).
    pub shown: String,
}

/// One entry of `NO_PROXY`.
#[derive(Debug, Clone, PartialEq)]
enum NoProxy {
    Everything,
    Domain { name: String, port: Option<u16> },
    Network { base: IpAddr, bits: u8, port: Option<u16> },
}

impl ProxyRules {
    /// The rules of the `proxy` option (and its credentials) over the environment `var`.
    pub fn resolve(explicit: Option<&str>, credentials: Option<&Secret>, var: &dyn Fn(&str) -> Option<String>) -> Result<Self> {
        let env = |names: &[&str]| names.iter().find_map(|n| var(n).filter(|v| !v.trim().is_empty()));
        let no_proxy = env(&["no_proxy", "NO_PROXY"]).map(|v| parse_no_proxy(&v)).unwrap_or_default();
        let (https, http) = match explicit.map(str::trim) {
            Some(none) if none.eq_ignore_ascii_case("none") => (None, None),
            Some(url) if !url.is_empty() => {
                let one = target(url, credentials, "proxy")?;
                (Some(one.clone()), Some(one))
            }
            _ => {
                let all = env(&["all_proxy", "ALL_PROXY"]);
                let https = env(&["https_proxy", "HTTPS_PROXY"]).or_else(|| all.clone());
                let http = env(&["http_proxy"]).or(all);
                let https = https.map(|u| target(&u, credentials, "https_proxy")).transpose()?;
                let http = http.map(|u| target(&u, credentials, "http_proxy")).transpose()?;
                (https, http)
            }
        };
        Ok(ProxyRules { https, http, no_proxy })
    }

    /// The proxy a request to `url` goes through, if any.
    pub fn for_url(&self, url: &str) -> Option<&ProxyTarget> {
        let uri: Uri = url.parse().ok()?;
        let chosen = match uri.scheme_str() {
            Some("https") => self.https.as_ref(),
            _ => self.http.as_ref(),
        }?;
        let host = uri.host()?.trim_start_matches('[').trim_end_matches(']');
        let port = uri.port_u16().unwrap_or(if uri.scheme_str() == Some("https") { 443 } else { 80 });
        (!self.no_proxy.iter().any(|n| n.matches(host, port))).then_some(chosen)
    }

    /// Every distinct proxy, for building one connection pool each.
    pub fn targets(&self) -> Vec<&ProxyTarget> {
        let mut out: Vec<&ProxyTarget> = Vec::new();
        for t in [&self.https, &self.http].into_iter().flatten() {
            if !out.iter().any(|o| o.same_as(t)) {
                out.push(t);
            }
        }
        out
    }
}

impl ProxyTarget {
    /// Whether two targets are the same proxy with the same credentials (one pool serves both).
    pub fn same_as(&self, other: &ProxyTarget) -> bool {
        self.shown == other.shown && self.proxy.username() == other.proxy.username() && self.proxy.password() == other.proxy.password()
    }
}

/// A proxy URL as ureq's proxy; `what` names the setting in errors (which never show the URL,
/// as it may hold a password).
fn target(url: &str, credentials: Option<&Secret>, what: &str) -> Result<ProxyTarget> {
    let url = url.trim();
    let with_scheme = if url.contains("://") { url.to_owned() } else { format!("http://{url}") };
    let uri: Uri = with_scheme.parse().map_err(|_| Error::config(format!("{what}: not a proxy URL")))?;
    let protocol = match uri.scheme_str() {
        Some("http") => ProxyProtocol::Http,
        Some("https") => ProxyProtocol::Https,
        Some(other) => return Err(Error::config(format!("{what}: the scheme {other:?} is not http or https"))),
        None => ProxyProtocol::Http,
    };
    let authority = uri.authority().ok_or_else(|| Error::config(format!("{what}: no host")))?;
    let host = authority.host();
    if host.is_empty() {
        return Err(Error::config(format!("{what}: no host")));
    }
    let port = authority.port_u16().unwrap_or(if protocol == ProxyProtocol::Https { 443 } else { 80 });
    let userinfo = authority.as_str().rsplit_once('@').map(|(u, _)| u.to_owned());
    let (user, password) = match credentials {
        Some(secret) => split_credentials(secret.expose()),
        None => userinfo.as_deref().map(|u| split_credentials(&percent_encoding::percent_decode_str(u).decode_utf8_lossy())).unwrap_or((None, None)),
    };
    let mut builder = Proxy::builder(protocol).host(host).port(port);
    if let Some(user) = &user {
        builder = builder.username(user);
    }
    if let Some(password) = &password {
        builder = builder.password(password);
    }
    let proxy = builder.build().map_err(|e| Error::config(format!("{what}: {e}")))?;
    Ok(ProxyTarget { proxy, shown: format!("{host}:{port}") })
}

/// `USER:PASSWORD` (the password may hold colons).
fn split_credentials(text: &str) -> (Option<String>, Option<String>) {
    match text.split_once(':') {
        Some((user, password)) => (Some(user.to_owned()), Some(password.to_owned())),
        None if !text.is_empty() => (Some(text.to_owned()), None),
        None => (None, None),
    }
}

/// The entries of a `NO_PROXY` value; an entry that is none of the forms is skipped.
fn parse_no_proxy(value: &str) -> Vec<NoProxy> {
    value.split(',').map(str::trim).filter(|e| !e.is_empty()).filter_map(NoProxy::parse).collect()
}

impl NoProxy {
    fn parse(entry: &str) -> Option<Self> {
        if entry == "*" {
            return Some(NoProxy::Everything);
        }
        let (address, port) = split_port(entry);
        let address = address.trim_start_matches('[').trim_end_matches(']');
        if let Some((ip, bits)) = address.split_once('/') {
            let base: IpAddr = ip.parse().ok()?;
            let max = if base.is_ipv4() { 32 } else { 128 };
            let bits: u8 = bits.parse().ok().filter(|b| *b <= max)?;
            return Some(NoProxy::Network { base, bits, port });
        }
        if let Ok(base) = address.parse::<IpAddr>() {
            let bits = if base.is_ipv4() { 32 } else { 128 };
            return Some(NoProxy::Network { base, bits, port });
        }
        let name = address.trim_start_matches('*').trim_start_matches('.').to_ascii_lowercase();
        (!name.is_empty()).then_some(NoProxy::Domain { name, port })
    }

    fn matches(&self, host: &str, port: u16) -> bool {
        match self {
            NoProxy::Everything => true,
            NoProxy::Domain { name, port: p } => {
                let host = host.to_ascii_lowercase();
                p.is_none_or(|p| p == port) && (host == *name || host.ends_with(&format!(".{name}")))
            }
            NoProxy::Network { base, bits, port: p } => {
                p.is_none_or(|p| p == port) && host.parse::<IpAddr>().is_ok_and(|ip| in_network(ip, *base, *bits))
            }
        }
    }
}

/// `host:port` (or `[v6]:port`) apart; a bare IPv6 address has no port.
fn split_port(entry: &str) -> (&str, Option<u16>) {
    if let Some(rest) = entry.strip_prefix('[')
        && let Some((address, after)) = rest.split_once(']')
    {
        return (address, after.strip_prefix(':').and_then(|p| p.parse().ok()));
    }
    match entry.rsplit_once(':') {
        Some((address, port)) if !address.contains(':') => match port.parse() {
            Ok(p) => (address, Some(p)),
            Err(_) => (entry, None),
        },
        _ => (entry, None),
    }
}

fn in_network(ip: IpAddr, base: IpAddr, bits: u8) -> bool {
    match (ip, base) {
        (IpAddr::V4(ip), IpAddr::V4(base)) => {
            let mask = if bits == 0 { 0 } else { u32::MAX << (32 - u32::from(bits)) };
            u32::from(ip) & mask == u32::from(base) & mask
        }
        (IpAddr::V6(ip), IpAddr::V6(base)) => {
            let mask = if bits == 0 { 0 } else { u128::MAX << (128 - u32::from(bits)) };
            u128::from(ip) & mask == u128::from(base) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned())
    }

    fn via(rules: &ProxyRules, url: &str) -> Option<String> {
        rules.for_url(url).map(|t| t.shown.clone())
    }

    #[test]
    fn the_environment_as_curl_reads_it() {
        let rules = ProxyRules::resolve(None, None, &vars(&[("HTTPS_PROXY", "sec.proxy:3128"), ("HTTP_PROXY", "ignored:1"), ("ALL_PROXY", "all.proxy:8080")])).unwrap();
        assert_eq!(via(&rules, "https://acme.celonis.cloud/x").as_deref(), Some("sec.proxy:3128"));
        assert_eq!(via(&rules, "http://acme.celonis.cloud/x").as_deref(), Some("all.proxy:8080"), "upper-case HTTP_PROXY is not read");
        let lower = ProxyRules::resolve(None, None, &vars(&[("http_proxy", "http://plain.proxy")])).unwrap();
        assert_eq!(via(&lower, "http://x.example/").as_deref(), Some("plain.proxy:80"));
        assert_eq!(via(&lower, "https://x.example/"), None, "no proxy for https");
    }

    #[test]
    fn no_proxy_hosts_domains_addresses_networks_and_ports() {
        let rules = ProxyRules::resolve(
            None,
            None,
            &vars(&[("https_proxy", "p:1"), ("http_proxy", "p:1"), ("NO_PROXY", "internal.example, .corp.example,*.lab.example, 10.0.0.0/8, 192.168.1.7, [::1], fd00::/8, api.example:8443, bogus/99")]),
        )
        .unwrap();
        for direct in ["https://internal.example/", "https://a.internal.example/", "https://corp.example/", "https://x.corp.example/", "https://y.lab.example/", "https://10.20.30.40/", "http://192.168.1.7:8080/", "https://[::1]:9000/", "https://[fd00::5]/", "https://api.example:8443/"] {
            assert_eq!(via(&rules, direct), None, "{direct} goes direct");
        }
        for proxied in ["https://notinternal.example/", "https://11.0.0.1/", "https://192.168.1.8/", "https://api.example/", "https://[fe80::1]/"] {
            assert_eq!(via(&rules, proxied).as_deref(), Some("p:1"), "{proxied} goes through the proxy");
        }
        let all = ProxyRules::resolve(None, None, &vars(&[("https_proxy", "p:1"), ("no_proxy", "*")])).unwrap();
        assert_eq!(via(&all, "https://anything/"), None);
    }

    #[test]
    fn the_option_wins_and_credentials_come_from_the_secret() {
        let env = vars(&[("HTTPS_PROXY", "http://env.proxy:3128"), ("NO_PROXY", "direct.example")]);
        let mine = ProxyRules::resolve(Some("http://mine:8080"), Some(&Secret::new("ann:pa:ss")), &env).unwrap();
        let t = mine.for_url("https://acme.celonis.cloud/").unwrap();
        assert_eq!((t.shown.as_str(), t.proxy.username(), t.proxy.password()), ("mine:8080", Some("ann"), Some("pa:ss")));
        assert!(mine.for_url("https://direct.example/").is_none(), "NO_PROXY applies to the option too");
        let none = ProxyRules::resolve(Some("none"), None, &env).unwrap();
        assert!(none.for_url("https://acme.celonis.cloud/").is_none());
        let in_url = ProxyRules::resolve(Some("http://bob:s%40cret@p.example:3128"), None, &env).unwrap();
        let t = in_url.for_url("https://x/").unwrap();
        assert_eq!((t.proxy.username(), t.proxy.password(), t.shown.as_str()), (Some("bob"), Some("s@cret"), "p.example:3128"));
        let bad = ProxyRules::resolve(Some("ftp://user:hunter2@p"), None, &env).unwrap_err();
        assert!(!bad.to_string().contains("hunter2"), "{bad}");
    }
}
