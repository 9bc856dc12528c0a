//! Apply through `/Bulk`: the server's limits, chunks, resuming after a failed operation.

use std::collections::{HashMap, VecDeque};

use super::{Op, Run};
use crate::sync::journal::JournalWriter;
use crate::client::Client;
use crate::error::{Error, Result};
use crate::http::error_body::error_from_response;
use crate::model::{BulkOperation, BulkRequest, Group, User};

impl Client {

    /// The server's bulk limits (operations, payload bytes), if it offers bulk. A server
    /// without discovery (400, 404, 405, 501, an unreadable document) gets single calls; any
    /// other failure (401, 403, 5xx, transport) is the apply's error, before anything is sent.
    pub(super) fn bulk_limits(&self) -> Result<Option<(usize, usize)>> {
        let spc = match self.service_provider_config() {
            Ok(spc) => spc,
            Err(e) if no_discovery(&e) => return Ok(None),
            Err(e) => return Err(e.context("cannot read /ServiceProviderConfig to plan bulk requests")),
        };
        let Some((ops, payload)) = spc.bulk_limits() else { return Ok(None) };
        let ops = ops.map_or(100, |n| n as usize).max(1);
        let payload = payload.map_or(1_048_576, |n| n as usize).max(1024);
        Ok(Some((ops, payload)))
    }
}


/// Whether a discovery error only says that the server has no usable discovery document.
fn no_discovery(e: &Error) -> bool {
    use crate::error::ErrorKind as K;
    match e.kind() {
        K::BadRequest | K::NotFound | K::Decode => true,
        K::Http => matches!(e.status, Some(405 | 501)),
        K::Server => e.status == Some(501),
        K::Validation
        | K::Config
        | K::Unauthorized
        | K::Forbidden
        | K::Conflict
        | K::PreconditionFailed
        | K::RateLimited
        | K::Transport
        | K::Cancelled
        | K::Internal => false,
    }
}

impl Run<'_> {

    /// The id of what a successful bulk operation touched. A create answered without a
    /// `location` is looked up by name, so that later memberships can still find it.
    fn bulk_created_id(&self, op: &Op<'_>, location_id: Option<&str>) -> Result<Option<String>> {
        if let Some(id) = location_id {
            return Ok(Some(id.to_owned()));
        }
        let found = match op {
            Op::CreateUser(u) => self.client.find_by_name::<User>(&u.user_name)?.and_then(|u| u.id),
            Op::CreateGroup(g) => self.client.find_by_name::<Group>(&g.display_name)?.and_then(|g| g.id),
            _ => return Ok(None),
        };
        found.map(Some).ok_or_else(|| Error::decode("the bulk response says created, without a location, and the resource cannot be found by name"))
    }


    /// Runs operations through `/Bulk`, chunked to the server's limits; after a failure the
    /// server stops, and the rest is sent again in the next request.
    pub(super) fn bulk(&self, phase: &str, ops: Vec<Op<'_>>) {
        let (max_ops, max_payload) = self.bulk_limit.unwrap_or((100, 1_048_576));
        let max_ops = max_ops.min(self.options.bulk_max_operations.max(1));
        let mut pending: VecDeque<(usize, Op<'_>)> = ops.into_iter().enumerate().collect();
        while !pending.is_empty() {
            let mut chunk: Vec<(usize, Op<'_>, BulkOperation)> = Vec::new();
            let mut size = 256;
            while let Some((i, op)) = pending.pop_front() {
                let Some(b) = op.bulk(format!("op{i}")) else { continue };
                let bytes = serde_json::to_vec(&b).map_or(0, |v| v.len()) + 1;
                if !chunk.is_empty() && (chunk.len() >= max_ops || size + bytes > max_payload * 9 / 10) {
                    pending.push_front((i, op));
                    break;
                }
                size += bytes;
                chunk.push((i, op, b));
            }
            if let Err(cancelled) = self.client.poll_cancelled() {
                let rest = chunk.into_iter().map(|(_, op, _)| op).chain(pending.drain(..).map(|(_, op)| op));
                for op in rest {
                    self.finish(phase, &op, Err(cancelled.clone()));
                }
                break;
            }
            // What the journal cannot record durably is not sent: the request's start records
            // are appended, then made durable together.
            let (recorded, unrecorded): (Vec<_>, Vec<_>) = chunk.into_iter().map(|c| {
                let r = self.announce(&c.1);
                (c, r)
            }).partition(|(_, r)| r.is_ok());
            for ((_, op, _), r) in unrecorded {
                self.finish(phase, &op, r.map(|()| None));
            }
            let mut chunk: Vec<(usize, Op<'_>, BulkOperation)> = recorded.into_iter().map(|(c, _)| c).collect();
            if let Some(Err(e)) = self.journal.as_ref().map(JournalWriter::sync) {
                for (_, op, _) in chunk.drain(..) {
                    self.finish(phase, &op, Err(e.clone()));
                }
            }
            if chunk.is_empty() {
                continue;
            }
            let request = BulkRequest { operations: chunk.iter().map(|(_, _, b)| b.clone()).collect(), ..Default::default() };
            let response = match self.client.bulk(&request) {
                Ok(r) => r,
                Err(e) => {
                    // The whole request failed: its operations may or may not have run.
                    for (_, op, _) in &chunk {
                        let mut err = e.clone();
                        err.set_message(format!("{} (bulk request failed; plan again to see what was done)", e));
                        self.finish(phase, op, Err(err));
                    }
                    continue;
                }
            };
            let mut by_id: HashMap<String, &crate::model::BulkOperationResponse> = HashMap::new();
            for (n, r) in response.operations.iter().enumerate() {
                let key = r.bulk_id.clone().or_else(|| chunk.get(n).map(|(i, _, _)| format!("op{i}")));
                if let Some(k) = key {
                    by_id.insert(k, r);
                }
            }
            let mut stopped = false;
            let mut ran = 0;
            for (i, op, _) in chunk.iter().cloned() {
                match by_id.get(&format!("op{i}")) {
                    Some(r) if r.is_success() => {
                        ran += 1;
                        let outcome = self.bulk_created_id(&op, r.resource_id());
                        if let Ok(id) = &outcome {
                            match &op {
                                Op::CreateUser(u) => self.remember_user(&u.user_name, id.clone()),
                                Op::CreateGroup(g) => self.remember_group(&g.display_name, id.clone()),
                                _ => {}
                            }
                        }
                        self.finish(phase, &op, outcome);
                    }
                    Some(r) => {
                        ran += 1;
                        stopped = true;
                        let body = r.response.as_ref().map(|v| serde_json::to_vec(v).unwrap_or_default()).unwrap_or_default();
                        self.finish(phase, &op, Err(error_from_response(r.status_code().unwrap_or(0), &body, None, None)));
                    }
                    None if stopped || ran > 0 => pending.push_back((i, op)),
                    None => {
                        self.finish(phase, &op, Err(Error::decode("the bulk response does not mention this operation")));
                    }
                }
            }
            // Resumed operations keep their order ahead of the rest.
            if stopped {
                let mut resumed: Vec<_> = pending.drain(..).collect();
                resumed.sort_by_key(|(i, _)| *i);
                pending.extend(resumed);
            }
        }
    }
}
