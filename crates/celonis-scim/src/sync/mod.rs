//! The main job: keep a Celonis team in line with a desired state (an HR or identity export).
//!
//! [`Client::plan`] reads the current users and groups and compares them with the desired
//! state; [`Client::apply`] carries the plan out. Planning again after a successful apply gives
//! an empty plan; after an interrupted apply, planning and applying again converges.

pub mod apply;
#[cfg(feature = "schema")]
pub mod casing;
pub mod csv;
pub mod desired;
pub mod html;
pub mod html_page;
pub mod job;
pub mod journal;
pub mod options;
pub mod plan;
pub mod saved;
pub mod snapshot;
pub mod source;
mod planner;
pub mod protect;
pub mod render;
pub mod rows;
pub mod select;
mod seats;

pub use apply::{Done, Failed, Progress, ProgressFn, Report};
pub use desired::{AttributeSource, DesiredGroup, DesiredState, DesiredUser, SourceCount};
pub use options::{ApplyOptions, ManageGroups, MatchBy, MissingUsers, PlanOptions};
pub use plan::{Conflict, ConflictKind, Plan};
pub use html::render_html;
pub use html_page::render_html_page;
pub use job::{Input, Job, JobOptions, MappingSource};
pub use render::{render, render_markdown};
pub use rows::{PlanRow, ReportRow};
pub use select::Selection;
pub use saved::{SAVED_PLAN_FORMAT, SavedPlan};
pub use snapshot::{TEAM_STATE_FORMAT, TeamState};
pub use source::Mapping;

use crate::client::{Client, IterOptions};
use crate::error::Result;

impl Client {
    /// Plans the changes that make the team match `desired`. The input is checked first (every
    /// problem reported at once, nothing read or sent while it has any); then every user and
    /// group is read, page by page.
    pub fn plan(&self, desired: &DesiredState, options: &PlanOptions) -> Result<Plan> {
        let (users, groups) = self.read_team(desired, options)?;
        Ok(planner::plan(desired, &planner::Current { users: &users, groups: &groups }, options, self.roles()))
    }

    /// Checks the input (every problem at once, nothing read while it has any), then reads
    /// every user and group, page by page: what a plan is computed from.
    pub(crate) fn read_team(&self, desired: &DesiredState, options: &PlanOptions) -> Result<(Vec<crate::User>, Vec<crate::Group>)> {
        desired.check(self.roles(), options.match_by == MatchBy::ExternalId)?;
        let paging = IterOptions { page_size: options.page_size, ..Default::default() };
        let users = self.iter_users(&paging).collect::<Result<Vec<_>>>()?;
        let groups = self.iter_groups(&paging).collect::<Result<Vec<_>>>()?;
        Ok((users, groups))
    }

    /// Plans against a state already read (a recorded listing, say), without any request.
    pub fn plan_offline(&self, desired: &DesiredState, users: &[crate::User], groups: &[crate::Group], options: &PlanOptions) -> Result<Plan> {
        desired.check(self.roles(), options.match_by == MatchBy::ExternalId)?;
        Ok(planner::plan(desired, &planner::Current { users, groups }, options, self.roles()))
    }
}
