//! Resuming a killed or failed run: what its journal (and the journals of earlier resumes of
//! it) says was done is not done again. Resuming is idempotent: once the work is complete,
//! resuming again sends nothing, journals nothing, and the report names the run that
//! completed it.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::lock::TeamLock;
use super::{RunLog, resume_chain, runs};
use crate::client::Client;
use crate::error::{Error, ErrorKind, Result};
use crate::model::{Group, User};
use crate::sync::apply::{Origin, ProgressFn, Report, op_key};
use crate::sync::options::ApplyOptions;
use crate::sync::plan::Plan;

/// What is left of a run: the rest of its plan, and what it and its resumes did.
struct Rest {
    plan: Plan,
    created_users: HashMap<String, String>,
    created_groups: HashMap<String, String>,
    /// The last run of the chain (the run itself when never resumed).
    last: String,
}

impl Client {
    /// Continues run `run` of the journal `options.journal` (required): applies the operations
    /// of its plan that neither it nor an earlier resume of it ended done, as a new run that
    /// names it. Operations a journal is unsure about (started, no end: the process was
    /// killed) are read again first: a create whose resource exists now, or a deletion whose
    /// resource is gone, counts as done. Ids of users and groups created earlier carry over to
    /// the memberships. When nothing is left, nothing is sent and the report's `completed_by`
    /// names the run that completed the work. The team's lock is held throughout.
    pub fn resume(&self, run: &str, options: &ApplyOptions, progress: Option<ProgressFn<'_>>) -> Result<Report> {
        let dir = options.journal.as_deref().ok_or_else(|| Error::config("resume needs the journal directory (the journal option)"))?;
        let lock = TeamLock::acquire(self.base_url())?;
        let rest = self.rest_of_run(dir, run)?;
        if rest.plan.is_empty() {
            return Ok(Report { completed_by: Some(rest.last), ..Report::default() });
        }
        let origin = Origin { resumes: Some(run.to_owned()), created_users: rest.created_users, created_groups: rest.created_groups, lock: Some(lock) };
        self.apply_from(&rest.plan, options, progress, origin)
    }

    /// The part of a run's plan that is still to do, after it and every resume of it.
    fn rest_of_run(&self, dir: &Path, run: &str) -> Result<Rest> {
        let log = RunLog::read(dir, run)?;
        if log.header.team.trim_end_matches('/') != self.base_url().trim_end_matches('/') {
            return Err(Error::validation("run", "otherTeam", format!("run {run} was against {}, not {}", log.header.team, self.base_url())));
        }
        let summaries = runs(dir)?;
        let chain: Vec<RunLog> = resume_chain(&summaries, run).iter().map(|r| RunLog::read(dir, &r.run)).collect::<Result<_>>()?;
        let last = chain.last().map_or_else(|| run.to_owned(), |l| l.header.run.clone());
        let logs: Vec<&RunLog> = std::iter::once(&log).chain(&chain).collect();
        let mut created_users = HashMap::new();
        let mut created_groups = HashMap::new();
        let mut done: HashSet<String> = HashSet::new();
        for l in &logs {
            let (users, groups) = l.created_ids();
            created_users.extend(users);
            created_groups.extend(groups);
            done.extend(l.ended.values().filter(|e| e.is_done()).map(|e| e.op.clone()));
        }
        for l in &logs {
            let unsure: Vec<_> = l.uncertain.iter().filter(|(k, _)| !done.contains(*k)).collect();
            for (key, start) in unsure {
                if self.happened(start, &mut created_users, &mut created_groups)? {
                    done.insert(key.clone());
                }
            }
        }
        let mut plan = log.header.plan;
        let todo = |action: &str, target: &str| !done.contains(&op_key(action, target));
        plan.create_groups.retain(|g| todo("create_group", &g.display_name));
        plan.update_groups.retain(|g| todo("update_group", &g.display_name));
        plan.create_users.retain(|u| todo("create_user", &u.user_name));
        plan.update_users.retain(|u| todo("update_user", &u.user_name));
        plan.memberships.retain(|m| todo("memberships", &m.group));
        plan.deactivate_users.retain(|u| todo("deactivate_user", &u.user_name));
        plan.delete_users.retain(|u| todo("delete_user", &u.user_name));
        plan.delete_groups.retain(|g| todo("delete_group", &g.display_name));
        // Memberships name what the earlier runs created by id, so that the rest stands alone
        // (and can itself be resumed).
        for m in &mut plan.memberships {
            if m.group_id.is_none() {
                m.group_id = created_groups.get(&m.group.to_lowercase()).cloned();
            }
            for r in m.add.iter_mut().filter(|r| r.id.is_none()) {
                r.id = created_users.get(&r.user_name.to_lowercase()).cloned();
            }
        }
        Ok(Rest { plan, created_users, created_groups, last })
    }

    /// Whether an operation a journal is unsure about happened, read from the team now.
    fn happened(&self, start: &super::OpStart, created_users: &mut HashMap<String, String>, created_groups: &mut HashMap<String, String>) -> Result<bool> {
        let id_before = || start.before.get("id").and_then(|v| v.as_str());
        Ok(match start.action.as_str() {
            "create_user" => remember(created_users, &start.target, self.find_by_name::<User>(&start.target)?.and_then(|u| u.id)),
            "create_group" => remember(created_groups, &start.target, self.find_by_name::<Group>(&start.target)?.and_then(|g| g.id)),
            "delete_user" => gone(id_before().map(|id| self.get_user(id, &Default::default()).map(|_| ())))?,
            "delete_group" => gone(id_before().map(|id| self.get_group(id, &Default::default()).map(|_| ())))?,
            _ => false,
        })
    }
}

/// Whether a create happened (the resource has an id now), remembering the id by name.
fn remember(created: &mut HashMap<String, String>, name: &str, id: Option<String>) -> bool {
    let found = id.is_some();
    if let Some(id) = id {
        created.insert(name.to_lowercase(), id);
    }
    found
}

/// Whether a resource's read says it is gone; the read's other errors stand.
fn gone(read: Option<Result<()>>) -> Result<bool> {
    match read {
        Some(Err(e)) if e.kind() == ErrorKind::NotFound => Ok(true),
        Some(Err(e)) => Err(e),
        Some(Ok(())) | None => Ok(false),
    }
}
