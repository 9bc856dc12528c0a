//! Gives the shared library its ABI name, so that programs linked against it record a name
//! that only changes when the ABI may: the SONAME on ELF platforms and the install name on
//! macOS. The ABI part of the version is MAJOR, or 0.MINOR before 1.0 (each 0.x release may
//! break the ABI), as cargo-c does. `scripts/build-c` installs the file under that name.

fn main() {
    let major = std::env::var("CARGO_PKG_VERSION_MAJOR").unwrap_or_default();
    let minor = std::env::var("CARGO_PKG_VERSION_MINOR").unwrap_or_default();
    let abi = if major == "0" { format!("0.{minor}") } else { major };
    match std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default().as_str() {
        "macos" | "ios" => {
            println!("cargo:rustc-cdylib-link-arg=-Wl,-install_name,@rpath/libcelonis_scim.{abi}.dylib");
        }
        "windows" => {}
        _ => println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libcelonis_scim.so.{abi}"),
    }
    println!("cargo:rerun-if-changed=build.rs");
}
