"""TypedDicts of the main job's data, generated from the Rust types by
crates/celonis-scim-cli/tests/generated_types.rs: do not edit.

Plain dicts with snake_case keys, as the library takes and returns them; nothing is checked
at run time by these types.
"""

from __future__ import annotations

import sys
from typing import Any, Dict, List, Literal, Optional, Union

if sys.version_info >= (3, 11):
    from typing import NotRequired, TypedDict
else:  # pragma: no cover - older Pythons take them from typing_extensions
    from typing_extensions import NotRequired, TypedDict

from .resources import Group, User

__all__ = [
    "ApplyOptions",
    "AttributeSource",
    "Change",
    "Conflict",
    "ConflictKind",
    "DesiredGroup",
    "DesiredState",
    "DesiredUser",
    "Done",
    "Failed",
    "GroupCreate",
    "GroupRef",
    "GroupUpdate",
    "ManageGroups",
    "MatchBy",
    "MemberRef",
    "MembershipChange",
    "MissingUsers",
    "Plan",
    "PlanOptions",
    "PlanRow",
    "PlanSelection",
    "Report",
    "ReportRow",
    "RunSummary",
    "SavedPlan",
    "SeatUsage",
    "SourceCount",
    "TeamState",
    "UserCreate",
    "UserRef",
    "UserUpdate",
]

ConflictKind = Literal["email_change", "too_many_groups", "seat_limit", "protected", "min_admins", "incomplete_input", "input_shrank", "irreversible"]
"""Why a plan leaves something out or will not be applied as it is."""

ManageGroups = Literal["named", "all"]
"""Which existing groups the plan manages."""

MatchBy = Literal["user_name", "external_id"]
"""How desired users are matched to existing ones."""

MissingUsers = Literal["keep", "deactivate", "delete"]
"""What happens to existing users that the desired state does not list."""


class ApplyOptions(TypedDict):
    """Options of `apply`."""

    #: Use `/Bulk` when the server offers it.
    bulk: NotRequired[bool]
    #: The most operations per bulk request (the server's limit applies too).
    bulk_max_operations: NotRequired[int]
    #: Apply even past the removal guard, the input-shrink guard and seat-limit conflicts
    #: (never past protection rules, the minimum of admins, or deletions from an incomplete
    #: input).
    force: NotRequired[bool]
    #: A directory for the journal: every apply appends its run there (JSON Lines; each
    #: operation's start record made durable before the operation is sent) and holds the
    #: team's lock meanwhile. No journal when unset.
    journal: NotRequired[Optional[str]]
    #: Single calls in flight at once (when not using Bulk, and for memberships).
    max_in_flight: NotRequired[int]
    #: ...or more than this percentage of the team.
    max_removal_percent: NotRequired[float]
    #: Refuse a plan that removes or deactivates more users than this...
    max_removals: NotRequired[int]


class AttributeSource(TypedDict):
    """Where one attribute of the desired users was read from, by which rule: what a plan shows
    so that a column read by mistake (or not found) is seen before anything is applied."""

    #: The user attribute (`userName`, `displayName`, `givenName`, `familyName`, `email`,
    #: `externalId`, `active`, `role`, `groups`).
    attribute: str
    #: Whose rule it is: `mapping` (the mapping's own) or `preset NAME`.
    rule: str
    #: What the rule reads, in its order of preference: columns or JSON paths, then `cases`,
    #: `template` or `default` when it has them.
    reads: List[str]
    #: How many users took their value from each of those; one that gave none is left out,
    #: so an empty list means that nothing in the export has this attribute.
    found: List[SourceCount]


class Change(TypedDict):
    """One attribute that changes."""

    #: The attribute (`displayName`, `name.givenName`, `role`, `active`, ...).
    attribute: str
    #: Its current value (`null` when absent).
    before: Any
    #: Its value after the change.
    after: Any


class Conflict(TypedDict):
    """Something the plan will not send, and why."""

    #: What kind of conflict.
    kind: ConflictKind
    #: The user or role concerned.
    subject: str
    #: The explanation.
    detail: str


class DesiredGroup(TypedDict):
    """A group as the input wants it."""

    #: The group's unique name; how groups are matched (case-insensitive).
    displayName: str
    #: The id in the source system.
    externalId: NotRequired[Optional[str]]
    #: The role every member gets.
    role: NotRequired[Optional[str]]


class DesiredState(TypedDict):
    """The whole desired state."""

    #: The input declares that it lists every user of the team: only then may a plan delete.
    complete: NotRequired[bool]
    #: The groups named by the input (users may name more; those are managed too).
    groups: NotRequired[List[DesiredGroup]]
    #: The users of the team.
    users: NotRequired[List[DesiredUser]]


class DesiredUser(TypedDict):
    """A user as the input wants it. Attributes left out are not managed."""

    #: The login; how users are matched (case-insensitive) unless matching by externalId.
    userName: str
    #: Whether the user is active.
    active: NotRequired[Optional[bool]]
    #: The name shown in the UI.
    displayName: NotRequired[Optional[str]]
    #: Email addresses (Celonis never lets them change once the user exists).
    emails: NotRequired[List[str]]
    #: The id in the source system.
    externalId: NotRequired[Optional[str]]
    #: Family name.
    familyName: NotRequired[Optional[str]]
    #: Given name.
    givenName: NotRequired[Optional[str]]
    #: The groups the user belongs to, by displayName.
    groups: NotRequired[List[str]]
    #: The user's own role (`MEMBER`, `ANALYST`, the admin role).
    role: NotRequired[Optional[str]]


class Done(TypedDict):
    """An operation that succeeded."""

    #: What was done (`create_user`, `update_group`, `memberships`, ...).
    action: str
    #: On what (a userName or a group name).
    target: str
    #: The resource's id.
    id: NotRequired[Optional[str]]


class Failed(TypedDict):
    """An operation that failed, and why."""

    #: What was tried.
    action: str
    #: On what.
    target: str
    #: The stable error code.
    code: str
    #: The message.
    message: str
    #: The HTTP status, when the server answered.
    status: NotRequired[Optional[int]]


class GroupCreate(TypedDict):
    """A group to create."""

    #: The group's name.
    display_name: str
    #: Its externalId, when the input gives one.
    external_id: NotRequired[Optional[str]]
    #: Its role, when the input gives one.
    role: NotRequired[Optional[str]]


class GroupRef(TypedDict):
    """A group to delete."""

    #: The group's id.
    id: str
    #: The group's name.
    display_name: str


class GroupUpdate(TypedDict):
    """A group whose role or externalId changes."""

    #: The group's id.
    id: str
    #: The group's name.
    display_name: str
    #: What changes (`role`, `externalId`).
    changes: List[Change]


class MemberRef(TypedDict):
    """A user named in a membership change: its id when it exists already."""

    #: The userName.
    user_name: str
    #: The id, unless the plan creates the user.
    id: NotRequired[Optional[str]]


class MembershipChange(TypedDict):
    """Membership additions and removals of one group."""

    #: The group's name.
    group: str
    #: Users to add.
    add: List[MemberRef]
    #: Users to remove.
    remove: List[MemberRef]
    #: The group's id, unless the plan creates the group.
    group_id: NotRequired[Optional[str]]


class Plan(TypedDict):
    """Everything `apply` will do, in the order it does it."""

    #: The options the plan was made with.
    options: PlanOptions
    #: How many users the team has now (for the removal guard).
    team_size: int
    #: How many users the input lists (the journal keeps it for the input-shrink guard).
    input_users: int
    #: Whether the input declared itself complete (or the caller vouched for it): deletions
    #: are applied only then.
    input_complete: bool
    #: Groups to create.
    create_groups: List[GroupCreate]
    #: Groups whose role or externalId changes.
    update_groups: List[GroupUpdate]
    #: Users to create.
    create_users: List[UserCreate]
    #: Users to replace.
    update_users: List[UserUpdate]
    #: Membership additions and removals, per group.
    memberships: List[MembershipChange]
    #: Users to deactivate.
    deactivate_users: List[UserRef]
    #: Users to delete.
    delete_users: List[UserRef]
    #: Groups to delete.
    delete_groups: List[GroupRef]
    #: What the plan will not send, and why.
    conflicts: List[Conflict]
    #: Seats per effective role.
    seats: SeatUsage
    #: The fingerprint of the input the plan was made from (FNV-1a of the desired state's
    #: JSON, hex); none for a plan made otherwise (an undo). The journal counts a run as
    #: applying an input only when its plan has one.
    input: NotRequired[Optional[str]]
    #: Where each attribute was read from, when the input was an export read through a
    #: mapping (or records through one): the rule's origin, what it reads, and how many users
    #: each source gave a value.
    sources: NotRequired[List[AttributeSource]]


class PlanOptions(TypedDict):
    """Options of `plan`."""

    #: The caller vouches that the input lists every user (for a CSV export, which cannot say
    #: so itself): deletions are planned only from a complete input.
    input_complete: NotRequired[bool]
    #: Which groups are managed.
    manage_groups: NotRequired[ManageGroups]
    #: How users are matched.
    match_by: NotRequired[MatchBy]
    #: The input may not have shrunk by more than this percentage since the last run that
    #: applied an input (`previous_input_users`; the journal knows it)...
    max_input_shrink_percent: NotRequired[Optional[float]]
    #: No plan may leave fewer active admins than this (admins by their own role or a group's).
    min_admins: NotRequired[Optional[int]]
    #: What happens to users missing from the input.
    missing_users: NotRequired[MissingUsers]
    #: Page size for reading the current state (the server's default when unset).
    page_size: NotRequired[Optional[int]]
    #: ...which had this many users.
    previous_input_users: NotRequired[Optional[int]]
    #: Groups never changed, deleted or given other members: names or patterns, as above.
    protected_groups: NotRequired[List[str]]
    #: Users never changed, deactivated, deleted or moved between groups: userNames or
    #: patterns (`*` any run of characters, `?` one), case-insensitive.
    protected_users: NotRequired[List[str]]
    #: Licence seats per role (`{"ANALYST": 10}`): a plan that would use more is a conflict.
    seat_limits: NotRequired[Dict[str, int]]
    #: `sendEmailOnInvitation` for the users the plan creates (the server decides when unset).
    send_invitations: NotRequired[Optional[bool]]


class PlanRow(TypedDict):
    """One row of a plan."""

    #: The plan's section (`create_users`, `memberships`, ...; `conflicts` for a conflict).
    section: str
    #: The userName or group name.
    target: str
    #: The attribute that changes (`displayName`, `role`, `member`, ...); empty for a whole
    #: creation or removal.
    attribute: str
    #: Its value before (`null` when none).
    before: Any
    #: Its value after (`null` when none).
    after: Any


class Report(TypedDict):
    """What an apply did."""

    #: Operations that succeeded.
    done: List[Done]
    #: Operations that failed (a cancelled apply lists the ones it did not start here, with
    #: the code `cancelled`).
    failed: List[Failed]
    #: Whether the apply was cancelled before it finished: planning again shows what is left.
    cancelled: bool
    #: For a resume that found nothing left to do (nothing was sent, no run was journaled):
    #: the run that completed the work, the resumed run itself or one of its resumes.
    completed_by: NotRequired[Optional[str]]
    #: The run id in the journal, when the apply was journaled.
    run: NotRequired[Optional[str]]


class ReportRow(TypedDict):
    """One row of a report."""

    #: What was done or tried (`create_user`, `memberships`, ...).
    action: str
    #: On what.
    target: str
    #: `done` or `failed`.
    outcome: str
    #: The resource's id, when done and known.
    id: Optional[str]
    #: The error code, when failed.
    code: Optional[str]
    #: The error message, when failed.
    message: Optional[str]
    #: The HTTP status, when failed with an answer.
    status: Optional[int]


class RunSummary(TypedDict):
    """What one run did, as [`runs`] lists it."""

    #: The run id (sortable by time).
    run: str
    #: When it started (RFC 3339, UTC).
    time: str
    #: The base URL of the team.
    team: str
    #: Operations in its plan.
    operations: int
    #: Operations done.
    done: int
    #: Operations failed (or not started after a cancellation).
    failed: int
    #: Operations started without a recorded end: the process was killed while they ran.
    uncertain: int
    #: Whether the run recorded its end (a killed run did not).
    finished: bool
    #: Whether the run was cancelled.
    cancelled: bool
    #: Users the input listed.
    input_users: int
    #: The fingerprint of the input the run applied; none for a resume or an undo.
    input: NotRequired[Optional[str]]
    #: Why the run's file could not be read (corrupt, cut short before its first record);
    #: such a run is listed, never trusted, and never blocks another.
    problem: NotRequired[Optional[str]]
    #: The runs that resumed this one, oldest first.
    resumed_by: NotRequired[List[str]]
    #: The run it resumed, if any.
    resumes: NotRequired[Optional[str]]


class SavedPlan(TypedDict):
    """A plan with what it was computed from."""

    #: Always [`SAVED_PLAN_FORMAT`].
    format: str
    #: The plan, to apply exactly.
    plan: Plan
    #: The version of every existing resource the plan touches, by `Users/<id>` or `Groups/<id>`.
    team: Dict[str, str]
    #: The fingerprint of the input the plan was computed from (as the plan's `input`).
    input: NotRequired[Optional[str]]


class SeatUsage(TypedDict):
    """Licence seats per effective role, before and after the plan."""

    #: Seats in use now.
    before: Dict[str, int]
    #: Seats in use after the plan.
    after: Dict[str, int]
    #: Active users with the admin role (their own or a group's) now...
    active_admins_before: int
    #: ...and after the plan.
    active_admins_after: int


class PlanSelection(TypedDict):
    """What to keep of a plan. Empty lists keep everything of their kind."""

    #: Groups to keep: names or patterns.
    groups: NotRequired[List[str]]
    #: Sections to keep ([`SECTIONS`]; also as Node spells the plan's keys: `createUsers`).
    sections: NotRequired[List[str]]
    #: Users to keep: userNames or patterns (`*`, `?`), case-insensitive.
    users: NotRequired[List[str]]


class SourceCount(TypedDict):
    """How many users took an attribute's value from one source."""

    #: The column, JSON path, `cases`, `template`, `default` or `member` (LDIF groups listing
    #: the user).
    source: str
    #: How many users.
    users: int


class TeamState(TypedDict):
    """A copy of a team."""

    #: Always [`TEAM_STATE_FORMAT`].
    format: str
    #: When it was taken (RFC 3339, UTC).
    taken: str
    #: The base URL it was taken from.
    team: str
    #: Every user, as the server returned it.
    users: List[User]
    #: Every group, with its members.
    groups: List[Group]
    #: Seats in use per effective role when it was taken.
    seats: Dict[str, int]
    #: The licence's seats per role, when known (the API does not tell): a rehearsal holds
    #: the twin to them.
    seat_limits: Dict[str, int]


class UserCreate(TypedDict):
    """A user to create."""

    #: The userName.
    user_name: str
    #: The user as it will be sent.
    user: User


class UserRef(TypedDict):
    """A user to deactivate or delete."""

    #: The user's id.
    id: str
    #: The userName.
    user_name: str
    #: For a deactivation: the whole user as it will be sent, with `active: false`.
    user: NotRequired[Optional[User]]


class UserUpdate(TypedDict):
    """A user to replace because something differs."""

    #: The user's id.
    id: str
    #: The userName.
    user_name: str
    #: What changes.
    changes: List[Change]
    #: The whole user as it will be sent (current attributes kept).
    user: User
