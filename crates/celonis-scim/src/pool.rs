//! The core's own threads for blocking calls made on behalf of an event loop (Node's, or
//! Python's asyncio).
//!
//! An event loop's shared pool is not the place for them: libuv's has four threads by default
//! and Node's file system, DNS and zlib work queue on it, and asyncio's default executor is
//! the one user code needs; a call that waits out a rate limit (up to the retry deadline) must
//! not hold one. Calls run here instead: a thread is started whenever no thread is idle (up to
//! [`MAX_THREADS`]; past that, calls wait in order), and idle threads end after [`IDLE`]. The
//! event loop starts at most one thread at a time; a burst of calls is served by threads
//! starting each other.

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock};
use std::time::Duration;

/// The most threads running calls at once: enough for many calls waiting out rate limits,
/// few enough that a burst of quick calls does not drown two cores in threads (measured:
/// 2,000 calls in flight took 1 s with 256 threads, 80 ms with 32).
const MAX_THREADS: usize = 32;
/// How long an idle thread waits for work before it ends.
const IDLE: Duration = Duration::from_secs(30);

/// A unit of work for the pool.
pub type Job = Box<dyn FnOnce() + Send>;

#[derive(Default)]
struct Pool {
    state: Mutex<State>,
    work: Condvar,
}

#[derive(Default)]
struct State {
    queue: VecDeque<Job>,
    threads: usize,
    idle: usize,
    /// A thread is being started: the event loop starts at most one at a time; each new
    /// thread starts the next one while calls still wait (see [`worker`]).
    starting: bool,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(Pool::default)
}

/// Runs `job` on one of the pool's threads. A panic that escapes it is caught there and
/// dropped: a job reports its own failures.
pub fn submit(job: Job) {
    let pool = pool();
    let mut state = pool.state.lock().unwrap_or_else(|p| p.into_inner());
    state.queue.push_back(job);
    if state.idle > 0 {
        pool.work.notify_one();
        return;
    }
    start_thread(state);
}

/// Starts one more thread when none is starting and the limit allows; waiting calls are
/// taken by running threads otherwise.
fn start_thread(mut state: MutexGuard<'_, State>) {
    if state.starting || state.threads >= MAX_THREADS {
        return;
    }
    state.starting = true;
    state.threads += 1;
    drop(state);
    if std::thread::Builder::new().name("celonis-scim-call".into()).spawn(worker).is_err() {
        let mut state = pool().state.lock().unwrap_or_else(|p| p.into_inner());
        state.starting = false;
        state.threads -= 1;
    }
}

fn worker() {
    let pool = pool();
    let mut state = pool.state.lock().unwrap_or_else(|p| p.into_inner());
    state.starting = false;
    loop {
        if let Some(job) = state.queue.pop_front() {
            if !state.queue.is_empty() && state.idle == 0 {
                // More calls wait than threads are free: start the next thread from here,
                // off the event loop.
                start_thread(state);
            } else {
                drop(state);
            }
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
            state = pool.state.lock().unwrap_or_else(|p| p.into_inner());
            continue;
        }
        state.idle += 1;
        let (next, timeout) = pool.work.wait_timeout(state, IDLE).unwrap_or_else(|p| p.into_inner());
        state = next;
        state.idle -= 1;
        if timeout.timed_out() && state.queue.is_empty() {
            state.threads -= 1;
            return;
        }
    }
}
