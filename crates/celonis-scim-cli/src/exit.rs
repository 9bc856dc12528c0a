//! Exit codes: one per error kind, so that scripts can tell failures apart.

use celonis_scim::ErrorKind;

/// The command line is not one the tool takes (clap's convention).
pub const USAGE: u8 = 2;
/// `plan --detailed-exitcode`: changes are pending.
pub const DETAILED_PENDING: u8 = 2;
/// `--detailed-exitcode`: any error, of any kind.
pub const DETAILED_ERROR: u8 = 1;
/// Input or output on the local machine failed (a file could not be read).
pub const IO: u8 = 21;
/// `apply` finished, but some operations failed (the report says which).
pub const PARTIAL: u8 = 5;
/// `apply` was not confirmed.
pub const DECLINED: u8 = 6;
/// `--all-teams`: one team or more failed (the summary says which).
pub const TEAMS_FAILED: u8 = 8;

/// The exit code of an error kind.
pub fn code(kind: ErrorKind) -> u8 {
    match kind {
        ErrorKind::Config => 3,
        ErrorKind::Validation => 4,
        ErrorKind::BadRequest => 10,
        ErrorKind::Unauthorized => 11,
        ErrorKind::Forbidden => 12,
        ErrorKind::NotFound => 13,
        ErrorKind::Conflict => 14,
        ErrorKind::PreconditionFailed => 15,
        ErrorKind::RateLimited => 16,
        ErrorKind::Server => 17,
        ErrorKind::Http => 18,
        ErrorKind::Transport => 19,
        ErrorKind::Decode => 20,
        // The shell's convention for a command stopped by SIGINT.
        ErrorKind::Cancelled => 130,
        // sysexits' EX_SOFTWARE: a bug.
        ErrorKind::Internal => 70,
    }
}
