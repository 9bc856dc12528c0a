//! Carrying out a plan: in dependency order (groups and users before memberships, removals
//! last), through `/Bulk` where the server offers it or single calls with a bounded number in
//! flight, with progress reports. Nothing is dropped silently: every operation ends up in the
//! report as done or failed. Bulk requests stop at the first failure (as Celonis does); the
//! operations after it are resumed in the next request.

mod bulk;
mod gate;
mod report;

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

pub use report::{Done, Failed, Progress, ProgressFn, Report};

use super::journal::{JournalWriter, OpEnd, OpStart, Record};
use super::options::ApplyOptions;
use super::plan::{Change, ConflictKind, GroupCreate, GroupRef, GroupUpdate, MembershipChange, Plan, UserCreate, UserRef, UserUpdate};
use crate::client::{Client, Managed};
use crate::error::{Error, ErrorKind, Result};
use crate::http::throttle;
use crate::model::{BulkOperation, Group, Resource, User};
use crate::validate::rule;

/// One operation of a plan.
#[derive(Clone)]
enum Op<'p> {
    CreateGroup(&'p GroupCreate),
    UpdateGroup(&'p GroupUpdate),
    CreateUser(&'p UserCreate),
    UpdateUser(&'p UserUpdate),
    Membership(&'p MembershipChange),
    Deactivate(&'p UserRef),
    DeleteUser(&'p UserRef),
    DeleteGroup(&'p GroupRef),
}

impl Op<'_> {
    fn action(&self) -> &'static str {
        match self {
            Op::CreateGroup(_) => "create_group",
            Op::UpdateGroup(_) => "update_group",
            Op::CreateUser(_) => "create_user",
            Op::UpdateUser(_) => "update_user",
            Op::Membership(_) => "memberships",
            Op::Deactivate(_) => "deactivate_user",
            Op::DeleteUser(_) => "delete_user",
            Op::DeleteGroup(_) => "delete_group",
        }
    }

    fn target(&self) -> &str {
        match self {
            Op::CreateGroup(g) => &g.display_name,
            Op::UpdateGroup(g) => &g.display_name,
            Op::CreateUser(u) => &u.user_name,
            Op::UpdateUser(u) => &u.user_name,
            Op::Membership(m) => &m.group,
            Op::Deactivate(u) | Op::DeleteUser(u) => &u.user_name,
            Op::DeleteGroup(g) => &g.display_name,
        }
    }

    /// Its key in the journal: `action:target`, the target in lower case.
    fn key(&self) -> String {
        op_key(self.action(), self.target())
    }

    /// What it changes, before and after, for the journal.
    fn journal_values(&self) -> (Value, Value) {
        let changes = |changes: &[Change]| {
            let pick = |f: fn(&Change) -> &Value| Value::Object(changes.iter().map(|c| (c.attribute.clone(), f(c).clone())).collect());
            (pick(|c| &c.before), pick(|c| &c.after))
        };
        let names = |refs: &[super::plan::MemberRef]| Value::from(refs.iter().map(|r| r.user_name.clone()).collect::<Vec<_>>());
        match self {
            Op::CreateGroup(g) => (Value::Null, new_group(g).to_wire()),
            Op::UpdateGroup(g) => changes(&g.changes),
            Op::CreateUser(u) => (Value::Null, u.user.to_wire()),
            Op::UpdateUser(u) => changes(&u.changes),
            Op::Membership(m) => (Value::Null, serde_json::json!({ "add": names(&m.add), "remove": names(&m.remove) })),
            Op::Deactivate(_) => (serde_json::json!({ "active": true }), serde_json::json!({ "active": false })),
            Op::DeleteUser(u) => (serde_json::json!({ "id": u.id, "userName": u.user_name }), Value::Null),
            Op::DeleteGroup(g) => (serde_json::json!({ "id": g.id, "displayName": g.display_name }), Value::Null),
        }
    }

    /// The bulk operation for it, when it can go through `/Bulk` (reads cannot).
    fn bulk(&self, bulk_id: String) -> Option<BulkOperation> {
        let op = |method: &str, path: String, data: Option<Value>| BulkOperation {
            method: Some(method.into()),
            path: Some(path),
            bulk_id: Some(bulk_id.clone()),
            data,
            ..Default::default()
        };
        match self {
            Op::CreateGroup(g) => Some(op("POST", "/Groups".into(), Some(new_group(g).to_wire()))),
            Op::CreateUser(u) => Some(op("POST", "/Users".into(), Some(u.user.to_wire()))),
            Op::UpdateUser(u) => Some(op("PUT", format!("/Users/{}", u.id), Some(u.user.to_wire()))),
            Op::Deactivate(u) => u.user.as_ref().map(|user| op("PUT", format!("/Users/{}", u.id), Some(user.to_wire()))),
            Op::DeleteUser(u) => Some(op("DELETE", format!("/Users/{}", u.id), None)),
            Op::DeleteGroup(g) => Some(op("DELETE", format!("/Groups/{}", g.id), None)),
            Op::UpdateGroup(_) | Op::Membership(_) => None,
        }
    }
}

/// Applies one planned change to a group read from the server. A change of an attribute this
/// client cannot write fails the operation (it is never reported done without being made).
fn set_group_attribute(group: &mut Group, change: &Change) -> Result<()> {
    let text = || -> Result<Option<String>> {
        match &change.after {
            Value::Null => Ok(None),
            Value::String(s) => Ok(Some(s.clone())),
            other => Err(Error::validation(&change.attribute, rule::INVALID, format!("{} must be a string, not {other}", change.attribute))),
        }
    };
    match change.attribute.as_str() {
        "role" => group.role = text()?,
        "externalId" => group.external_id = text()?,
        "displayName" => {
            group.display_name =
                Some(text()?.ok_or_else(|| Error::validation("displayName", rule::REQUIRED, "a group needs a displayName"))?)
        }
        other => {
            return Err(Error::validation(other, rule::INVALID, format!("the plan changes the group attribute {other:?}, which apply cannot write")));
        }
    }
    Ok(())
}

/// The journal key of an operation.
pub(crate) fn op_key(action: &str, target: &str) -> String {
    format!("{action}:{}", target.to_lowercase())
}

fn new_group(g: &GroupCreate) -> Group {
    Group { role: g.role.clone(), external_id: g.external_id.clone(), ..Group::new(g.display_name.clone()) }
}

/// The state of one apply.
struct Run<'a> {
    client: &'a Client,
    options: &'a ApplyOptions,
    progress: Option<ProgressFn<'a>>,
    total: usize,
    finished: AtomicUsize,
    report: Mutex<Report>,
    created_users: Mutex<HashMap<String, String>>,
    created_groups: Mutex<HashMap<String, String>>,
    bulk_limit: Option<(usize, usize)>,
    journal: Option<JournalWriter>,
}

/// Where a run starts from: a fresh plan, or the rest of an earlier run.
#[derive(Default)]
pub(crate) struct Origin {
    /// The run this one resumes.
    pub resumes: Option<String>,
    /// Users and groups the earlier run created, by lower-case name.
    pub created_users: HashMap<String, String>,
    /// Groups the earlier run created, by lower-case name.
    pub created_groups: HashMap<String, String>,
    /// The team's lock, when the caller took it already (a resume reads the journal under it).
    pub lock: Option<super::journal::lock::TeamLock>,
}

impl Client {
    /// Carries out a plan and reports what was done and what failed. Refuses (a `validation`
    /// error, nothing sent) a plan that removes or deactivates more users than
    /// `options.max_removals` or `options.max_removal_percent` of the team, or that has
    /// seat-limit conflicts, unless `options.force`.
    ///
    /// With `options.journal`, the run is journaled there ([`super::journal`]) under the
    /// team's lock, and the report names the run; an input that shrank past the plan's
    /// `max_input_shrink_percent` since the journal's last successful run is refused too.
    pub fn apply(&self, plan: &Plan, options: &ApplyOptions, progress: Option<ProgressFn<'_>>) -> Result<Report> {
        self.apply_from(plan, options, progress, Origin::default())
    }

    pub(crate) fn apply_from(&self, plan: &Plan, options: &ApplyOptions, progress: Option<ProgressFn<'_>>, origin: Origin) -> Result<Report> {
        check_guard(plan, options)?;
        // The lock first: the journal is read and written under it.
        let lock = match (&options.journal, origin.lock) {
            (Some(_), Some(lock)) => Some(lock),
            (Some(_), None) => Some(super::journal::lock::TeamLock::acquire(self.base_url())?),
            (None, _) => None,
        };
        if let (Some(dir), None) = (&options.journal, &origin.resumes) {
            check_shrink_against_journal(plan, options, dir, self.base_url())?;
        }
        let bulk_limit = if options.bulk { self.bulk_limits()? } else { None };
        let journal = match &options.journal {
            Some(dir) => Some(JournalWriter::begin(dir, self.base_url(), plan, origin.resumes.as_deref(), lock)?),
            None => None,
        };
        let total = plan.operation_count();
        let run_id = journal.as_ref().map(|j| j.run().to_owned());
        log::info!(target: LOG_TARGET, run = run_id.as_deref(), operations = total; "apply{} started: {total} operations", run_id.as_deref().map(|r| format!(" run {r}")).unwrap_or_default());
        let run = Run {
            client: self,
            options,
            progress,
            total,
            finished: AtomicUsize::new(0),
            report: Mutex::new(Report::default()),
            created_users: Mutex::new(origin.created_users),
            created_groups: Mutex::new(origin.created_groups),
            bulk_limit,
            journal,
        };
        let phases: [(&str, Vec<Op<'_>>); 8] = [
            ("create_groups", plan.create_groups.iter().map(Op::CreateGroup).collect()),
            ("update_groups", plan.update_groups.iter().map(Op::UpdateGroup).collect()),
            ("create_users", plan.create_users.iter().map(Op::CreateUser).collect()),
            ("update_users", plan.update_users.iter().map(Op::UpdateUser).collect()),
            ("memberships", plan.memberships.iter().map(Op::Membership).collect()),
            ("deactivate_users", plan.deactivate_users.iter().map(Op::Deactivate).collect()),
            ("delete_users", plan.delete_users.iter().map(Op::DeleteUser).collect()),
            ("delete_groups", plan.delete_groups.iter().map(Op::DeleteGroup).collect()),
        ];
        for (phase, ops) in phases {
            if ops.is_empty() {
                continue;
            }
            let bulkable = run.bulk_limit.is_some() && ops.iter().all(|o| o.bulk(String::new()).is_some());
            if bulkable { run.bulk(phase, ops) } else { run.singles(phase, ops) }
        }
        let journal = run.journal;
        let mut report = run.report.into_inner().unwrap_or_else(|p| p.into_inner());
        report.cancelled = self.check_cancelled().is_err();
        if let Some(j) = journal {
            report.run = Some(j.run().to_owned());
            j.finish(&report)?;
        }
        let (done, failed, cancelled) = (report.done.len(), report.failed.len(), report.cancelled);
        let said = run_id.as_deref().map(|r| format!(" run {r}")).unwrap_or_default();
        log::info!(target: LOG_TARGET, run = run_id.as_deref(), done, failed, cancelled; "apply{said} finished: {done} done, {failed} failed{}", if cancelled { ", cancelled" } else { "" });
        Ok(report)
    }
}

/// The log target of applies (a record as each starts and ends, with its run id).
const LOG_TARGET: &str = "celonis_scim::sync";

/// The input-shrink guard against the journal's last run that applied an input (unless
/// `force`): the plan may be older than that run.
fn check_shrink_against_journal(plan: &Plan, options: &ApplyOptions, dir: &std::path::Path, team: &str) -> Result<()> {
    let Some(limit) = plan.options.max_input_shrink_percent.filter(|_| !options.force && plan.input.is_some()) else { return Ok(()) };
    let Some(before) = super::journal::last_applied_input_users(dir, team)? else { return Ok(()) };
    match super::protect::input_shrink(limit, before, plan.input_users) {
        Some(why) => Err(Error::validation("plan", "inputShrank", format!("{why}: check the input, or force"))),
        None => Ok(()),
    }
}

fn check_guard(plan: &Plan, options: &ApplyOptions) -> Result<()> {
    super::protect::enforce(plan)?;
    if options.force {
        return Ok(());
    }
    let removals = plan.removal_count();
    let percent = if plan.team_size == 0 { 0.0 } else { removals as f64 * 100.0 / plan.team_size as f64 };
    if removals > options.max_removals || percent > options.max_removal_percent {
        return Err(Error::validation(
            "plan",
            "removalGuard",
            format!(
                "the plan removes or deactivates {removals} of {} users ({percent:.1}%), more than the guard allows ({} users or {}%): check the input, or force",
                plan.team_size, options.max_removals, options.max_removal_percent
            ),
        ));
    }
    if let Some(c) = plan.conflicts.iter().find(|c| c.kind == ConflictKind::SeatLimit) {
        return Err(Error::validation("plan", "seatLimit", format!("{}: {} (force to apply anyway)", c.subject, c.detail)));
    }
    if let Some(c) = plan.conflicts.iter().find(|c| c.kind == ConflictKind::InputShrank) {
        return Err(Error::validation("plan", "inputShrank", format!("{} (check the input, or force)", c.detail)));
    }
    Ok(())
}

impl<'a> Run<'a> {
    /// Records in the journal that `op` is about to be sent, durably; an operation the
    /// journal cannot record is not sent.
    fn begin(&self, op: &Op<'_>) -> Result<()> {
        self.announce(op)?;
        self.journal.as_ref().map_or(Ok(()), JournalWriter::sync)
    }

    /// Appends `op`'s start record, not yet durable (a Bulk request's are made durable
    /// together, by one sync before the request is sent).
    fn announce(&self, op: &Op<'_>) -> Result<()> {
        let Some(j) = &self.journal else { return Ok(()) };
        let (before, after) = op.journal_values();
        j.append(&Record::Start(OpStart {
            op: op.key(),
            action: op.action().into(),
            target: op.target().into(),
            time: crate::clock::now_rfc3339(),
            before,
            after,
        }))
    }

    /// Records in the journal how `op` ended; the outcome becomes a failure when it cannot.
    fn record_end(&self, op: &Op<'_>, outcome: Result<Option<String>>) -> Result<Option<String>> {
        let Some(j) = &self.journal else { return outcome };
        let end = OpEnd {
            op: op.key(),
            time: crate::clock::now_rfc3339(),
            status: if outcome.is_ok() { "done" } else { "failed" }.into(),
            id: outcome.as_ref().ok().cloned().flatten(),
            code: outcome.as_ref().err().map(|e| e.code().to_owned()),
            message: outcome.as_ref().err().map(|e| e.to_string()),
            http_status: outcome.as_ref().err().and_then(|e| e.status),
            support_id: outcome.as_ref().err().and_then(|e| e.support_id.clone()),
        };
        j.append(&Record::End(end))?;
        outcome
    }

    fn finish(&self, phase: &str, op: &Op<'_>, outcome: Result<Option<String>>) {
        let outcome = self.record_end(op, outcome);
        {
            let mut report = self.report.lock().unwrap_or_else(|p| p.into_inner());
            match outcome {
                Ok(id) => report.done.push(Done { action: op.action().into(), target: op.target().into(), id }),
                Err(e) => report.failed.push(Failed {
                    action: op.action().into(),
                    target: op.target().into(),
                    code: e.code().into(),
                    message: e.to_string(),
                    status: e.status,
                }),
            }
        }
        let done = self.finished.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(p) = self.progress {
            p(&Progress { phase, done, total: self.total });
        }
    }

    /// Runs operations as single calls, at most `max_in_flight` at a time, fewer while the
    /// server rate-limits ([`gate`]).
    fn singles(&self, phase: &str, ops: Vec<Op<'_>>) {
        let next = AtomicUsize::new(0);
        let workers = self.options.max_in_flight.clamp(1, ops.len().max(1));
        let gate = gate::Gate::new(workers);
        let work = || {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(op) = ops.get(i) else { break };
                gate.enter();
                let throttled_before = throttle::count();
                // A cancelled apply starts nothing new; the rest is reported as such.
                let outcome = self.client.poll_cancelled().and_then(|()| self.begin(op)).and_then(|()| self.single(op));
                gate.leave(throttle::count() > throttled_before);
                self.finish(phase, op, outcome);
            }
        };
        // The calling thread is one of the workers: whatever watches it for a cancellation
        // (Python's Ctrl-C handlers run only there) keeps being asked.
        std::thread::scope(|s| {
            for _ in 1..workers {
                s.spawn(work);
            }
            work();
        });
    }

    fn single(&self, op: &Op<'_>) -> Result<Option<String>> {
        let c = self.client;
        match op {
            Op::CreateGroup(g) => {
                let created = c.create_group(&new_group(g)).or_else(|e| self.created_anyway::<Group>(&g.display_name, e))?;
                self.remember_group(&g.display_name, created.id.clone());
                Ok(created.id)
            }
            Op::UpdateGroup(u) => {
                let mut group = c.get_group(&u.id, &Default::default())?;
                for ch in &u.changes {
                    set_group_attribute(&mut group, ch)?;
                }
                Ok(c.replace_group(&u.id, &group)?.id)
            }
            Op::CreateUser(u) => {
                let created = c.create_user(&u.user).or_else(|e| self.created_anyway::<User>(&u.user_name, e))?;
                self.remember_user(&u.user_name, created.id.clone());
                Ok(created.id)
            }
            Op::UpdateUser(u) => Ok(c.replace_user(&u.id, &u.user)?.id),
            Op::Membership(m) => self.membership(m),
            Op::Deactivate(u) => {
                let user = u.user.clone().ok_or_else(|| Error::validation("plan", rule::INVALID, "a deactivation without the user"))?;
                Ok(c.replace_user(&u.id, &user)?.id)
            }
            Op::DeleteUser(u) => c.delete_user(&u.id).map(|()| Some(u.id.clone())),
            Op::DeleteGroup(g) => c.delete_group(&g.id).map(|()| Some(g.id.clone())),
        }
    }

    /// One group's additions and removals, with ids of users and groups this apply created.
    fn membership(&self, m: &MembershipChange) -> Result<Option<String>> {
        let group_id = match &m.group_id {
            Some(id) => id.clone(),
            None => self.created_groups.lock().unwrap_or_else(|p| p.into_inner()).get(&m.group.to_lowercase()).cloned().ok_or_else(|| {
                Error::validation("group", rule::INVALID, format!("group {:?} was not created, so its members cannot be set", m.group))
            })?,
        };
        let created = self.created_users.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let mut missing = Vec::new();
        let add: Vec<String> = m
            .add
            .iter()
            .filter_map(|r| {
                let id = r.id.clone().or_else(|| created.get(&r.user_name.to_lowercase()).cloned());
                if id.is_none() {
                    missing.push(r.user_name.clone());
                }
                id
            })
            .collect();
        let remove: Vec<&str> = m.remove.iter().filter_map(|r| r.id.as_deref()).collect();
        let add_refs: Vec<&str> = add.iter().map(String::as_str).collect();
        self.client.change_group_members(&group_id, &add_refs, &remove, false)?;
        if missing.is_empty() {
            Ok(Some(group_id))
        } else {
            Err(Error::validation("members", rule::INVALID, format!("{} not added: not created ({})", missing.len(), missing.join(", "))))
        }
    }

    /// After a create failed in a way that leaves its outcome unknown (the connection broke
    /// after sending, the answer was unreadable), looks the resource up by name: the plan saw
    /// none, so one found now is the one this apply created. Otherwise the error stands.
    fn created_anyway<T: Managed>(&self, name: &str, err: Error) -> Result<T> {
        if !matches!(err.kind(), ErrorKind::Transport | ErrorKind::Decode) {
            return Err(err);
        }
        match self.client.find_by_name::<T>(name) {
            Ok(Some(found)) => Ok(found),
            _ => Err(err),
        }
    }

    fn remember_user(&self, user_name: &str, id: Option<String>) {
        if let Some(id) = id {
            self.created_users.lock().unwrap_or_else(|p| p.into_inner()).insert(user_name.to_lowercase(), id);
        }
    }

    fn remember_group(&self, name: &str, id: Option<String>) {
        if let Some(id) = id {
            self.created_groups.lock().unwrap_or_else(|p| p.into_inner()).insert(name.to_lowercase(), id);
        }
    }
}
