//! The plan: what `apply` will do, as data. It serializes to JSON for every language and
//! prints as a readable diff ([`super::render()`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::desired::AttributeSource;
use super::options::PlanOptions;
use crate::model::User;

/// One attribute that changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Change {
    /// The attribute (`displayName`, `name.givenName`, `role`, `active`, ...).
    pub attribute: String,
    /// Its current value (`null` when absent).
    pub before: Value,
    /// Its value after the change.
    pub after: Value,
}

/// A user to create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UserCreate {
    /// The userName.
    pub user_name: String,
    /// The user as it will be sent.
    pub user: User,
}

/// A user to replace because something differs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UserUpdate {
    /// The user's id.
    pub id: String,
    /// The userName.
    pub user_name: String,
    /// What changes.
    pub changes: Vec<Change>,
    /// The whole user as it will be sent (current attributes kept).
    pub user: User,
}

/// A user to deactivate or delete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UserRef {
    /// The user's id.
    pub id: String,
    /// The userName.
    pub user_name: String,
    /// For a deactivation: the whole user as it will be sent, with `active: false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
}

/// A group to create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct GroupCreate {
    /// The group's name.
    pub display_name: String,
    /// Its role, when the input gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Its externalId, when the input gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

/// A group whose role or externalId changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct GroupUpdate {
    /// The group's id.
    pub id: String,
    /// The group's name.
    pub display_name: String,
    /// What changes (`role`, `externalId`).
    pub changes: Vec<Change>,
}

/// A group to delete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct GroupRef {
    /// The group's id.
    pub id: String,
    /// The group's name.
    pub display_name: String,
}

/// A user named in a membership change: its id when it exists already.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MemberRef {
    /// The userName.
    pub user_name: String,
    /// The id, unless the plan creates the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// Membership additions and removals of one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MembershipChange {
    /// The group's name.
    pub group: String,
    /// The group's id, unless the plan creates the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// Users to add.
    pub add: Vec<MemberRef>,
    /// Users to remove.
    pub remove: Vec<MemberRef>,
}

/// Why a plan leaves something out or will not be applied as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum ConflictKind {
    /// An existing user's email would change (Celonis never allows it).
    EmailChange,
    /// A user would be in more than 50 groups.
    TooManyGroups,
    /// A role would need more licence seats than the limit.
    SeatLimit,
    /// A protected user or group would be changed.
    Protected,
    /// Fewer active admins than the minimum would be left.
    MinAdmins,
    /// Deletions from an input that does not declare itself complete.
    IncompleteInput,
    /// The input lists far fewer users than the last run that applied an input.
    InputShrank,
    /// An undo plan: a deletion that cannot be undone.
    Irreversible,
}

impl ConflictKind {
    /// The kind as it is written in JSON (`seat_limit`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            ConflictKind::EmailChange => "email_change",
            ConflictKind::TooManyGroups => "too_many_groups",
            ConflictKind::SeatLimit => "seat_limit",
            ConflictKind::Protected => "protected",
            ConflictKind::MinAdmins => "min_admins",
            ConflictKind::IncompleteInput => "incomplete_input",
            ConflictKind::InputShrank => "input_shrank",
            ConflictKind::Irreversible => "irreversible",
        }
    }
}

impl std::fmt::Display for ConflictKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Something the plan will not send, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Conflict {
    /// What kind of conflict.
    pub kind: ConflictKind,
    /// The user or role concerned.
    pub subject: String,
    /// The explanation.
    pub detail: String,
}

/// Licence seats per effective role, before and after the plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SeatUsage {
    /// Seats in use now.
    pub before: BTreeMap<String, usize>,
    /// Seats in use after the plan.
    pub after: BTreeMap<String, usize>,
    /// Active users with the admin role (their own or a group's) now...
    #[serde(default)]
    pub active_admins_before: usize,
    /// ...and after the plan.
    #[serde(default)]
    pub active_admins_after: usize,
}

/// Everything `apply` will do, in the order it does it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Plan {
    /// The options the plan was made with.
    pub options: PlanOptions,
    /// How many users the team has now (for the removal guard).
    pub team_size: usize,
    /// How many users the input lists (the journal keeps it for the input-shrink guard).
    #[serde(default)]
    pub input_users: usize,
    /// The fingerprint of the input the plan was made from (FNV-1a of the desired state's
    /// JSON, hex); none for a plan made otherwise (an undo). The journal counts a run as
    /// applying an input only when its plan has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<String>,
    /// Whether the input declared itself complete (or the caller vouched for it): deletions
    /// are applied only then.
    #[serde(default)]
    pub input_complete: bool,
    /// Groups to create.
    pub create_groups: Vec<GroupCreate>,
    /// Groups whose role or externalId changes.
    pub update_groups: Vec<GroupUpdate>,
    /// Users to create.
    pub create_users: Vec<UserCreate>,
    /// Users to replace.
    pub update_users: Vec<UserUpdate>,
    /// Membership additions and removals, per group.
    pub memberships: Vec<MembershipChange>,
    /// Users to deactivate.
    pub deactivate_users: Vec<UserRef>,
    /// Users to delete.
    pub delete_users: Vec<UserRef>,
    /// Groups to delete.
    pub delete_groups: Vec<GroupRef>,
    /// What the plan will not send, and why.
    pub conflicts: Vec<Conflict>,
    /// Seats per effective role.
    pub seats: SeatUsage,
    /// Where each attribute was read from, when the input was an export read through a
    /// mapping (or records through one): the rule's origin, what it reads, and how many users
    /// each source gave a value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<AttributeSource>,
}

impl Plan {
    /// Whether the plan changes nothing (conflicts aside).
    pub fn is_empty(&self) -> bool {
        self.operation_count() == 0
    }

    /// How many operations `apply` will run (one per membership change of a group).
    pub fn operation_count(&self) -> usize {
        self.create_groups.len()
            + self.update_groups.len()
            + self.create_users.len()
            + self.update_users.len()
            + self.memberships.len()
            + self.deactivate_users.len()
            + self.delete_users.len()
            + self.delete_groups.len()
    }

    /// How many users the plan removes or deactivates.
    pub fn removal_count(&self) -> usize {
        self.deactivate_users.len() + self.delete_users.len()
    }

    /// Reads a plan from JSON (as `plan` wrote it).
    pub fn from_json(text: &str) -> crate::Result<Self> {
        serde_json::from_str(text).map_err(|e| crate::Error::validation("plan", "invalidValue", format!("not a plan: {e}")))
    }
}
