//! The Node addon of celonis-scim: thin conversions over the Rust core. Every call that does
//! I/O runs on the libuv thread pool and returns a Promise.

mod client;
mod convert;
mod emulator;
mod errors;
mod iter;
mod sync;
mod task;
