//! The Node addon of celonis-scim: thin conversions over the Rust core. Every call that does
//! I/O runs on the libuv thread pool and returns a Promise.

// Core errors are large and rare: clippy's result_large_err does not pay here.
#![allow(clippy::result_large_err)]
// The unit tests (of the casing) build the crate without napi's registration of the exports.
#![cfg_attr(test, allow(dead_code))]

mod casing;
mod client;
mod convert;
mod emulator;
mod errors;
mod iter;
mod logging;
mod pool;
mod settle;
mod sync;
mod task;
