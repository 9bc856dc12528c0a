// Generated from the Rust types by crates/celonis-scim-cli/tests/generated_types.rs: do not edit.
// The main job's data as the Node binding speaks it: keys in camelCase, both ways.

import type { Group, User } from './resources'

/** Options of `apply`. */
export interface ApplySettings {
  /** Use `/Bulk` when the server offers it. */
  bulk?: boolean
  /** The most operations per bulk request (the server's limit applies too). */
  bulkMaxOperations?: number
  /**
   * Apply even past the removal guard, the input-shrink guard and seat-limit conflicts
   * (never past protection rules, the minimum of admins, or deletions from an incomplete
   * input).
   */
  force?: boolean
  /**
   * A directory for the journal: every apply appends its run there (JSON Lines; each
   * operation's start record made durable before the operation is sent) and holds the
   * team's lock meanwhile. No journal when unset.
   */
  journal?: string | null
  /** Single calls in flight at once (when not using Bulk, and for memberships). */
  maxInFlight?: number
  /** ...or more than this percentage of the team. */
  maxRemovalPercent?: number
  /** Refuse a plan that removes or deactivates more users than this... */
  maxRemovals?: number
}

/**
 * Where one attribute of the desired users was read from, by which rule: what a plan shows
 * so that a column read by mistake (or not found) is seen before anything is applied.
 */
export interface AttributeSource {
  /**
   * The user attribute (`userName`, `displayName`, `givenName`, `familyName`, `email`,
   * `externalId`, `active`, `role`, `groups`).
   */
  attribute: string
  /** Whose rule it is: `mapping` (the mapping's own) or `preset NAME`. */
  rule: string
  /**
   * What the rule reads, in its order of preference: columns or JSON paths, then `cases`,
   * `template` or `default` when it has them.
   */
  reads: string[]
  /**
   * How many users took their value from each of those; one that gave none is left out,
   * so an empty list means that nothing in the export has this attribute.
   */
  found: SourceCount[]
}

/** One attribute that changes. */
export interface Change {
  /** The attribute (`displayName`, `name.givenName`, `role`, `active`, ...). */
  attribute: string
  /** Its current value (`null` when absent). */
  before: unknown
  /** Its value after the change. */
  after: unknown
}

/** Something the plan will not send, and why. */
export interface Conflict {
  /** What kind of conflict. */
  kind: ConflictKind
  /** The user or role concerned. */
  subject: string
  /** The explanation. */
  detail: string
}

/** Why a plan leaves something out or will not be applied as it is. */
export type ConflictKind = 'email_change' | 'too_many_groups' | 'seat_limit' | 'protected' | 'min_admins' | 'incomplete_input' | 'input_shrank' | 'irreversible'

/** A group as the input wants it. */
export interface DesiredGroup {
  /** The group's unique name; how groups are matched (case-insensitive). */
  displayName: string
  /** The id in the source system. */
  externalId?: string | null
  /** The role every member gets. */
  role?: string | null
}

/** The whole desired state. */
export interface DesiredState {
  /** The input declares that it lists every user of the team: only then may a plan delete. */
  complete?: boolean
  /** The groups named by the input (users may name more; those are managed too). */
  groups?: DesiredGroup[]
  /** The users of the team. */
  users?: DesiredUser[]
}

/** A user as the input wants it. Attributes left out are not managed. */
export interface DesiredUser {
  /** The login; how users are matched (case-insensitive) unless matching by externalId. */
  userName: string
  /** Whether the user is active. */
  active?: boolean | null
  /** The name shown in the UI. */
  displayName?: string | null
  /** Email addresses (Celonis never lets them change once the user exists). */
  emails?: string[]
  /** The id in the source system. */
  externalId?: string | null
  /** Family name. */
  familyName?: string | null
  /** Given name. */
  givenName?: string | null
  /** The groups the user belongs to, by displayName. */
  groups?: string[]
  /** The user's own role (`MEMBER`, `ANALYST`, the admin role). */
  role?: string | null
}

/** An operation that succeeded. */
export interface Done {
  /** What was done (`create_user`, `update_group`, `memberships`, ...). */
  action: string
  /** On what (a userName or a group name). */
  target: string
  /** The resource's id. */
  id?: string | null
}

/** An operation that failed, and why. */
export interface Failed {
  /** What was tried. */
  action: string
  /** On what. */
  target: string
  /** The stable error code. */
  code: string
  /** The message. */
  message: string
  /** The HTTP status, when the server answered. */
  status?: number | null
}

/** A group to create. */
export interface GroupCreate {
  /** The group's name. */
  displayName: string
  /** Its externalId, when the input gives one. */
  externalId?: string | null
  /** Its role, when the input gives one. */
  role?: string | null
}

/** A group to delete. */
export interface GroupRef {
  /** The group's id. */
  id: string
  /** The group's name. */
  displayName: string
}

/** A group whose role or externalId changes. */
export interface GroupUpdate {
  /** The group's id. */
  id: string
  /** The group's name. */
  displayName: string
  /** What changes (`role`, `externalId`). */
  changes: Change[]
}

/** Which existing groups the plan manages. */
export type ManageGroups = 'named' | 'all'

/** How desired users are matched to existing ones. */
export type MatchBy = 'user_name' | 'external_id'

/** A user named in a membership change: its id when it exists already. */
export interface MemberRef {
  /** The userName. */
  userName: string
  /** The id, unless the plan creates the user. */
  id?: string | null
}

/** Membership additions and removals of one group. */
export interface MembershipChange {
  /** The group's name. */
  group: string
  /** Users to add. */
  add: MemberRef[]
  /** Users to remove. */
  remove: MemberRef[]
  /** The group's id, unless the plan creates the group. */
  groupId?: string | null
}

/** What happens to existing users that the desired state does not list. */
export type MissingUsers = 'keep' | 'deactivate' | 'delete'

/** Everything `apply` will do, in the order it does it. */
export interface Plan {
  /** The options the plan was made with. */
  options: PlanSettings
  /** How many users the team has now (for the removal guard). */
  teamSize: number
  /** How many users the input lists (the journal keeps it for the input-shrink guard). */
  inputUsers: number
  /**
   * Whether the input declared itself complete (or the caller vouched for it): deletions
   * are applied only then.
   */
  inputComplete: boolean
  /** Groups to create. */
  createGroups: GroupCreate[]
  /** Groups whose role or externalId changes. */
  updateGroups: GroupUpdate[]
  /** Users to create. */
  createUsers: UserCreate[]
  /** Users to replace. */
  updateUsers: UserUpdate[]
  /** Membership additions and removals, per group. */
  memberships: MembershipChange[]
  /** Users to deactivate. */
  deactivateUsers: UserRef[]
  /** Users to delete. */
  deleteUsers: UserRef[]
  /** Groups to delete. */
  deleteGroups: GroupRef[]
  /** What the plan will not send, and why. */
  conflicts: Conflict[]
  /** Seats per effective role. */
  seats: SeatUsage
  /**
   * The fingerprint of the input the plan was made from (FNV-1a of the desired state's
   * JSON, hex); none for a plan made otherwise (an undo). The journal counts a run as
   * applying an input only when its plan has one.
   */
  input?: string | null
  /**
   * Where each attribute was read from, when the input was an export read through a
   * mapping (or records through one): the rule's origin, what it reads, and how many users
   * each source gave a value.
   */
  sources?: AttributeSource[]
}

/** Options of `plan`. */
export interface PlanSettings {
  /**
   * The caller vouches that the input lists every user (for a CSV export, which cannot say
   * so itself): deletions are planned only from a complete input.
   */
  inputComplete?: boolean
  /** Which groups are managed. */
  manageGroups?: ManageGroups
  /** How users are matched. */
  matchBy?: MatchBy
  /**
   * The input may not have shrunk by more than this percentage since the last run that
   * applied an input (`previous_input_users`; the journal knows it)...
   */
  maxInputShrinkPercent?: number | null
  /** No plan may leave fewer active admins than this (admins by their own role or a group's). */
  minAdmins?: number | null
  /** What happens to users missing from the input. */
  missingUsers?: MissingUsers
  /** Page size for reading the current state (the server's default when unset). */
  pageSize?: number | null
  /** ...which had this many users. */
  previousInputUsers?: number | null
  /** Groups never changed, deleted or given other members: names or patterns, as above. */
  protectedGroups?: string[]
  /**
   * Users never changed, deactivated, deleted or moved between groups: userNames or
   * patterns (`*` any run of characters, `?` one), case-insensitive.
   */
  protectedUsers?: string[]
  /** Licence seats per role (`{"ANALYST": 10}`): a plan that would use more is a conflict. */
  seatLimits?: Record<string, number>
  /** `sendEmailOnInvitation` for the users the plan creates (the server decides when unset). */
  sendInvitations?: boolean | null
}

/** One row of a plan. */
export interface PlanRow {
  /** The plan's section (`create_users`, `memberships`, ...; `conflicts` for a conflict). */
  section: string
  /** The userName or group name. */
  target: string
  /**
   * The attribute that changes (`displayName`, `role`, `member`, ...); empty for a whole
   * creation or removal.
   */
  attribute: string
  /** Its value before (`null` when none). */
  before: unknown
  /** Its value after (`null` when none). */
  after: unknown
}

/** What an apply did. */
export interface Report {
  /** Operations that succeeded. */
  done: Done[]
  /**
   * Operations that failed (a cancelled apply lists the ones it did not start here, with
   * the code `cancelled`).
   */
  failed: Failed[]
  /** Whether the apply was cancelled before it finished: planning again shows what is left. */
  cancelled: boolean
  /**
   * For a resume that found nothing left to do (nothing was sent, no run was journaled):
   * the run that completed the work, the resumed run itself or one of its resumes.
   */
  completedBy?: string | null
  /** The run id in the journal, when the apply was journaled. */
  run?: string | null
}

/** One row of a report. */
export interface ReportRow {
  /** What was done or tried (`create_user`, `memberships`, ...). */
  action: string
  /** On what. */
  target: string
  /** `done` or `failed`. */
  outcome: string
  /** The resource's id, when done and known. */
  id: string | null
  /** The error code, when failed. */
  code: string | null
  /** The error message, when failed. */
  message: string | null
  /** The HTTP status, when failed with an answer. */
  status: number | null
}

/** What one run did, as [`runs`] lists it. */
export interface RunSummary {
  /** The run id (sortable by time). */
  run: string
  /** When it started (RFC 3339, UTC). */
  time: string
  /** The base URL of the team. */
  team: string
  /** Operations in its plan. */
  operations: number
  /** Operations done. */
  done: number
  /** Operations failed (or not started after a cancellation). */
  failed: number
  /** Operations started without a recorded end: the process was killed while they ran. */
  uncertain: number
  /** Whether the run recorded its end (a killed run did not). */
  finished: boolean
  /** Whether the run was cancelled. */
  cancelled: boolean
  /** Users the input listed. */
  inputUsers: number
  /** The fingerprint of the input the run applied; none for a resume or an undo. */
  input?: string | null
  /**
   * Why the run's file could not be read (corrupt, cut short before its first record);
   * such a run is listed, never trusted, and never blocks another.
   */
  problem?: string | null
  /** The runs that resumed this one, oldest first. */
  resumedBy?: string[]
  /** The run it resumed, if any. */
  resumes?: string | null
}

/** A plan with what it was computed from. */
export interface SavedPlan {
  /** Always [`SAVED_PLAN_FORMAT`]. */
  format: string
  /** The plan, to apply exactly. */
  plan: Plan
  /** The version of every existing resource the plan touches, by `Users/<id>` or `Groups/<id>`. */
  team: Record<string, string>
  /** The fingerprint of the input the plan was computed from (as the plan's `input`). */
  input?: string | null
}

/** Licence seats per effective role, before and after the plan. */
export interface SeatUsage {
  /** Seats in use now. */
  before: Record<string, number>
  /** Seats in use after the plan. */
  after: Record<string, number>
  /** Active users with the admin role (their own or a group's) now... */
  activeAdminsBefore: number
  /** ...and after the plan. */
  activeAdminsAfter: number
}

/** What to keep of a plan. Empty lists keep everything of their kind. */
export interface PlanSelection {
  /** Groups to keep: names or patterns. */
  groups?: string[]
  /** Sections to keep ([`SECTIONS`]; also as Node spells the plan's keys: `createUsers`). */
  sections?: string[]
  /** Users to keep: userNames or patterns (`*`, `?`), case-insensitive. */
  users?: string[]
}

/** How many users took an attribute's value from one source. */
export interface SourceCount {
  /**
   * The column, JSON path, `cases`, `template`, `default` or `member` (LDIF groups listing
   * the user).
   */
  source: string
  /** How many users. */
  users: number
}

/** A copy of a team. */
export interface TeamState {
  /** Always [`TEAM_STATE_FORMAT`]. */
  format: string
  /** When it was taken (RFC 3339, UTC). */
  taken: string
  /** The base URL it was taken from. */
  team: string
  /** Every user, as the server returned it. */
  users: User[]
  /** Every group, with its members. */
  groups: Group[]
  /** Seats in use per effective role when it was taken. */
  seats: Record<string, number>
  /**
   * The licence's seats per role, when known (the API does not tell): a rehearsal holds
   * the twin to them.
   */
  seatLimits: Record<string, number>
}

/** A user to create. */
export interface UserCreate {
  /** The userName. */
  userName: string
  /** The user as it will be sent. */
  user: User
}

/** A user to deactivate or delete. */
export interface UserRef {
  /** The user's id. */
  id: string
  /** The userName. */
  userName: string
  /** For a deactivation: the whole user as it will be sent, with `active: false`. */
  user?: User | null
}

/** A user to replace because something differs. */
export interface UserUpdate {
  /** The user's id. */
  id: string
  /** The userName. */
  userName: string
  /** What changes. */
  changes: Change[]
  /** The whole user as it will be sent (current attributes kept). */
  user: User
}
