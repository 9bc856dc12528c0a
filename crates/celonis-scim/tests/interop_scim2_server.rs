//! Interoperability with a third-party SCIM server: `scim2-server` from PyPI, run on loopback
//! from the venv that `scripts/test` creates (or the binary named by `SCIM2_SERVER`).
//!
//! `scripts/test` always sets `SCIM2_SERVER`, so there a missing server fails. A plain
//! `cargo test` without `.venv` skips these tests, saying so.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use celonis_scim::model::{BulkOperation, BulkRequest};
use celonis_scim::{Client, ClientConfig, ErrorKind, Group, IterOptions, ListOptions, MultiValue, Projection, Reference, User};
use serde_json::json;

const TOKEN: &str = "interop-token";

/// A running scim2-server, killed on drop.
struct Scim2Server {
    child: Child,
    url: String,
}

impl Drop for Scim2Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The server to run: `SCIM2_SERVER` (which must exist), else the venv's, else none.
fn binary() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SCIM2_SERVER") {
        let p = PathBuf::from(p);
        assert!(p.exists(), "SCIM2_SERVER names {}, which does not exist", p.display());
        return Some(p);
    }
    let venv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../.venv/bin/scim2-server");
    if !venv.exists() {
        eprintln!("skipped: scim2-server not found at {} (scripts/test creates it, or set SCIM2_SERVER)", venv.display());
        return None;
    }
    Some(venv)
}

fn start() -> Option<Scim2Server> {
    let binary = binary()?;
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new(binary)
        .args(["--hostname", "127.0.0.1", "--port", &port.to_string(), "--bearer-token", TOKEN])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("scim2-server starts");
    let server = Scim2Server { child, url: format!("http://127.0.0.1:{port}/v2") };
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "scim2-server did not listen within 30 s");
        std::thread::sleep(Duration::from_millis(100));
    }
    Some(server)
}

fn client(server: &Scim2Server) -> Client {
    Client::new(ClientConfig::bearer(&server.url, TOKEN)).unwrap()
}

#[test]
fn crud_paging_members_and_bulk_against_scim2_server() {
    let Some(server) = start() else { return };
    let c = client(&server);

    // Users: create, get, replace, delete.
    let mut u = User::new("ada@example.com");
    u.display_name = Some("Ada".into());
    u.emails = vec![MultiValue::of("ada@example.com")];
    let created = c.create_user(&u).unwrap();
    let id = created.id.clone().unwrap();
    let got = c.get_user(&id, &Projection::default()).unwrap();
    assert_eq!(got.display_name.as_deref(), Some("Ada"));
    let mut changed = got.clone();
    changed.display_name = Some("Ada Lovelace".into());
    assert_eq!(c.replace_user(&id, &changed).unwrap().display_name.as_deref(), Some("Ada Lovelace"));

    // Paging over several pages.
    for i in 0..11 {
        c.create_user(&User::new(format!("p{i:02}@example.com"))).unwrap();
    }
    let page = c.list_users(&ListOptions { start_index: Some(1), count: Some(5), ..Default::default() }).unwrap();
    assert_eq!((page.total_results, page.resources.len()), (12, 5));
    let all: Vec<User> = c.iter_users(&IterOptions { page_size: Some(5), ..Default::default() }).collect::<Result<_, _>>().unwrap();
    assert_eq!(all.len(), 12);
    let mut ids: Vec<_> = all.iter().map(|u| u.id.clone().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 12, "every user exactly once");

    // Groups and memberships (read, then PUT).
    let gid = c.create_group(&Group { members: vec![Reference::to(&id)], ..Group::new("Interop") }).unwrap().id.unwrap();
    let other = all.iter().find(|u| u.id.as_deref() != Some(id.as_str())).unwrap().id.clone().unwrap();
    let g = c.add_group_members(&gid, &[&other]).unwrap();
    assert_eq!(g.member_ids().count(), 2);
    let g = c.remove_group_members(&gid, &[&id]).unwrap();
    assert_eq!(g.member_ids().collect::<Vec<_>>(), [other.as_str()]);
    assert_eq!(c.iter_groups(&IterOptions::default()).count(), 1);

    // Bulk with a bulkId reference.
    let bulk = BulkRequest {
        operations: vec![
            BulkOperation { method: Some("POST".into()), path: Some("/Users".into()), bulk_id: Some("b1".into()), data: Some(json!({"userName": "bulk@example.com"})), ..Default::default() },
            BulkOperation { method: Some("POST".into()), path: Some("/Groups".into()), bulk_id: Some("g1".into()), data: Some(json!({"displayName": "Bulk", "members": [{"value": "bulkId:b1"}]})), ..Default::default() },
        ],
        ..Default::default()
    };
    let resp = c.bulk(&bulk).unwrap();
    assert!(resp.operations.iter().all(|o| o.is_success()), "{resp:?}");
    let bulk_group = c.get_group(resp.operations[1].resource_id().unwrap(), &Projection::default()).unwrap();
    assert_eq!(bulk_group.member_ids().collect::<Vec<_>>(), [resp.operations[0].resource_id().unwrap()]);

    // Delete, then a typed not-found.
    c.delete_user(&id).unwrap();
    assert_eq!(c.get_user(&id, &Projection::default()).unwrap_err().kind(), ErrorKind::NotFound);
    c.delete_group(&gid).unwrap();

    // Discovery documents parse.
    let spc = c.service_provider_config().unwrap();
    assert!(spc.bulk_limits().is_some());
    assert!(c.resource_types().unwrap().resources.iter().any(|r| r.endpoint.as_deref() == Some("/Users")));
}

#[test]
fn a_wrong_token_is_unauthorized_on_scim2_server() {
    let Some(server) = start() else { return };
    let c = Client::new(ClientConfig::bearer(&server.url, "wrong")).unwrap();
    assert_eq!(c.list_users(&ListOptions::default()).unwrap_err().kind(), ErrorKind::Unauthorized);
}
