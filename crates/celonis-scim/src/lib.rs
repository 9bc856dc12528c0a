//! A blocking SCIM 2.0 client for the Celonis Platform's user-provisioning API.
//!
//! ```no_run
//! use celonis_scim::{Client, ClientConfig, User};
//!
//! let client = Client::new(ClientConfig::bearer(
//!     "https://team.celonis.cloud/api/user-provisioning/scim/v2",
//!     "TOKEN",
//! ))?;
//! let created = client.create_user(&User::new("ada@example.com"))?;
//! for user in client.iter_users(&Default::default()) {
//!     println!("{}", user?.user_name.unwrap_or_default());
//! }
//! client.delete_user(created.id.as_deref().unwrap_or_default())?;
//! # Ok::<(), celonis_scim::Error>(())
//! ```

// The one error type carries everything the server said; it is large, and errors are rare:
// boxing it would cost every caller an indirection for nothing.
#![allow(clippy::result_large_err)]

#![deny(missing_docs)]

pub mod cancel;
pub mod celonis_env;
pub mod client;
pub mod clock;
pub mod config;
pub mod config_file;
pub mod error;
pub mod http;
pub mod model;
pub mod pool;
pub mod private_files;
pub mod sync;
pub mod validate;

pub use cancel::CancelToken;
pub use client::{Client, IterOptions, ListOptions, Projection, ResourceIter};
pub use config::{ClientAuth, ClientConfig, OAuth2Config, Secret, Trust, celonis_base_url};
pub use error::{Error, ErrorKind, Result};
pub use model::*;

/// Aids for the bindings' own tests; not part of the stable API.
#[doc(hidden)]
pub mod testing {
    /// Panics on purpose, so that each binding can show that a panic in the core reaches its
    /// caller as an `internal` error instead of crashing the process.
    pub fn panic_for_tests() -> crate::Result<()> {
        panic!("celonis-scim: a panic on purpose, for a test");
    }
}
