//! Cancellation: one token, honoured by every call of a client that carries it.
//!
//! A [`CancelToken`] is shared between whoever wants to stop the work (a signal handler, an
//! `AbortSignal`, a C caller's other thread) and the client made with
//! [`crate::Client::with_cancel`]. Once cancelled, every call of that client ends with a
//! `cancelled` error: before each attempt, during retry waits, and while waiting for an answer
//! (checked at least every [`POLL_INTERVAL`]). A plan stops between pages; an apply starts no
//! new operation and reports the rest as cancelled.
//!
//! The token a call honours is also set for the calling thread while the call runs, so that
//! the HTTP layer, deep inside ureq, can see it without being handed it.

use std::cell::RefCell;
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::error::{Error, ErrorKind, Result};

/// How often a waiting call looks at its token (and runs its poll function).
pub const POLL_INTERVAL: Duration = Duration::from_millis(100);

/// A function a waiting call runs every [`POLL_INTERVAL`]; `true` cancels (Python uses it to
/// notice Ctrl-C).
pub type PollFn = dyn Fn() -> bool + Send + Sync;

/// A cancellation token. Cloning shares it; cancelling any clone cancels them all.
#[derive(Clone, Default)]
pub struct CancelToken {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    cancelled: AtomicBool,
    lock: Mutex<()>,
    wake: Condvar,
    poll: Option<Box<PollFn>>,
}

impl fmt::Debug for CancelToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CancelToken").field("cancelled", &self.is_cancelled()).finish()
    }
}

impl CancelToken {
    /// A token that is not cancelled.
    pub fn new() -> Self {
        CancelToken::default()
    }

    /// A token that also runs `poll` while a call waits, and is cancelled when it returns
    /// `true`.
    pub fn with_poll(poll: impl Fn() -> bool + Send + Sync + 'static) -> Self {
        CancelToken { inner: Arc::new(Inner { poll: Some(Box::new(poll)), ..Inner::default() }) }
    }

    /// Cancels: every call honouring this token stops as soon as it can. Safe from any thread.
    pub fn cancel(&self) {
        self.inner.cancelled.store(true, Ordering::SeqCst);
        let _guard = self.inner.lock.lock().unwrap_or_else(|p| p.into_inner());
        self.inner.wake.notify_all();
    }

    /// Whether [`Self::cancel`] was called (or the poll function said so).
    pub fn is_cancelled(&self) -> bool {
        self.inner.cancelled.load(Ordering::SeqCst)
    }

    /// Runs the poll function, if any, then tells whether the token is cancelled.
    pub fn poll(&self) -> bool {
        if !self.is_cancelled() && self.inner.poll.as_ref().is_some_and(|p| p()) {
            self.cancel();
        }
        self.is_cancelled()
    }

    /// A `cancelled` error when the token is cancelled.
    pub fn check(&self) -> Result<()> {
        if self.is_cancelled() { Err(cancelled()) } else { Ok(()) }
    }

    /// Sleeps for `wait`, waking early (with a `cancelled` error) when cancelled.
    pub fn sleep(&self, wait: Duration) -> Result<()> {
        let end = Instant::now() + wait.min(Duration::from_secs(86_400 * 365));
        loop {
            if self.poll() {
                return Err(cancelled());
            }
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(());
            }
            let guard = self.inner.lock.lock().unwrap_or_else(|p| p.into_inner());
            if self.is_cancelled() {
                return Err(cancelled());
            }
            let _ = self.inner.wake.wait_timeout(guard, left.min(POLL_INTERVAL)).unwrap_or_else(|p| p.into_inner());
        }
    }
}

/// The error of a cancelled call.
pub fn cancelled() -> Error {
    Error::new(ErrorKind::Cancelled, "the call was cancelled")
}

thread_local! {
    static CURRENT: RefCell<Option<CancelToken>> = const { RefCell::new(None) };
}

/// Runs `f` with `token` as the calling thread's current token (restoring the previous one).
pub(crate) fn scope<R>(token: Option<&CancelToken>, f: impl FnOnce() -> R) -> R {
    let Some(token) = token else { return f() };
    struct Restore(Option<CancelToken>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            CURRENT.with(|c| *c.borrow_mut() = previous);
        }
    }
    let previous = CURRENT.with(|c| c.borrow_mut().replace(token.clone()));
    let _restore = Restore(previous);
    f()
}

/// The calling thread's current token, if a call set one.
pub(crate) fn current() -> Option<CancelToken> {
    CURRENT.with(|c| c.borrow().clone())
}

/// A `cancelled` error when the current token is cancelled.
pub(crate) fn check_current() -> Result<()> {
    current().map_or(Ok(()), |t| t.check())
}

/// Sleeps, honouring the current token.
pub(crate) fn sleep_current(wait: Duration) -> Result<()> {
    match current() {
        Some(t) => t.sleep(wait),
        None => {
            std::thread::sleep(wait);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cancel_wakes_a_sleeper() {
        let token = CancelToken::new();
        let other = token.clone();
        let t = std::thread::spawn(move || other.sleep(Duration::from_secs(3600)));
        std::thread::sleep(Duration::from_millis(20));
        token.cancel();
        assert_eq!(t.join().unwrap().unwrap_err().kind(), ErrorKind::Cancelled);
    }

    #[test]
    fn a_poll_function_cancels() {
        let token = CancelToken::with_poll(|| true);
        assert!(!token.is_cancelled());
        assert!(token.sleep(Duration::from_secs(3600)).is_err());
        assert!(token.is_cancelled());
    }

    #[test]
    fn the_current_token_is_scoped() {
        let token = CancelToken::new();
        token.cancel();
        assert!(check_current().is_ok());
        scope(Some(&token), || assert!(check_current().is_err()));
        assert!(current().is_none());
    }
}
