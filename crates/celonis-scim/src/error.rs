//! The one error type of the crate: a stable [`ErrorKind`] plus everything the server said.

use std::fmt;
use std::time::Duration;

/// What went wrong, as a closed set of kinds with stable string codes.
///
/// Bindings map this enum with one exhaustive `match` (no `_` arm), so adding a kind
/// breaks every binding's build until each decides what to do with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The client refused to send: a rule of the SCIM schema or of Celonis is broken.
    Validation,
    /// The client configuration is unusable (bad URL, no or two auth methods, bad PEM...).
    Config,
    /// The server answered 400.
    BadRequest,
    /// The server answered 401.
    Unauthorized,
    /// The server answered 403.
    Forbidden,
    /// The server answered 404.
    NotFound,
    /// The server answered 409.
    Conflict,
    /// The server answered 412.
    PreconditionFailed,
    /// The server answered 429 and the retries ran out.
    RateLimited,
    /// The server answered 5xx and the retries ran out.
    Server,
    /// The server answered with any other unexpected status.
    Http,
    /// Connecting, TLS, a timeout or a broken connection.
    Transport,
    /// An answer that is not the JSON/SCIM document it should be.
    Decode,
    /// The call was cancelled through its [`crate::CancelToken`] (Ctrl-C, an `AbortSignal`,
    /// `cscim_cancel`).
    Cancelled,
    /// A bug inside celonis-scim, caught before it could crash the caller (a panic).
    Internal,
}

impl ErrorKind {
    /// Every kind, in declaration order (for tests and documentation).
    pub const ALL: [ErrorKind; 15] = [
        ErrorKind::Validation,
        ErrorKind::Config,
        ErrorKind::BadRequest,
        ErrorKind::Unauthorized,
        ErrorKind::Forbidden,
        ErrorKind::NotFound,
        ErrorKind::Conflict,
        ErrorKind::PreconditionFailed,
        ErrorKind::RateLimited,
        ErrorKind::Server,
        ErrorKind::Http,
        ErrorKind::Transport,
        ErrorKind::Decode,
        ErrorKind::Cancelled,
        ErrorKind::Internal,
    ];

    /// The stable code of this kind, as documented in docs/api.md (`"not_found"`, ...).
    pub const fn code(self) -> &'static str {
        match self {
            ErrorKind::Validation => "validation",
            ErrorKind::Config => "config",
            ErrorKind::BadRequest => "bad_request",
            ErrorKind::Unauthorized => "unauthorized",
            ErrorKind::Forbidden => "forbidden",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Conflict => "conflict",
            ErrorKind::PreconditionFailed => "precondition_failed",
            ErrorKind::RateLimited => "rate_limited",
            ErrorKind::Server => "server",
            ErrorKind::Http => "http",
            ErrorKind::Transport => "transport",
            ErrorKind::Decode => "decode",
            ErrorKind::Cancelled => "cancelled",
            ErrorKind::Internal => "internal",
        }
    }

    /// The kind an HTTP error status maps to.
    pub const fn from_status(status: u16) -> ErrorKind {
        match status {
            400 => ErrorKind::BadRequest,
            401 => ErrorKind::Unauthorized,
            403 => ErrorKind::Forbidden,
            404 => ErrorKind::NotFound,
            409 => ErrorKind::Conflict,
            412 => ErrorKind::PreconditionFailed,
            429 => ErrorKind::RateLimited,
            500..=599 => ErrorKind::Server,
            _ => ErrorKind::Http,
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An error from the client, with every detail the server gave.
///
/// Messages never contain tokens, secrets or the `Authorization` header.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    /// The HTTP status, when the server answered.
    pub status: Option<u16>,
    /// The SCIM `scimType` (`uniqueness`, `invalidValue`, ...); for validation errors, the rule.
    pub scim_type: Option<String>,
    /// The server's `detail` text.
    pub detail: Option<String>,
    /// The vendor's own error code (`LIMIT_RATE_EXCEEDED`, ...).
    pub error_code: Option<String>,
    /// The error or request id to quote to support.
    pub support_id: Option<String>,
    /// How long the server asked the client to wait before trying again.
    pub retry_after: Option<Duration>,
    /// For validation errors: the attribute that broke the rule (`userName`, `emails`, ...).
    pub attribute: Option<String>,
}

impl Error {
    /// A new error of `kind` with a message and no other detail.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            status: None,
            scim_type: None,
            detail: None,
            error_code: None,
            support_id: None,
            retry_after: None,
            attribute: None,
        }
    }

    /// A validation error naming the attribute and the rule it broke.
    pub fn validation(attribute: &str, rule: &str, message: impl Into<String>) -> Self {
        let mut e = Error::new(ErrorKind::Validation, message);
        e.attribute = Some(attribute.to_owned());
        e.scim_type = Some(rule.to_owned());
        e
    }

    /// A configuration error.
    pub fn config(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Config, message)
    }

    /// An answer that could not be decoded.
    pub fn decode(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Decode, message)
    }

    /// A transport failure (connect, TLS, timeout, broken connection).
    pub fn transport(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Transport, message)
    }

    /// The error a binding reports for a panic it caught: a bug, named as one.
    pub fn internal(what: &str) -> Self {
        Error::new(ErrorKind::Internal, format!("internal error in celonis-scim (a bug, please report it): {what}"))
    }

    /// The kind of this error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The stable code of this error's kind.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The human-readable message.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Replaces the message.
    pub(crate) fn set_message(&mut self, message: String) {
        self.message = message;
    }

    /// This error with its kind replaced (used when retries run out).
    pub(crate) fn with_kind(mut self, kind: ErrorKind) -> Self {
        self.kind = kind;
        self
    }

    /// This error with a prefix added to its message (for example the bulk operation it came from).
    pub fn context(mut self, prefix: &str) -> Self {
        self.message = format!("{prefix}: {}", self.message);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some(status) = self.status {
            write!(f, " (HTTP {status}")?;
            if let Some(t) = &self.scim_type {
                write!(f, ", scimType {t}")?;
            }
            if let Some(c) = &self.error_code {
                write!(f, ", errorCode {c}")?;
            }
            if let Some(id) = &self.support_id {
                write!(f, ", support id {id}")?;
            }
            f.write_str(")")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// The result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
