//! `POST /oauth2/token`: OAuth 2.0 client credentials, with `client_secret_basic` or
//! `client_secret_post`, for the scope `user-provisioning.scim`.

use std::time::{Duration, Instant};

use base64::Engine;
use percent_encoding::percent_decode_str;
use serde_json::json;

use crate::clock::new_token;
use crate::shared::Shared;
use crate::wire::{HttpRequest, HttpResponse};

/// The scope Celonis requires for SCIM.
pub const SCOPE: &str = "user-provisioning.scim";

/// Answers a token request.
pub fn token(shared: &Shared, req: &HttpRequest) -> HttpResponse {
    if req.method != "POST" {
        return HttpResponse::empty(405);
    }
    shared.token_requests.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let form: Vec<(String, String)> = String::from_utf8_lossy(&req.body)
        .split('&')
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect();
    let field = |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let basic = req
        .header("authorization")
        .and_then(|h| h.strip_prefix("Basic ").or_else(|| h.strip_prefix("basic ")))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b.trim()).ok())
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|pair| pair.split_once(':').map(|(i, s)| (decode(i), decode(s))));
    let (id, secret) = match (basic, field("client_id"), field("client_secret")) {
        (Some(pair), _, _) => pair,
        (None, Some(i), Some(s)) => (i, s),
        _ => return oauth_error(401, "invalid_client", "client authentication required"),
    };
    if shared.config.oauth_clients.get(&id) != Some(&secret) {
        return oauth_error(401, "invalid_client", "unknown client or wrong secret");
    }
    if field("grant_type").as_deref() != Some("client_credentials") {
        return oauth_error(400, "unsupported_grant_type", "only client_credentials is supported");
    }
    // The documented token URL carries `?scope=user-provisioning.scim`: either place counts.
    let scope = [field("scope"), req.param("scope").map(str::to_owned)].into_iter().flatten().collect::<Vec<_>>().join(" ");
    if !scope.split(' ').any(|s| s == SCOPE) {
        return oauth_error(400, "invalid_scope", "scope must include user-provisioning.scim");
    }
    let token = new_token();
    let lifetime = shared.config.oauth_token_lifetime;
    shared
        .oauth_tokens
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(token.clone(), Instant::now() + Duration::from_secs(lifetime));
    HttpResponse::json(200, &json!({"access_token": token, "token_type": "Bearer", "expires_in": lifetime, "scope": SCOPE}))
        .with_plain_json()
}

/// Forgets every issued token (to test a client's refresh on 401).
pub fn revoke_all(shared: &Shared) {
    shared.oauth_tokens.lock().unwrap_or_else(|p| p.into_inner()).clear();
}

fn oauth_error(status: u16, error: &str, description: &str) -> HttpResponse {
    HttpResponse::json(status, &json!({"error": error, "error_description": description})).with_plain_json()
}

fn decode(s: &str) -> String {
    percent_decode_str(&s.replace('+', " ")).decode_utf8_lossy().into_owned()
}
