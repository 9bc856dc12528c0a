//! Turning an unsuccessful HTTP answer into an [`Error`], whatever shape its body has.
//!
//! Celonis answers errors in several shapes, all handled here:
//! - the SCIM error (`{"schemas":[...Error], "status":"400", "scimType":..., "detail":...}`);
//! - the platform envelope (`{"title", "status", "detail", "errorCode"}`);
//! - the `ExceptionReference` of the OpenAPI document (`{"reference", "message", "shortMessage"}`),
//!   whose `reference` is the id to quote to support;
//! - `FrontendHandledBackendError` (`{"frontendErrorKey", "errorInformation"}`);
//! - `{"error": "Unauthorized"}` or OAuth's `{"error", "error_description"}`;
//! - plain text, or nothing at all (a disabled API answers 403 with an empty body).

use std::time::Duration;

use serde_json::{Map, Value};

use crate::error::{Error, ErrorKind};

/// Headers that may carry the id to quote to support, in order of preference.
pub(crate) const SUPPORT_ID_HEADERS: [&str; 4] =
    ["x-celonis-error-id", "x-request-id", "x-correlation-id", "x-trace-id"];

/// Builds the error for an HTTP answer with an unsuccessful `status`.
///
/// `header_support_id` is a support id found in the answer's headers, `retry_after` the wait
/// the headers asked for; the body's own values win where both are present.
pub fn error_from_response(
    status: u16,
    body: &[u8],
    header_support_id: Option<String>,
    retry_after: Option<Duration>,
) -> Error {
    let kind = ErrorKind::from_status(status);
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim();
    let mut err = Error::new(kind, format!("server answered {status} {}", reason(status)));
    err.status = Some(status);
    err.retry_after = retry_after;
    err.support_id = header_support_id;

    match serde_json::from_str::<Value>(trimmed) {
        Ok(Value::Object(map)) => fill_from_object(&mut err, &map),
        Ok(Value::String(s)) if !s.is_empty() => err.detail = Some(s),
        _ if !trimmed.is_empty() => err.detail = Some(truncate(trimmed, 500)),
        _ => {}
    }
    if status == 403 {
        explain_forbidden(&mut err);
    }
    if let Some(detail) = &err.detail {
        let message = format!("server answered {status} {}: {detail}", reason(status));
        err.set_message(message);
    }
    err
}

/// What a 403 from the user-provisioning API means, added to the server's detail: SCIM
/// switched off for the team (Celonis answers with an empty body then), SAML just-in-time
/// provisioning still on (which excludes SCIM), or a key without the user-provisioning
/// permission. The support id stays in the error, and in its text.
fn explain_forbidden(err: &mut Error) {
    let said = err.detail.clone().unwrap_or_default();
    let lower = said.to_lowercase();
    let why = if said.is_empty() {
        "SCIM provisioning looks switched off for this team (Celonis then answers 403 with no body): a team admin turns it on under Admin & Settings > User Provisioning; if it is on, the key lacks the user-provisioning permission"
    } else if ["just-in-time", "just in time", "jit"].iter().any(|w| lower.contains(w)) {
        "SAML just-in-time provisioning is still on for this team, and it excludes SCIM: a team admin turns it off under Admin & Settings > Single Sign-On before SCIM can manage users"
    } else {
        "the key or token lacks the user-provisioning permission (an OAuth client needs the scope user-provisioning.scim; an application or user key needs User Provisioning rights in the team), or SCIM provisioning is switched off for the team"
    };
    err.detail = Some(if said.is_empty() { why.to_owned() } else { format!("{said} ({why})") });
}

fn fill_from_object(err: &mut Error, map: &Map<String, Value>) {
    let get = |name: &str| -> Option<&Value> {
        map.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v)
    };
    let text = |name: &str| -> Option<String> { get(name).and_then(scalar_text) };

    err.scim_type = text("scimType");
    err.detail = text("detail")
        .or_else(|| text("message"))
        .or_else(|| text("error_description"))
        .or_else(|| text("title"))
        .or_else(|| text("shortMessage"));
    err.error_code = text("errorCode").or_else(|| text("frontendErrorKey"));

    match get("error") {
        Some(Value::String(s)) => {
            if err.detail.is_none() {
                err.detail = Some(s.clone());
            } else if err.error_code.is_none() {
                err.error_code = Some(s.clone());
            }
        }
        Some(Value::Object(inner)) => fill_from_object(err, inner),
        _ => {}
    }
    for key in ["reference", "errorId", "supportId", "requestId", "traceId", "correlationId"] {
        if let Some(id) = text(key) {
            err.support_id = Some(id);
            break;
        }
    }
}

/// A JSON scalar as text (`"400"` and `400` both give `400`).
fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_owned();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}...", &s[..end])
}

/// The longest wait a server may ask for; anything longer is taken as this (a day), so that
/// an absurd header can never overflow a clock. Retries give up when a wait passes the
/// client's `retry_deadline` anyway.
pub const MAX_SERVER_WAIT: Duration = Duration::from_secs(86_400);

/// Seconds as a wait, clamped to [`MAX_SERVER_WAIT`]; `None` for negative or non-finite input.
fn wait_of_secs(secs: f64) -> Option<Duration> {
    if !secs.is_finite() || secs < 0.0 {
        return None;
    }
    Some(Duration::try_from_secs_f64(secs).map_or(MAX_SERVER_WAIT, |d| d.min(MAX_SERVER_WAIT)))
}

/// Parses a `Retry-After` value: delta seconds, or an HTTP date (a date in the past is no wait).
pub fn parse_retry_after(value: &str, now_unix: u64) -> Option<Duration> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<f64>() {
        return wait_of_secs(secs);
    }
    parse_http_date(v).map(|at| Duration::from_secs(at.saturating_sub(now_unix)).min(MAX_SERVER_WAIT))
}

/// Parses `x-ratelimit-reset`: seconds to wait, or (when it looks like one) a Unix timestamp.
pub fn parse_ratelimit_reset(value: &str, now_unix: u64) -> Option<Duration> {
    let secs = value.trim().parse::<f64>().ok().filter(|s| s.is_finite() && *s >= 0.0)?;
    if secs > 1_000_000_000.0 {
        // `as` saturates: a timestamp past u64 is simply far away.
        return wait_of_secs((secs as u64).saturating_sub(now_unix) as f64);
    }
    wait_of_secs(secs)
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) into Unix seconds; a date before
/// 1970 is 0, and out-of-range fields are no date.
fn parse_http_date(s: &str) -> Option<u64> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    let [_, day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    let day: i64 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
    let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        .iter()
        .position(|m| m == month)? as i64
        + 1;
    let year: i64 = year.parse().ok().filter(|y| (1..=9999).contains(y))?;
    let hms: Vec<i64> = time.split(':').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    let [h @ 0..=23, m @ 0..=59, sec @ 0..=60] = hms.as_slice() else { return None };
    let secs = days_from_civil(year, month, day) * 86_400 + h * 3600 + m * 60 + sec;
    Some(u64::try_from(secs).unwrap_or(0))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm); negative
/// before 1970. Defined for years 1..=9999, months 1..=12 and days 1..=31.
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The reason phrase of an HTTP status ("Not Found"), empty when unknown.
pub fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_403_says_what_it_means() {
        let off = error_from_response(403, b"", Some("abc-123".into()), None);
        assert_eq!(off.kind(), ErrorKind::Forbidden);
        assert!(off.detail.as_deref().is_some_and(|d| d.contains("switched off")), "{off}");
        assert!(off.to_string().contains("support id abc-123"), "{off}");
        let jit = error_from_response(403, br#"{"title":"Forbidden","detail":"SCIM is not available while SAML JIT provisioning is enabled"}"#, None, None);
        assert!(jit.detail.as_deref().is_some_and(|d| d.contains("SAML JIT provisioning is enabled") && d.contains("just-in-time provisioning is still on")), "{jit}");
        let scope = error_from_response(403, br#"{"error":"insufficient_scope","reference":"ref-9"}"#, None, None);
        assert!(scope.detail.as_deref().is_some_and(|d| d.contains("user-provisioning permission")), "{scope}");
        assert_eq!(scope.support_id.as_deref(), Some("ref-9"));
        assert!(scope.to_string().contains("user-provisioning permission"), "the message says it too: {scope}");
    }

    #[test]
    fn http_date_parses() {
        // 1994-11-06T08:49:37Z
        assert_eq!(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
        assert_eq!(parse_http_date("yesterday"), None);
    }

    #[test]
    fn absurd_waits_are_clamped_not_panics() {
        assert_eq!(parse_retry_after("1e20", 0), Some(MAX_SERVER_WAIT));
        assert_eq!(parse_retry_after("NaN", 0), None);
        assert_eq!(parse_ratelimit_reset("1e300", 0), Some(MAX_SERVER_WAIT));
        assert_eq!(parse_retry_after("Thu, 01 Jan 1900 00:00:00 GMT", 1_000), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("Thu, 00 Jan 0000 99:99:99 GMT", 0), None);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(parse_retry_after("3", 0), Some(Duration::from_secs(3)));
        assert_eq!(parse_retry_after("-1", 0), None);
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:40 GMT", 784_111_777),
            Some(Duration::from_secs(3))
        );
        assert_eq!(parse_ratelimit_reset("2", 0), Some(Duration::from_secs(2)));
        assert_eq!(
            parse_ratelimit_reset("1700000005", 1_700_000_000),
            Some(Duration::from_secs(5))
        );
    }
}
