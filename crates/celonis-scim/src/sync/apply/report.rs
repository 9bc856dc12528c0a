//! What an apply reports: progress as it goes, and every operation done or failed.

use serde::{Deserialize, Serialize};

/// Where an apply stands, for progress reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress<'a> {
    /// The phase (`create_groups`, `create_users`, `memberships`, ...).
    pub phase: &'a str,
    /// Operations finished so far (done or failed).
    pub done: usize,
    /// Operations in the whole plan.
    pub total: usize,
}

impl Progress<'_> {
    /// The phase in words, for people: `creating users`, `changing group memberships`.
    pub fn phase_in_words(&self) -> &'static str {
        match self.phase {
            "create_groups" => "creating groups",
            "update_groups" => "updating groups",
            "create_users" => "creating users",
            "update_users" => "updating users",
            "memberships" => "changing group memberships",
            "deactivate_users" => "deactivating users",
            "delete_users" => "deleting users",
            "delete_groups" => "deleting groups",
            _ => "applying",
        }
    }
}

/// A progress callback; called from the threads doing the work.
pub type ProgressFn<'a> = &'a (dyn Fn(&Progress<'_>) + Sync);

/// An operation that succeeded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Done {
    /// What was done (`create_user`, `update_group`, `memberships`, ...).
    pub action: String,
    /// On what (a userName or a group name).
    pub target: String,
    /// The resource's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// An operation that failed, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Failed {
    /// What was tried.
    pub action: String,
    /// On what.
    pub target: String,
    /// The stable error code.
    pub code: String,
    /// The message.
    pub message: String,
    /// The HTTP status, when the server answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
}

/// What an apply did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Report {
    /// Operations that succeeded.
    pub done: Vec<Done>,
    /// Operations that failed (a cancelled apply lists the ones it did not start here, with
    /// the code `cancelled`).
    pub failed: Vec<Failed>,
    /// Whether the apply was cancelled before it finished: planning again shows what is left.
    #[serde(default)]
    pub cancelled: bool,
    /// The run id in the journal, when the apply was journaled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run: Option<String>,
    /// For a resume that found nothing left to do (nothing was sent, no run was journaled):
    /// the run that completed the work, the resumed run itself or one of its resumes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_by: Option<String>,
}

impl Report {
    /// Whether every operation succeeded.
    pub fn is_success(&self) -> bool {
        self.failed.is_empty()
    }
}
