//! The Node addon of celonis-scim: thin conversions over the Rust core. Every call that does
//! I/O runs on the libuv thread pool and returns a Promise.

// Core errors are large and rare: clippy's result_large_err does not pay here.
#![allow(clippy::result_large_err)]

mod casing;
mod client;
mod convert;
mod emulator;
mod errors;
mod iter;
mod job;
mod logging;
mod settle;
mod sync;
mod task;
