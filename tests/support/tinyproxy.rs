//! A real forward proxy for tests: Debian's tinyproxy on a free loopback port, with a
//! configuration of the test's choosing (credentials, ports it refuses), its log read back to
//! see what went through it. `scripts/test` installs tinyproxy. Stopped when dropped.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running tinyproxy.
pub struct Tinyproxy {
    child: Child,
    dir: PathBuf,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
}

/// How the proxy behaves.
#[derive(Default)]
pub struct ProxyRules<'a> {
    /// `(user, password)` it requires (407 otherwise).
    pub basic_auth: Option<(&'a str, &'a str)>,
    /// The only port it opens tunnels to (403 for others).
    pub only_port: Option<u16>,
}

impl Tinyproxy {
    /// Starts one and waits until it listens.
    pub fn start(rules: ProxyRules<'_>) -> Tinyproxy {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let dir = std::env::temp_dir().join(format!("cscim-tinyproxy-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut conf = format!(
            "Port {port}\nListen 127.0.0.1\nTimeout 30\nMaxClients 50\nLogLevel Connect\nLogFile \"{}\"\nPidFile \"{}\"\n",
            dir.join("log").display(),
            dir.join("pid").display()
        );
        if let Some((user, password)) = rules.basic_auth {
            conf.push_str(&format!("BasicAuth {user} {password}\n"));
        }
        if let Some(p) = rules.only_port {
            conf.push_str(&format!("ConnectPort {p}\n"));
        }
        std::fs::write(dir.join("conf"), conf).unwrap();
        let exe = ["/usr/bin/tinyproxy", "/usr/sbin/tinyproxy"].into_iter().find(|p| std::path::Path::new(p).exists()).expect("tinyproxy is not installed: scripts/test installs it (apt-get install tinyproxy)");
        let child = Command::new(exe).arg("-d").arg("-c").arg(dir.join("conf")).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "tinyproxy did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
        Tinyproxy { child, dir, url: format!("http://127.0.0.1:{port}") }
    }

    /// How many tunnels (CONNECTs) it was asked to open to `port`.
    pub fn tunnels_to(&self, port: u16) -> usize {
        let log = std::fs::read_to_string(self.dir.join("log")).unwrap_or_default();
        log.lines().filter(|l| l.contains("CONNECT") && l.contains(&format!(":{port}"))).count()
    }
}

impl Drop for Tinyproxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
