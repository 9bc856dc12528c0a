//! How to plan and how to apply. Every field has a default; the JSON form (for C, Python and
//! Node) uses the same snake_case names.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// How desired users are matched to existing ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// Users never changed, deactivated, deleted or moved between groups: userNames or
    /// patterns (`*` any run of characters, `?` one), case-insensitive.
    pub protected_users: Vec<String>,
    /// Groups never changed, deleted or given other members: names or patterns, as above.
    pub protected_groups: Vec<String>,
    /// No plan may leave fewer active admins than this (admins by their own role or a group's).
    pub min_admins: Option<usize>,
    /// The input may not have shrunk by more than this percentage since the last run that
    /// applied an input (`previous_input_users`; the journal knows it)...
    pub max_input_shrink_percent: Option<f64>,
    /// ...which had this many users.
    pub previous_input_users: Option<usize>,
    /// The caller vouches that the input lists every user (for a CSV export, which cannot say
    /// so itself): deletions are planned only from a complete input.
    pub input_complete: bool,
}

/// Options of `apply`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// Apply even past the removal guard, the input-shrink guard and seat-limit conflicts
    /// (never past protection rules, the minimum of admins, or deletions from an incomplete
    /// input).
    pub force: bool,
    /// A directory for the journal: every apply appends its run there (JSON Lines; each
    /// operation's start record made durable before the operation is sent) and holds the
    /// team's lock meanwhile. No journal when unset.
    pub journal: Option<std::path::PathBuf>,
}

impl ApplyOptions {
    /// Reads the apply options from one JSON object as the bindings receive them (`null` is
    /// the defaults); an unknown name is a `config` error naming it.
    pub fn from_value(value: serde_json::Value) -> crate::Result<Self> {
        let value = if value.is_null() { serde_json::Value::Object(Default::default()) } else { value };
        serde_json::from_value(value).map_err(|e| crate::Error::config(format!("invalid apply options: {e}")))
    }
}

impl Default for ApplyOptions {
    fn default() -> Self {
        ApplyOptions { max_in_flight: 8, bulk: true, bulk_max_operations: 1000, max_removals: 50, max_removal_percent: 20.0, force: false, journal: None }
    }
}
