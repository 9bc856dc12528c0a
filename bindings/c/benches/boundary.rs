//! The cost of the JSON boundary: `get_user` requests/s through the C API (JSON text in and
//! out, C strings, the panic guard) against the Rust client directly, same emulator, same run.
//! Run: `cargo bench -p celonis-scim-c --bench boundary`.

use std::ffi::{CStr, CString, c_char};
use std::ptr;
use std::time::Instant;

use celonis_scim::{Client, ClientConfig, Projection, User};
use celonis_scim_c::client::{cscim_client, cscim_client_free, cscim_client_new, cscim_get_user};
use celonis_scim_c::guard::cscim_string_free;
use celonis_scim_c::status::cscim_status;
use celonis_scim_emulator::{Emulator, EmulatorConfig};

const REQUESTS: usize = 3000;
const ROUNDS: usize = 7;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let emu = Emulator::start(EmulatorConfig::default()).unwrap();
    let rust = Client::new(ClientConfig::bearer(emu.url(), emu.token())).unwrap();
    let id = rust.create_user(&User::new("bench@example.com")).unwrap().id.unwrap();
    let config = CString::new(format!(r#"{{"base_url": "{}", "token": "{}"}}"#, emu.url(), emu.token())).unwrap();
    let mut handle: *mut cscim_client = ptr::null_mut();
    // SAFETY: valid strings and out-pointers; the handle is freed below.
    assert_eq!(unsafe { cscim_client_new(config.as_ptr(), &mut handle, ptr::null_mut()) }, cscim_status::CSCIM_OK);
    let c_id = CString::new(id.clone()).unwrap();

    let rust_round = || {
        let t = Instant::now();
        for _ in 0..REQUESTS {
            assert!(rust.get_user(&id, &Projection::default()).unwrap().id.is_some());
        }
        REQUESTS as f64 / t.elapsed().as_secs_f64()
    };
    let c_round = || {
        let t = Instant::now();
        for _ in 0..REQUESTS {
            let mut out: *mut c_char = ptr::null_mut();
            // SAFETY: live handle, valid strings, out-pointer; the answer is freed right after.
            let status = unsafe { cscim_get_user(handle, c_id.as_ptr(), ptr::null(), &mut out, ptr::null_mut()) };
            assert_eq!(status, cscim_status::CSCIM_OK);
            assert!(!unsafe { CStr::from_ptr(out) }.to_bytes().is_empty());
            unsafe { cscim_string_free(out) };
        }
        REQUESTS as f64 / t.elapsed().as_secs_f64()
    };
    rust_round();
    c_round();
    let (mut r, mut c) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        r.push(rust_round());
        c.push(c_round());
    }
    let (r, c) = (median(r), median(c));
    println!("get_user, {REQUESTS} requests x {ROUNDS} rounds (medians)");
    println!("  Rust client:  {r:>9.0} req/s");
    println!("  C API:        {c:>9.0} req/s");
    println!("  ratio C/Rust: {:>9.2}", c / r);
    // SAFETY: created above, freed once.
    unsafe { cscim_client_free(handle) };
}
