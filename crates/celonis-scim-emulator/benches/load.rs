//! The emulator's requests per second under a load generator on loopback: N client threads,
//! each with one keep-alive connection, sending `GET /Users/{id}` for a fixed time.
//! Run: `cargo bench -p celonis-scim-emulator --bench load`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use celonis_scim::{Client, ClientConfig, User};
use celonis_scim_emulator::{Emulator, EmulatorConfig};

const SECONDS: u64 = 3;

fn load(emu: &Emulator, id: &str, threads: usize) -> f64 {
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicU64::new(0));
    let request = format!(
        "GET /scim/v2/Users/{id} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {}\r\nAccept: application/scim+json\r\n\r\n",
        emu.token()
    );
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let (stop, done, request) = (Arc::clone(&stop), Arc::clone(&done), request.clone());
            let port = emu.port();
            thread::spawn(move || {
                let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
                stream.set_nodelay(true).unwrap();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut writer = stream;
                let mut line = String::new();
                let mut body = Vec::new();
                while !stop.load(Ordering::Relaxed) {
                    writer.write_all(request.as_bytes()).unwrap();
                    let mut len = 0;
                    loop {
                        line.clear();
                        reader.read_line(&mut line).unwrap();
                        if line == "\r\n" {
                            break;
                        }
                        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                            len = v.trim().parse().unwrap();
                        }
                    }
                    body.resize(len, 0);
                    reader.read_exact(&mut body).unwrap();
                    done.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    let t = Instant::now();
    thread::sleep(Duration::from_secs(SECONDS));
    stop.store(true, Ordering::Relaxed);
    for h in handles {
        h.join().unwrap();
    }
    done.load(Ordering::Relaxed) as f64 / t.elapsed().as_secs_f64()
}

fn main() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let client = Client::new(ClientConfig::bearer(emu.url(), emu.token())).unwrap();
    let id = client.create_user(&User::new("load@example.com")).unwrap().id.unwrap();
    for i in 0..1000 {
        client.create_user(&User::new(format!("filler{i}@example.com"))).unwrap();
    }
    println!("emulator GET /Users/{{id}}, keep-alive connections, {SECONDS} s each");
    for threads in [1, 2, 4, 8] {
        println!("  {threads} connection(s): {:>9.0} req/s", load(&emu, &id, threads));
    }
}
