//! A small HTTP/1.1 server side: reading requests and writing answers on a blocking socket.
//!
//! Enough HTTP for SCIM clients: keep-alive, `Content-Length` and chunked request bodies,
//! `Expect: 100-continue`, percent-decoded paths and queries. Limits keep a bad client from
//! exhausting memory.

use std::io::{self, BufRead, Read, Write};

use percent_encoding::percent_decode_str;

/// The largest request head (request line plus headers).
const MAX_HEAD: usize = 64 * 1024;
/// The largest request body.
const MAX_BODY: usize = 64 * 1024 * 1024;

/// A parsed request.
#[derive(Debug)]
pub struct HttpRequest {
    /// The method, upper-case.
    pub method: String,
    /// The percent-decoded path, without the query.
    pub path: String,
    /// The percent-decoded query pairs.
    pub query: Vec<(String, String)>,
    /// Header names (lower-case) and values.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
    /// Whether the client wants the connection kept open.
    pub keep_alive: bool,
}

impl HttpRequest {
    /// A header's value by (lower-case) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// A query parameter by name (case-insensitive, as SCIM parameters are).
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// What to do with the connection after an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After {
    /// Write the answer, keep the connection if the client wants it.
    Normal,
    /// Close without writing anything.
    Drop,
    /// Write the head and half the body, then close.
    Truncate,
}

/// An answer to write.
#[derive(Debug)]
pub struct HttpResponse {
    /// The status code.
    pub status: u16,
    /// Extra headers.
    pub headers: Vec<(&'static str, String)>,
    /// The `Content-Type`, when there is a body.
    pub content_type: &'static str,
    /// The body.
    pub body: Vec<u8>,
    /// What happens to the connection.
    pub after: After,
}

impl HttpResponse {
    /// A JSON answer.
    pub fn json(status: u16, value: &serde_json::Value) -> Self {
        HttpResponse {
            status,
            headers: Vec::new(),
            content_type: "application/scim+json",
            body: serde_json::to_vec(value).unwrap_or_default(),
            after: After::Normal,
        }
    }

    /// This answer with the SCIM JSON content type.
    pub fn with_json_type(mut self) -> Self {
        self.content_type = "application/scim+json";
        self
    }

    /// This answer typed plain `application/json` (the platform's non-SCIM answers).
    pub fn with_plain_json(mut self) -> Self {
        self.content_type = "application/json";
        self
    }

    /// An answer without a body.
    pub fn empty(status: u16) -> Self {
        HttpResponse { status, headers: Vec::new(), content_type: "", body: Vec::new(), after: After::Normal }
    }
}

/// Reads one request; `Ok(None)` when the client closed the connection between requests.
pub fn read_request<S: BufRead + Write>(conn: &mut S) -> io::Result<Option<HttpRequest>> {
    let mut line = String::new();
    let mut head_bytes = 0;
    // Skip blank lines between requests (RFC 9112 §2.2).
    loop {
        line.clear();
        let n = Read::by_ref(conn).take(MAX_HEAD as u64).read_line(&mut line)?;
        if n == 0 {
            return Ok(None);
        }
        head_bytes += n;
        if !line.trim().is_empty() {
            break;
        }
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target), Some(version)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad("malformed request line"));
    };
    let method = method.to_ascii_uppercase();
    let http10 = version.eq_ignore_ascii_case("HTTP/1.0");
    let (raw_path, raw_query) = target.split_once('?').unwrap_or((target, ""));
    let path = percent_decode_str(raw_path).decode_utf8_lossy().into_owned();
    let query = raw_query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode_query(k), decode_query(v))
        })
        .collect();

    let mut headers = Vec::new();
    loop {
        line.clear();
        let n = Read::by_ref(conn).take(MAX_HEAD as u64).read_line(&mut line)?;
        head_bytes += n;
        if n == 0 || head_bytes > MAX_HEAD {
            return Err(bad("request head too large or cut short"));
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        let (k, v) = l.split_once(':').ok_or_else(|| bad("malformed header"))?;
        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
    }
    let get = |name: &str| headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let connection = get("connection").unwrap_or_default().to_ascii_lowercase();
    let keep_alive = if http10 { connection.contains("keep-alive") } else { !connection.contains("close") };
    if get("expect").is_some_and(|e| e.eq_ignore_ascii_case("100-continue")) {
        conn.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
        conn.flush()?;
    }
    let chunked = get("transfer-encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
    let body = if chunked {
        read_chunked(conn)?
    } else {
        let len: usize = get("content-length").map(|v| v.parse().map_err(|_| bad("bad Content-Length"))).transpose()?.unwrap_or(0);
        if len > MAX_BODY {
            return Err(bad("body too large"));
        }
        let mut body = vec![0; len];
        conn.read_exact(&mut body)?;
        body
    };
    Ok(Some(HttpRequest { method, path, query, headers, body, keep_alive }))
}

fn read_chunked<S: BufRead>(conn: &mut S) -> io::Result<Vec<u8>> {
    let mut body = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        Read::by_ref(conn).take(1024).read_line(&mut line)?;
        let size_hex = line.trim().split(';').next().unwrap_or_default();
        let size = usize::from_str_radix(size_hex, 16).map_err(|_| bad("bad chunk size"))?;
        if body.len() + size > MAX_BODY {
            return Err(bad("body too large"));
        }
        if size == 0 {
            // Trailers, up to the blank line.
            loop {
                line.clear();
                if Read::by_ref(conn).take(8192).read_line(&mut line)? == 0 || line.trim().is_empty() {
                    return Ok(body);
                }
            }
        }
        let start = body.len();
        body.resize(start + size, 0);
        conn.read_exact(&mut body[start..])?;
        line.clear();
        Read::by_ref(conn).take(2).read_line(&mut line)?;
    }
}

/// Writes an answer in one write; returns whether the connection may stay open.
pub fn write_response<W: Write>(w: &mut W, resp: &HttpResponse, keep_alive: bool) -> io::Result<bool> {
    if resp.after == After::Drop {
        return Ok(false);
    }
    let keep = keep_alive && resp.after == After::Normal;
    let mut out = Vec::with_capacity(resp.body.len() + 256);
    write!(out, "HTTP/1.1 {} {}\r\n", resp.status, reason(resp.status))?;
    if !resp.content_type.is_empty() {
        write!(out, "Content-Type: {}\r\n", resp.content_type)?;
    }
    write!(out, "Content-Length: {}\r\n", resp.body.len())?;
    for (k, v) in &resp.headers {
        write!(out, "{k}: {v}\r\n")?;
    }
    if !keep {
        out.extend_from_slice(b"Connection: close\r\n");
    }
    out.extend_from_slice(b"\r\n");
    let body = if resp.after == After::Truncate { &resp.body[..resp.body.len() / 2] } else { &resp.body[..] };
    out.extend_from_slice(body);
    w.write_all(&out)?;
    w.flush()?;
    Ok(keep)
}

fn decode_query(s: &str) -> String {
    percent_decode_str(&s.replace('+', " ")).decode_utf8_lossy().into_owned()
}

fn bad(msg: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg.to_owned())
}

/// The reason phrase of a status this emulator answers.
fn reason(status: u16) -> &'static str {
    match status {
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
        415 => "Unsupported Media Type",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Unknown",
    }
}
