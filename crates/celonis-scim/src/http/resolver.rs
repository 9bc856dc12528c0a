//! Name resolution without a thread per request.
//!
//! ureq resolves the host on every request, even when a pooled connection is reused, and with
//! a timeout configured it does so on a freshly spawned thread — a third of the cost of a
//! small request on loopback. This resolver answers IP literals directly and keeps resolved
//! names for a short while; only a real lookup goes to ureq's resolver (with its timeout).

use std::collections::HashMap;
use std::fmt;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

/// How long a resolved name is reused.
const TTL: Duration = Duration::from_secs(30);

/// A resolver that skips literals and caches names (see the module documentation).
#[derive(Default)]
pub(crate) struct CachingResolver {
    inner: DefaultResolver,
    cache: Mutex<HashMap<String, (Instant, ResolvedSocketAddrs)>>,
}

impl fmt::Debug for CachingResolver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CachingResolver")
    }
}

impl Resolver for CachingResolver {
    fn resolve(&self, uri: &Uri, config: &Config, timeout: NextTimeout) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let key = match (uri.scheme(), uri.authority()) {
            (Some(s), Some(a)) => DefaultResolver::host_and_port(s, a),
            _ => None,
        };
        let Some(key) = key else { return self.inner.resolve(uri, config, timeout) };
        if let Ok(addr) = key.parse::<SocketAddr>() {
            let mut out = self.empty();
            out.push(addr);
            return Ok(out);
        }
        {
            let cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
            if let Some((at, addrs)) = cache.get(&key)
                && at.elapsed() < TTL {
                    return Ok(addrs.clone());
                }
        }
        let addrs = self.inner.resolve(uri, config, timeout)?;
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        cache.insert(key, (Instant::now(), addrs.clone()));
        Ok(addrs)
    }
}
