//! Settling Promises from the addon's threads, cheaply: one threadsafe function per Node
//! environment (not one per call), and finished calls queued here and settled in batches (one
//! wake-up of the event loop settles every call that finished meanwhile), so that thousands of
//! calls in flight cost the event loop a queue, not thousands of handles and wake-ups. It keeps
//! the event loop alive only while calls are outstanding, as libuv's own work requests would.

use std::cell::RefCell;
use std::sync::{Arc, Mutex};

use napi::bindgen_prelude::*;
use napi::threadsafe_function::{ThreadsafeCallContext, ThreadsafeFunction, ThreadsafeFunctionCallMode};

/// Work to finish on the JavaScript thread (resolving or rejecting a Promise).
pub type Job = Box<dyn FnOnce(Env) + Send>;

/// Wakes the JavaScript thread to settle what is queued.
type Settler = ThreadsafeFunction<(), (), (), Status, false, true>;

/// The queue of one JavaScript thread, shared with the workers.
struct Shared {
    queue: Mutex<Vec<Job>>,
    settler: Settler,
}

/// This JavaScript thread's queue, and how many calls still have to come back through it.
struct Local {
    shared: Arc<Shared>,
    outstanding: usize,
}

thread_local! {
    static LOCAL: RefCell<Option<Local>> = const { RefCell::new(None) };
}

/// How a worker thread hands a finished call back to the JavaScript thread.
pub struct Handle(Arc<Shared>);

impl Handle {
    /// Runs `job` on the JavaScript thread (soon, in order, batched with others): the first
    /// job queued wakes the thread, the ones queued before it drains ride along.
    pub fn send(self, job: Job) {
        let wake = {
            let mut queue = self.0.queue.lock().unwrap_or_else(|p| p.into_inner());
            queue.push(job);
            queue.len() == 1
        };
        if wake {
            self.0.settler.call((), ThreadsafeFunctionCallMode::NonBlocking);
        }
    }
}

/// Counts one more outstanding call of this JavaScript thread and gives its handle.
pub fn begin(env: &Env) -> Result<Handle> {
    LOCAL.with(|cell| {
        let mut slot = cell.borrow_mut();
        let local = match slot.as_mut() {
            Some(local) => local,
            None => {
                let shared = Shared { queue: Mutex::new(Vec::new()), settler: settler(env)? };
                slot.insert(Local { shared: Arc::new(shared), outstanding: 0 })
            }
        };
        if local.outstanding == 0 {
            // SAFETY: called on the JavaScript thread of `env`, which owns the function.
            check_status!(unsafe { napi::sys::napi_ref_threadsafe_function(env.raw(), local.shared.settler.handle.get_raw()) })?;
        }
        local.outstanding += 1;
        Ok(Handle(Arc::clone(&local.shared)))
    })
}

/// Settles everything queued; when no call is left outstanding, the event loop may end.
fn drain(env: Env) {
    let Some(shared) = LOCAL.with(|cell| cell.borrow().as_ref().map(|l| Arc::clone(&l.shared))) else { return };
    let jobs = std::mem::take(&mut *shared.queue.lock().unwrap_or_else(|p| p.into_inner()));
    let settled = jobs.len();
    for job in jobs {
        job(env);
    }
    LOCAL.with(|cell| {
        if let Some(local) = cell.borrow_mut().as_mut() {
            local.outstanding = local.outstanding.saturating_sub(settled);
            if local.outstanding == 0 {
                // SAFETY: called on the JavaScript thread of `env`, which owns the function.
                let _ = unsafe { napi::sys::napi_unref_threadsafe_function(env.raw(), local.shared.settler.handle.get_raw()) };
            }
        }
    });
}

fn settler(env: &Env) -> Result<Settler> {
    let callee: Function<'_, (), ()> = env.create_function_from_closure("settle", |_| Ok(()))?;
    callee.build_threadsafe_function::<()>().callee_handled::<false>().weak::<true>().build_callback(
        |ctx: ThreadsafeCallContext<()>| {
            drain(ctx.env);
            Ok(())
        },
    )
}
