//! Plans and reports as rows: one per attribute change, creation, membership or removal (a
//! plan), one per operation (a report). What a data frame or a spreadsheet shows.

use serde::Serialize;
use serde_json::Value;

use super::apply::Report;
use super::plan::{Change, Plan};

/// One row of a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PlanRow {
    /// The plan's section (`create_users`, `memberships`, ...; `conflicts` for a conflict).
    pub section: &'static str,
    /// The userName or group name.
    pub target: String,
    /// The attribute that changes (`displayName`, `role`, `member`, ...); empty for a whole
    /// creation or removal.
    pub attribute: String,
    /// Its value before (`null` when none).
    pub before: Value,
    /// Its value after (`null` when none).
    pub after: Value,
}

/// One row of a report.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReportRow {
    /// What was done or tried (`create_user`, `memberships`, ...).
    pub action: String,
    /// On what.
    pub target: String,
    /// `done` or `failed`.
    pub outcome: &'static str,
    /// The resource's id, when done and known.
    pub id: Option<String>,
    /// The error code, when failed.
    pub code: Option<String>,
    /// The error message, when failed.
    pub message: Option<String>,
    /// The HTTP status, when failed with an answer.
    pub status: Option<u16>,
}

fn row(section: &'static str, target: &str, attribute: &str, before: Value, after: Value) -> PlanRow {
    PlanRow { section, target: target.to_owned(), attribute: attribute.to_owned(), before, after }
}

fn changed(section: &'static str, target: &str, changes: &[Change]) -> impl Iterator<Item = PlanRow> {
    changes.iter().map(move |c| row(section, target, &c.attribute, c.before.clone(), c.after.clone()))
}

impl Plan {
    /// The plan as rows, in the order apply runs it, conflicts last.
    pub fn rows(&self) -> Vec<PlanRow> {
        let mut out = Vec::new();
        for g in &self.create_groups {
            out.push(row("create_groups", &g.display_name, "", Value::Null, g.role.clone().map_or(Value::Null, Value::String)));
        }
        for g in &self.update_groups {
            out.extend(changed("update_groups", &g.display_name, &g.changes));
        }
        for u in &self.create_users {
            out.push(row("create_users", &u.user_name, "", Value::Null, u.user.role.clone().map_or(Value::Null, Value::String)));
        }
        for u in &self.update_users {
            out.extend(changed("update_users", &u.user_name, &u.changes));
        }
        for m in &self.memberships {
            out.extend(m.add.iter().map(|a| row("memberships", &m.group, "member", Value::Null, Value::String(a.user_name.clone()))));
            out.extend(m.remove.iter().map(|r| row("memberships", &m.group, "member", Value::String(r.user_name.clone()), Value::Null)));
        }
        for u in &self.deactivate_users {
            out.push(row("deactivate_users", &u.user_name, "active", Value::Bool(true), Value::Bool(false)));
        }
        for u in &self.delete_users {
            out.push(row("delete_users", &u.user_name, "", Value::String(u.id.clone()), Value::Null));
        }
        for g in &self.delete_groups {
            out.push(row("delete_groups", &g.display_name, "", Value::String(g.id.clone()), Value::Null));
        }
        for c in &self.conflicts {
            out.push(row("conflicts", &c.subject, c.kind.as_str(), Value::Null, Value::String(c.detail.clone())));
        }
        out
    }
}

impl Report {
    /// The report as rows: every operation done, then every one failed.
    pub fn rows(&self) -> Vec<ReportRow> {
        let done = self.done.iter().map(|d| ReportRow {
            action: d.action.clone(),
            target: d.target.clone(),
            outcome: "done",
            id: d.id.clone(),
            code: None,
            message: None,
            status: None,
        });
        let failed = self.failed.iter().map(|f| ReportRow {
            action: f.action.clone(),
            target: f.target.clone(),
            outcome: "failed",
            id: None,
            code: Some(f.code.clone()),
            message: Some(f.message.clone()),
            status: f.status,
        });
        done.chain(failed).collect()
    }
}
