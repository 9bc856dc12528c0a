//! Resuming a killed or failed run: what its journal says was done is not done again.

use std::collections::HashMap;
use std::path::Path;

use super::RunLog;
use crate::client::Client;
use crate::error::{ErrorKind, Result};
use crate::model::{Group, User};
use crate::sync::apply::{Origin, ProgressFn, Report, op_key};
use crate::sync::options::ApplyOptions;
use crate::sync::plan::Plan;

impl Client {
    /// Continues run `run` of the journal `options.journal` (required): applies the operations
    /// of its plan that did not end done, as a new run that names the old one. Operations the
    /// journal is unsure about (started, no end: the process was killed) are read again first:
    /// a create whose resource exists now, or a deletion whose resource is gone, counts as
    /// done. Ids of users and groups the earlier run created carry over to the memberships.
    pub fn resume(&self, run: &str, options: &ApplyOptions, progress: Option<ProgressFn<'_>>) -> Result<Report> {
        let dir = options.journal.as_deref().ok_or_else(|| crate::Error::config("resume needs the journal directory (the journal option)"))?;
        let (plan, origin) = self.rest_of_run(dir, run)?;
        self.apply_from(&plan, options, progress, origin)
    }

    /// The part of a run's plan that is still to do, and what the run created.
    fn rest_of_run(&self, dir: &Path, run: &str) -> Result<(Plan, Origin)> {
        let log = RunLog::read(dir, run)?;
        let (users, groups) = log.created_ids();
        let mut created_users: HashMap<String, String> = users.into_iter().collect();
        let mut created_groups: HashMap<String, String> = groups.into_iter().collect();
        let mut done: std::collections::HashSet<String> = log.ended.values().filter(|e| e.is_done()).map(|e| e.op.clone()).collect();
        for (key, start) in &log.uncertain {
            let found = match start.action.as_str() {
                "create_user" => self.find_by_name::<User>(&start.target)?.and_then(|u| u.id).map(|id| { created_users.insert(start.target.to_lowercase(), id); }),
                "create_group" => self.find_by_name::<Group>(&start.target)?.and_then(|g| g.id).map(|id| { created_groups.insert(start.target.to_lowercase(), id); }),
                "delete_user" => gone(start.before.get("id").and_then(|v| v.as_str()).map(|id| self.get_user(id, &Default::default()).map(|_| ())))?,
                "delete_group" => gone(start.before.get("id").and_then(|v| v.as_str()).map(|id| self.get_group(id, &Default::default()).map(|_| ())))?,
                _ => None,
            };
            if found.is_some() {
                done.insert(key.clone());
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
        // Memberships name what the earlier run created by id, so that the rest stands alone
        // (and can itself be resumed).
        for m in &mut plan.memberships {
            if m.group_id.is_none() {
                m.group_id = created_groups.get(&m.group.to_lowercase()).cloned();
            }
            for r in m.add.iter_mut().filter(|r| r.id.is_none()) {
                r.id = created_users.get(&r.user_name.to_lowercase()).cloned();
            }
        }
        Ok((plan, Origin { resumes: Some(run.to_owned()), created_users, created_groups }))
    }
}

/// `Some` when a resource's read says it is gone; the read's other errors stand.
fn gone(read: Option<Result<()>>) -> Result<Option<()>> {
    match read {
        Some(Err(e)) if e.kind() == ErrorKind::NotFound => Ok(Some(())),
        Some(Err(e)) => Err(e),
        Some(Ok(())) | None => Ok(None),
    }
}
