//! How to plan and how to apply. Every field has a default; the JSON form (for C, Python and
//! Node) uses the same snake_case names.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// How desired users are matched to existing ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchBy {
    /// userName, case-insensitive (the default).
    #[default]
    UserName,
    /// externalId, exactly.
    ExternalId,
}

/// What happens to existing users that the desired state does not list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MissingUsers {
    /// Leave them alone (the default).
    #[default]
    Keep,
    /// Set `active` to false.
    Deactivate,
    /// Delete them from the team.
    Delete,
}

/// Which existing groups the plan manages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ManageGroups {
    /// Only the groups the input names (the default).
    #[default]
    Named,
    /// Every group: those the input does not name are deleted.
    All,
}

/// Options of `plan`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlanOptions {
    /// How users are matched.
    pub match_by: MatchBy,
    /// What happens to users missing from the input.
    pub missing_users: MissingUsers,
    /// Which groups are managed.
    pub manage_groups: ManageGroups,
    /// Licence seats per role (`{"ANALYST": 10}`): a plan that would use more is a conflict.
    pub seat_limits: BTreeMap<String, usize>,
    /// `sendEmailOnInvitation` for the users the plan creates (the server decides when unset).
    pub send_invitations: Option<bool>,
    /// Page size for reading the current state (the server's default when unset).
    pub page_size: Option<u64>,
}

/// Options of `apply`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ApplyOptions {
    /// Single calls in flight at once (when not using Bulk, and for memberships).
    pub max_in_flight: usize,
    /// Use `/Bulk` when the server offers it.
    pub bulk: bool,
    /// The most operations per bulk request (the server's limit applies too).
    pub bulk_max_operations: usize,
    /// Refuse a plan that removes or deactivates more users than this...
    pub max_removals: usize,
    /// ...or more than this percentage of the team.
    pub max_removal_percent: f64,
    /// Apply even past the removal guard and seat-limit conflicts.
    pub force: bool,
}

impl Default for ApplyOptions {
    fn default() -> Self {
        ApplyOptions { max_in_flight: 8, bulk: true, bulk_max_operations: 1000, max_removals: 50, max_removal_percent: 20.0, force: false }
    }
}
