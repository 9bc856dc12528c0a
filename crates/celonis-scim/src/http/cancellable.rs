//! A ureq transport layer that makes waiting for an answer cancellable.
//!
//! ureq blocks in a socket read until data arrives or the timeout passes. This layer splits
//! that wait into slices of [`POLL_INTERVAL`] and, between slices, looks at the calling
//! thread's [`CancelToken`](crate::cancel::CancelToken) (set by the client for the call). A
//! cancelled call stops within one slice; without a token the layer adds nothing.

use std::io;
use std::time::Instant;

use ureq::unversioned::transport::{Buffers, ConnectionDetails, Connector, NextTimeout, Transport};

use crate::cancel::{self, POLL_INTERVAL};

/// Wraps every connection the chain before it made in a [`Cancellable`].
#[derive(Debug, Default)]
pub(crate) struct CancelConnector;

impl<In: Transport> Connector<In> for CancelConnector {
    type Out = Cancellable<In>;

    fn connect(&self, _details: &ConnectionDetails, chained: Option<In>) -> Result<Option<Self::Out>, ureq::Error> {
        Ok(chained.map(|inner| Cancellable { inner }))
    }
}

/// A connection whose reads give up when the current call is cancelled.
#[derive(Debug)]
pub(crate) struct Cancellable<T> {
    inner: T,
}

/// The error a cancelled read ends with; the client turns it into a `cancelled` error.
fn interrupted() -> ureq::Error {
    ureq::Error::Io(io::Error::new(io::ErrorKind::Interrupted, "cancelled"))
}

impl<T: Transport> Transport for Cancellable<T> {
    fn buffers(&mut self) -> &mut dyn Buffers {
        self.inner.buffers()
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        self.inner.transmit_output(amount, timeout)
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        let Some(token) = cancel::current() else { return self.inner.await_input(timeout) };
        let limit = timeout.for_read();
        let started = Instant::now();
        loop {
            if token.poll() {
                return Err(interrupted());
            }
            let left = (!limit.after.is_not_happening()).then(|| limit.after.saturating_sub(started.elapsed()));
            let slice = left.map_or(POLL_INTERVAL, |l| l.min(POLL_INTERVAL));
            let sliced = NextTimeout { after: slice.into(), per_read: Some(slice.into()), ..timeout };
            match self.inner.await_input(sliced) {
                // Only a slice ran out, not the real limit: look at the token and wait on.
                Err(ureq::Error::Timeout(_)) if left.is_none_or(|l| l > slice) => continue,
                Err(ureq::Error::Timeout(_)) => return Err(ureq::Error::Timeout(limit.reason)),
                other => return other,
            }
        }
    }

    fn is_open(&mut self) -> bool {
        self.inner.is_open()
    }

    fn is_tls(&self) -> bool {
        self.inner.is_tls()
    }
}
