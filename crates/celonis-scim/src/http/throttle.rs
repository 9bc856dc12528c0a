//! How often the server said "too many requests" (429) to calls made on this thread, so that
//! work spread over threads (an apply) can adapt how much it sends at once.

use std::cell::Cell;

thread_local! {
    static THROTTLED: Cell<u64> = const { Cell::new(0) };
}

/// Counts one 429 answer to a call of this thread.
pub(crate) fn record() {
    THROTTLED.with(|t| t.set(t.get() + 1));
}

/// 429 answers to calls of this thread so far.
pub(crate) fn count() -> u64 {
    THROTTLED.with(Cell::get)
}
