//! Ctrl-C (SIGINT): the first cancels every call of the command, which then
//! stops cleanly (an apply reports what it did; exit code 130); the second exits at once.

use std::sync::atomic::{AtomicBool, Ordering};

use celonis_scim::CancelToken;

/// Installs the handler; the token it cancels. Without a handler (another one is installed),
/// the token is never cancelled and signals act as the system decides.
pub fn install() -> CancelToken {
    let token = CancelToken::new();
    let stop = token.clone();
    let seen = AtomicBool::new(false);
    let _ = ctrlc::set_handler(move || {
        if seen.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
        crate::stderr::say("warn", "\nstopping (Ctrl-C again to quit at once)...", serde_json::json!({}));
        stop.cancel();
    });
    token
}
