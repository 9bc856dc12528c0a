//! Base URL checks and URL building: paths, ids and query strings, percent-encoded.

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use crate::error::{Error, Result};

/// What must be escaped in a path segment (an id, a schema URN, a resource type name).
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'\\')
    .add(b'^')
    .add(b'|');

/// What must be escaped in a query value.
const QUERY: &AsciiSet = &SEGMENT.add(b'&').add(b'=').add(b'+').add(b';');

/// A checked base URL, without its trailing slash.
#[derive(Debug, Clone)]
pub struct BaseUrl {
    url: String,
    https: bool,
    host: String,
}

impl BaseUrl {
    /// Parses and checks a base URL: `http` or `https`, a host, no query or fragment.
    pub fn parse(raw: &str) -> Result<Self> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(Error::config("base_url is required"));
        }
        let (scheme, rest) = raw
            .split_once("://")
            .ok_or_else(|| Error::config(format!("base_url {raw:?} has no scheme (https://...)")))?;
        let https = match scheme.to_ascii_lowercase().as_str() {
            "https" => true,
            "http" => false,
            other => return Err(Error::config(format!("base_url scheme {other:?} is not http or https"))),
        };
        if rest.contains(['?', '#']) {
            return Err(Error::config("base_url must not have a query or fragment"));
        }
        let authority = rest.split('/').next().unwrap_or_default();
        let host_port = authority.rsplit('@').next().unwrap_or_default();
        let host = if let Some(v6) = host_port.strip_prefix('[') {
            v6.split(']').next().unwrap_or_default().to_owned()
        } else {
            host_port.split(':').next().unwrap_or_default().to_owned()
        };
        if host.is_empty() {
            return Err(Error::config(format!("base_url {raw:?} has no host")));
        }
        if authority.contains('@') {
            return Err(Error::config("base_url must not carry credentials; use token, app_key or oauth2"));
        }
        raw.parse::<ureq::http::Uri>()
            .map_err(|e| Error::config(format!("base_url {raw:?} is not a valid URL: {e}")))?;
        Ok(BaseUrl { url: raw.trim_end_matches('/').to_owned(), https, host: host.to_ascii_lowercase() })
    }

    /// Whether the scheme is https.
    pub fn is_https(&self) -> bool {
        self.https
    }

    /// The host name or address.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// Whether the host is a loopback name or address.
    pub fn is_loopback(&self) -> bool {
        self.host == "localhost"
            || self.host.ends_with(".localhost")
            || self.host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
    }

    /// The URL of `path` (which starts with `/`) under the base, with `segments` escaped and
    /// appended, and the non-empty `query` pairs.
    pub fn join(&self, path: &str, segments: &[&str], query: &[(&str, String)]) -> String {
        let mut url = String::with_capacity(self.url.len() + path.len() + 48);
        url.push_str(&self.url);
        url.push_str(path);
        for s in segments {
            url.push('/');
            url.extend(utf8_percent_encode(s, SEGMENT));
        }
        let mut sep = '?';
        for (k, v) in query {
            url.push(sep);
            sep = '&';
            url.push_str(k);
            url.push('=');
            url.extend(utf8_percent_encode(v, QUERY));
        }
        url
    }

    /// The base URL itself.
    pub fn as_str(&self) -> &str {
        &self.url
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_classifies_hosts() {
        assert!(BaseUrl::parse("http://127.0.0.1:8080/scim/v2/").unwrap().is_loopback());
        assert!(BaseUrl::parse("http://[::1]:80/scim/v2").unwrap().is_loopback());
        assert!(BaseUrl::parse("http://localhost/scim/v2").unwrap().is_loopback());
        assert!(!BaseUrl::parse("https://team.celonis.cloud/x").unwrap().is_loopback());
        for bad in ["", "team.celonis.cloud", "ftp://x/y", "https:///x", "https://u:p@h/x", "https://h/x?y=1"] {
            assert!(BaseUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn joins_escaped() {
        let b = BaseUrl::parse("https://h/scim/v2/").unwrap();
        assert_eq!(
            b.join("/Users", &["a/b c"], &[("attributes", "userName,emails".into())]),
            "https://h/scim/v2/Users/a%2Fb%20c?attributes=userName,emails"
        );
        assert_eq!(b.join("/Schemas", &["urn:x:y"], &[]), "https://h/scim/v2/Schemas/urn:x:y");
    }
}
