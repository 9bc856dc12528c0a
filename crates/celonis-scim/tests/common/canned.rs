//! A real HTTP server on loopback whose answers a test scripts, for servers that misbehave
//! in ways the emulator never does (short, empty or repeated pages).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::thread;

/// Answers `(status, body)` for a request target (path and query).
pub type Script = dyn Fn(&str) -> (u16, String) + Send + Sync;

/// Starts the server; returns its base URL (`http://127.0.0.1:PORT/scim/v2`).
pub fn serve(script: Arc<Script>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let script = Arc::clone(&script);
            thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut writer = stream;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let target = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
                    loop {
                        let mut h = String::new();
                        if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                            break;
                        }
                    }
                    let (status, body) = script(&target);
                    let head = format!("HTTP/1.1 {status} X\r\nContent-Type: application/scim+json\r\nContent-Length: {}\r\n\r\n", body.len());
                    if writer.write_all(head.as_bytes()).and_then(|_| writer.write_all(body.as_bytes())).is_err() {
                        return;
                    }
                }
            });
        }
    });
    format!("http://{addr}/scim/v2")
}

/// The value of a query parameter in a request target.
pub fn param(target: &str, name: &str) -> Option<u64> {
    target.split_once('?')?.1.split('&').find_map(|p| p.strip_prefix(&format!("{name}="))?.parse().ok())
}
