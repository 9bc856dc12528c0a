//! The core's own threads for blocking calls made on behalf of an event loop (Node's, or
//! Python's asyncio).
//!
//! An event loop's shared pool is not the place for them: libuv's has four threads by default
//! and Node's file system, DNS and zlib work queue on it, and asyncio's default executor is
//! the one user code needs; a call that waits out a rate limit (up to the retry deadline) must
//! not hold one. Calls run on a [`Pool`] instead: a thread is started whenever no thread is
//! idle (up to the pool's limit; past that, calls wait in order), and idle threads end after
//! `IDLE`. The event loop starts at most one thread at a time; a burst of calls is served by
//! threads starting each other.

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

/// How long an idle thread waits for work before it ends.
const IDLE: Duration = Duration::from_secs(30);

/// A unit of work for a pool.
pub type Job = Box<dyn FnOnce() + Send>;

/// Threads for blocking calls, started on demand up to a limit. Made once, as a `static`.
pub struct Pool {
    name: &'static str,
    max_threads: usize,
    state: Mutex<State>,
    work: Condvar,
}

struct State {
    queue: VecDeque<Job>,
    threads: usize,
    idle: usize,
    /// A thread is being started: the event loop starts at most one at a time; each new
    /// thread starts the next one while calls still wait (see [`Pool::worker`]).
    starting: bool,
}

impl Pool {
    /// A pool whose threads are called `name`, at most `max_threads` of them at once.
    pub const fn new(name: &'static str, max_threads: usize) -> Self {
        Pool { name, max_threads, state: Mutex::new(State { queue: VecDeque::new(), threads: 0, idle: 0, starting: false }), work: Condvar::new() }
    }

    /// Runs `job` on one of the pool's threads. A panic that escapes it is caught there and
    /// dropped: a job reports its own failures.
    pub fn submit(&'static self, job: Job) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.queue.push_back(job);
        if state.idle > 0 {
            self.work.notify_one();
            return;
        }
        self.start_thread(state);
    }

    /// Starts one more thread when none is starting and the limit allows; waiting calls are
    /// taken by running threads otherwise.
    fn start_thread(&'static self, mut state: MutexGuard<'_, State>) {
        if state.starting || state.threads >= self.max_threads {
            return;
        }
        state.starting = true;
        state.threads += 1;
        drop(state);
        if std::thread::Builder::new().name(self.name.into()).spawn(|| self.worker()).is_err() {
            let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
            state.starting = false;
            state.threads -= 1;
        }
    }

    fn worker(&'static self) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.starting = false;
        loop {
            if let Some(job) = state.queue.pop_front() {
                if !state.queue.is_empty() && state.idle == 0 {
                    // More calls wait than threads are free: start the next thread from here,
                    // off the event loop.
                    self.start_thread(state);
                } else {
                    drop(state);
                }
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                state = self.state.lock().unwrap_or_else(|p| p.into_inner());
                continue;
            }
            state.idle += 1;
            let (next, timeout) = self.work.wait_timeout(state, IDLE).unwrap_or_else(|p| p.into_inner());
            state = next;
            state.idle -= 1;
            if timeout.timed_out() && state.queue.is_empty() {
                state.threads -= 1;
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::mpsc;

    #[test]
    fn every_job_runs_within_the_limit_and_a_panic_is_contained() {
        static POOL: Pool = Pool::new("test-pool", 3);
        static RUNNING: AtomicUsize = AtomicUsize::new(0);
        static MOST: AtomicUsize = AtomicUsize::new(0);
        let (done, finished) = mpsc::channel();
        POOL.submit(Box::new(|| panic!("a job that panics")));
        for _ in 0..20 {
            let done = done.clone();
            POOL.submit(Box::new(move || {
                let now = RUNNING.fetch_add(1, Ordering::SeqCst) + 1;
                MOST.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(5));
                RUNNING.fetch_sub(1, Ordering::SeqCst);
                let _ = done.send(());
            }));
        }
        for _ in 0..20 {
            finished.recv_timeout(Duration::from_secs(10)).expect("every job runs");
        }
        assert!(MOST.load(Ordering::SeqCst) <= 3, "at most the limit at once");
    }
}
