//! The team's state as a file: what `snapshot` copies from the live team (users, groups with
//! their members, seats in use per role), so that a plan can be rehearsed on a twin before it
//! touches the real team. The file is also an emulator state file (`emulator --state`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::seats::SeatCounter;
use crate::client::{Client, IterOptions};
use crate::error::{Error, Result};
use crate::model::{Group, User};

/// The `format` of the team-state files this version writes and reads.
pub const TEAM_STATE_FORMAT: &str = "celonis-scim/team-state/1";

/// A copy of a team.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TeamState {
    /// Always [`TEAM_STATE_FORMAT`].
    pub format: String,
    /// When it was taken (RFC 3339, UTC).
    pub taken: String,
    /// The base URL it was taken from.
    pub team: String,
    /// Every user, as the server returned it.
    pub users: Vec<User>,
    /// Every group, with its members.
    pub groups: Vec<Group>,
    /// Seats in use per effective role when it was taken.
    pub seats: BTreeMap<String, usize>,
    /// The licence's seats per role, when known (the API does not tell): a rehearsal holds
    /// the twin to them.
    #[serde(default)]
    pub seat_limits: BTreeMap<String, usize>,
}

impl TeamState {
    /// Reads a team state from JSON; a `validation` error when it is not one of this format.
    pub fn from_json(text: &str) -> Result<Self> {
        let state: TeamState = serde_json::from_str(text).map_err(|e| Error::validation("state", "invalidSyntax", format!("not a team state: {e}")))?;
        state.checked()
    }

    /// The team state, when it is of this version's format (a `validation` error otherwise).
    pub fn checked(self) -> Result<Self> {
        if self.format != TEAM_STATE_FORMAT {
            return Err(Error::validation("format", "invalidValue", format!("team state format {:?} is not {TEAM_STATE_FORMAT}", self.format)));
        }
        Ok(self)
    }

    /// The team state as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Writes the team state to a file, as pretty JSON, readable by its owner only (a
    /// `config` error when it cannot).
    pub fn save(&self, path: &std::path::Path) -> Result<()> {
        crate::private_files::write(path, self.to_json().as_bytes()).map_err(|e| Error::config(format!("cannot write {}: {e}", path.display())))
    }
}

impl Client {
    /// Copies the live team: every user and group, page by page, and the seats in use.
    /// `seat_limits` (the licence, when known) is kept with it for rehearsals.
    pub fn snapshot(&self, seat_limits: &BTreeMap<String, usize>) -> Result<TeamState> {
        let users = self.iter_users(&IterOptions::default()).collect::<Result<Vec<_>>>()?;
        let groups = self.iter_groups(&IterOptions::default()).collect::<Result<Vec<_>>>()?;
        let seats = SeatCounter::new(self.roles()).current(&users, &groups);
        Ok(TeamState {
            format: TEAM_STATE_FORMAT.to_owned(),
            taken: crate::clock::now_rfc3339(),
            team: self.base_url().to_owned(),
            users,
            groups,
            seats,
            seat_limits: seat_limits.clone(),
        })
    }
}
