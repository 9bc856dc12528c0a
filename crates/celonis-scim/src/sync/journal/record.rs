//! The journal's records: one JSON object per line, told apart by `type`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::sync::plan::Plan;

/// One line of a run's journal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
// One record is written or read at a time: the size of the largest variant costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum Record {
    /// The first line: what the run is about.
    Run(RunHeader),
    /// Written and flushed before an operation is sent.
    Start(OpStart),
    /// Written and flushed after its outcome is known.
    End(OpEnd),
    /// The last line of a run that was not killed.
    Finish(RunFinish),
}

/// What a run is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunHeader {
    /// The run id.
    pub run: String,
    /// When it started (RFC 3339, UTC).
    pub time: String,
    /// The base URL of the team.
    pub team: String,
    /// The run this one resumes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resumes: Option<String>,
    /// The FNV-1a fingerprint of the plan's JSON.
    pub plan_fingerprint: String,
    /// Operations in the plan.
    pub operations: usize,
    /// Users the input listed.
    pub input_users: usize,
    /// The plan, whole: what resume and undo work from.
    pub plan: Plan,
}

/// An operation about to be sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpStart {
    /// The operation's key: `action:target` (the target in lower case).
    pub op: String,
    /// `create_user`, `update_group`, `memberships`, ...
    pub action: String,
    /// The userName or group name.
    pub target: String,
    /// When.
    pub time: String,
    /// The attributes it changes, as they were (`null` for a create).
    pub before: Value,
    /// As they will be (`null` for a deletion).
    pub after: Value,
}

/// How an operation ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpEnd {
    /// The operation's key.
    pub op: String,
    /// When.
    pub time: String,
    /// `done` or `failed`.
    pub status: String,
    /// The id of the resource, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The error code, when it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The error message, when it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The HTTP status, when the server answered a failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// The id to quote to the vendor's support.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_id: Option<String>,
}

impl OpEnd {
    /// Whether the operation was done.
    pub fn is_done(&self) -> bool {
        self.status == "done"
    }
}

/// The end of a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunFinish {
    /// When.
    pub time: String,
    /// Operations done.
    pub done: usize,
    /// Operations failed.
    pub failed: usize,
    /// Whether it was cancelled.
    pub cancelled: bool,
}
