//! The status every fallible function returns, one per error kind plus the C-only ones.

use celonis_scim::ErrorKind;

/// The outcome of a call: `CSCIM_OK`, or why it failed (the kinds of docs/api.md, plus
/// `CSCIM_INVALID_ARGUMENT` for NULL pointers and invalid UTF-8, and `CSCIM_INTERNAL` for a
/// bug caught at the boundary).
#[repr(C)]
#[allow(non_camel_case_types)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum cscim_status {
    /// Success.
    CSCIM_OK = 0,
    /// A NULL pointer where a value is required, or a string that is not UTF-8.
    CSCIM_INVALID_ARGUMENT = 1,
    /// A bug inside the library, caught before it could reach the caller.
    CSCIM_INTERNAL = 2,
    /// The client refused to send: a rule of the schema or of Celonis is broken.
    CSCIM_VALIDATION = 10,
    /// Bad client configuration.
    CSCIM_CONFIG = 11,
    /// The server answered 400.
    CSCIM_BAD_REQUEST = 12,
    /// The server answered 401.
    CSCIM_UNAUTHORIZED = 13,
    /// The server answered 403.
    CSCIM_FORBIDDEN = 14,
    /// The server answered 404.
    CSCIM_NOT_FOUND = 15,
    /// The server answered 409.
    CSCIM_CONFLICT = 16,
    /// The server answered 412.
    CSCIM_PRECONDITION_FAILED = 17,
    /// The server answered 429 and the retries ran out.
    CSCIM_RATE_LIMITED = 18,
    /// The server answered 5xx and the retries ran out.
    CSCIM_SERVER = 19,
    /// The server answered with another unexpected status.
    CSCIM_HTTP = 20,
    /// Connecting, TLS, a timeout or a broken connection.
    CSCIM_TRANSPORT = 21,
    /// An answer that is not the JSON/SCIM document it should be.
    CSCIM_DECODE = 22,
    /// The call was cancelled with `cscim_cancel`.
    CSCIM_CANCELLED = 23,
}

/// The status of a core error kind: the one exhaustive mapping.
pub fn of_kind(kind: ErrorKind) -> cscim_status {
    match kind {
        ErrorKind::Validation => cscim_status::CSCIM_VALIDATION,
        ErrorKind::Config => cscim_status::CSCIM_CONFIG,
        ErrorKind::BadRequest => cscim_status::CSCIM_BAD_REQUEST,
        ErrorKind::Unauthorized => cscim_status::CSCIM_UNAUTHORIZED,
        ErrorKind::Forbidden => cscim_status::CSCIM_FORBIDDEN,
        ErrorKind::NotFound => cscim_status::CSCIM_NOT_FOUND,
        ErrorKind::Conflict => cscim_status::CSCIM_CONFLICT,
        ErrorKind::PreconditionFailed => cscim_status::CSCIM_PRECONDITION_FAILED,
        ErrorKind::RateLimited => cscim_status::CSCIM_RATE_LIMITED,
        ErrorKind::Server => cscim_status::CSCIM_SERVER,
        ErrorKind::Http => cscim_status::CSCIM_HTTP,
        ErrorKind::Transport => cscim_status::CSCIM_TRANSPORT,
        ErrorKind::Decode => cscim_status::CSCIM_DECODE,
        ErrorKind::Cancelled => cscim_status::CSCIM_CANCELLED,
        ErrorKind::Internal => cscim_status::CSCIM_INTERNAL,
    }
}
