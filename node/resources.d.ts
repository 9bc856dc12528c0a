/** Resources and options of celonis-scim, as plain objects. Every member is optional and
 * unknown members survive a round trip; names follow the SCIM attributes as Celonis writes
 * them. The Rust core validates: these types only describe. */

import type { ApplySettings, PlanSettings } from './sync-types'

// The main job's data, generated from the Rust types (sync-types.d.ts), camelCase keys.
export type {
  ApplySettings,
  AttributeSource,
  Change,
  Conflict,
  ConflictKind,
  DesiredGroup,
  DesiredState,
  DesiredUser,
  Done,
  Failed,
  GroupCreate,
  GroupRef,
  GroupUpdate,
  ManageGroups,
  MatchBy,
  MemberRef,
  MembershipChange,
  MissingUsers,
  Plan,
  PlanRow,
  PlanSelection,
  PlanSettings,
  Report,
  ReportRow,
  RunSummary,
  SavedPlan,
  SeatUsage,
  SourceCount,
  TeamState,
  UserCreate,
  UserRef,
  UserUpdate,
} from './sync-types'

/** A user's name. */
export interface Name {
  formatted?: string
  familyName?: string
  givenName?: string
  middleName?: string
  honorificPrefix?: string
  honorificSuffix?: string
  [attribute: string]: unknown
}

/** One entry of `emails` or `phoneNumbers`. */
export interface MultiValue {
  value?: string
  display?: string
  type?: string
  primary?: boolean
  [attribute: string]: unknown
}

/** A reference to a user (a group's member) or a group (a user's group). */
export interface Member {
  value?: string
  display?: string
  type?: string
  $ref?: string
  [attribute: string]: unknown
}

/** Resource metadata set by the server. */
export interface Meta {
  resourceType?: string
  created?: string
  lastModified?: string
  location?: string
  version?: string
}

/** A user; `role` and `sendEmailOnInvitation` are the Celonis extension. */
export interface User {
  schemas?: string[]
  id?: string
  externalId?: string
  userName?: string
  name?: Name
  displayName?: string
  emails?: MultiValue[]
  phoneNumbers?: MultiValue[]
  active?: boolean
  /** Read-only: change memberships through the group. */
  groups?: Member[]
  /** `MEMBER` (the default), `ANALYST`, or the admin role. */
  role?: string
  sendEmailOnInvitation?: boolean
  meta?: Meta
  [attribute: string]: unknown
}

/** A group; its `role` counts towards every member's effective role. */
export interface Group {
  schemas?: string[]
  id?: string
  externalId?: string
  displayName?: string
  members?: Member[]
  role?: string
  meta?: Meta
  [attribute: string]: unknown
}

/** One page of a listing. */
export interface ListResponse<T> {
  schemas?: string[]
  totalResults: number
  startIndex?: number
  itemsPerPage?: number
  Resources: T[]
}

/** The body of `/.search`: Celonis honours only paging and projections. */
export interface SearchRequest {
  schemas?: string[]
  attributes?: string[]
  excludedAttributes?: string[]
  startIndex?: number
  count?: number
  [attribute: string]: unknown
}

/** One operation of a bulk request. */
export interface BulkOperation {
  method: 'POST' | 'PUT' | 'DELETE'
  path: string
  bulkId?: string
  version?: string
  data?: Record<string, unknown>
}

/** A bulk request (`failOnErrors` defaults to 1). */
export interface BulkRequest {
  schemas?: string[]
  failOnErrors?: number
  Operations: BulkOperation[]
}

/** The outcome of one bulk operation. */
export interface BulkOperationResponse {
  method?: string
  bulkId?: string
  version?: string
  location?: string
  status?: string | number | { code?: string | number }
  response?: Record<string, unknown>
}

/** The answer to a bulk request: one entry per operation that ran. */
export interface BulkResponse {
  schemas?: string[]
  Operations?: BulkOperationResponse[]
}

/** What the server supports. */
export interface ServiceProviderConfig {
  schemas?: string[]
  documentationUri?: string
  patch?: { supported?: boolean }
  bulk?: { supported?: boolean; maxOperations?: number; maxPayloadSize?: number }
  filter?: { supported?: boolean; maxResults?: number }
  changePassword?: { supported?: boolean }
  sort?: { supported?: boolean }
  etag?: { supported?: boolean }
  authenticationSchemes?: Record<string, unknown>[]
  meta?: Meta
  [attribute: string]: unknown
}

/** A schema definition. */
export interface Schema {
  schemas?: string[]
  id?: string
  name?: string
  description?: string
  attributes?: Record<string, unknown>[]
  meta?: Meta
}

/** A resource type. */
export interface ResourceType {
  schemas?: string[]
  id?: string
  name?: string
  description?: string
  endpoint?: string
  schema?: string
  schemaExtensions?: { schema?: string; required?: boolean }[]
  meta?: Meta
}

/** OAuth 2.0 client credentials. */
export interface OAuth2Options {
  tokenUrl: string
  clientId: string
  clientSecret: string
  /** Default `user-provisioning.scim`. */
  scope?: string
  /** `basic` (client_secret_basic, the default) or `post`. */
  clientAuth?: 'basic' | 'post'
}

/** Client options: exactly one of `token`, `appKey` and `oauth2`. Defaults come from the core. */
export interface ClientOptions {
  /** The full base URL up to and including `/scim/v2`. */
  baseUrl: string
  token?: string
  appKey?: string
  oauth2?: OAuth2Options
  /** Time limit of one HTTP exchange, in seconds (as everywhere in this API). */
  timeout?: number
  maxRetries?: number
  /** Overall limit on one call, retries and waits included, in seconds. */
  retryDeadline?: number
  /** First backoff delay, in seconds. */
  retryBaseDelay?: number
  userAgent?: string
  /** An extra trusted root certificate (PEM). */
  caCertPem?: string
  /**
   * Which root certificates are trusted: `'bundled'` (the Mozilla roots built in, the default)
   * or `'system'` (the operating system's store, where a corporate proxy's CA is installed).
   */
  trust?: 'bundled' | 'system'
  /** Allow plain http to a host that is not loopback. */
  allowInsecureHttp?: boolean
  /** The SCIM value of the admin role (default `ADMIN`). */
  adminRole?: string
  /**
   * The proxy for every request (`http://HOST:PORT`), or `'none'`; unset, `https_proxy`,
   * `http_proxy`, `all_proxy` and `no_proxy` are read as curl reads them.
   */
  proxy?: string
  /** The proxy's credentials, `USER:PASSWORD`. */
  proxyCredentials?: string
}

/** Emulator options. */
export interface EmulatorOptions {
  port?: number
  token?: string
  /** Licence seats per role, e.g. `{ ANALYST: 5 }`. */
  seats?: Record<string, number>
  adminRole?: string
  defaultCount?: number
  maxCount?: number
  bulkMaxOperations?: number
  bulkMaxPayload?: number
  rejectFilter?: boolean
  /** Keep the data in this JSON file across restarts. */
  state?: string
  latencyMs?: number
  /** OAuth clients accepted at the token endpoint: `{ [clientId]: secret }`. */
  oauthClients?: Record<string, string>
  /** Seconds. */
  oauthTokenLifetime?: number
}

/** Where an attribute's value comes from and how it is cleaned up (a column name, or a rule). */
export type MappingRule =
  | string
  | {
      /** Columns or JSON paths, tried in order. */
      from?: string | string[]
      /** Text with `{column}` and `{value}` placeholders. */
      template?: string
      default?: string
      /** Values by condition; the first that holds wins. */
      cases?: Array<{ field: string; is?: string | string[]; matches?: string; value: string }>
      split?: string
      trim?: boolean
      /** A DN's first component's value. */
      rdn?: boolean
      /** LDIF: follow nested groups. */
      nested?: boolean
      /** Value replacements (case-insensitive keys; `*` catches the rest). */
      map?: Record<string, string>
      /** `true` when this bit of a flags number is clear. */
      bit_clear?: number
      invert?: boolean
      letters?: 'lower' | 'upper'
    }

/** How the users of an export are read: a preset, and rules per attribute over it. */
export interface Mapping {
  /** entra, okta, gam, google-directory, workday, ldif or standard (`presets()`). */
  preset?: string
  format?: 'csv' | 'json' | 'ldif'
  /** JSON: the path of the array of records. */
  records?: string
  separator?: string
  /** Records left out when any condition holds. */
  skip?: Array<{ field: string; is?: string | string[]; matches?: string }>
  userName?: MappingRule
  displayName?: MappingRule
  givenName?: MappingRule
  familyName?: MappingRule
  email?: MappingRule
  externalId?: MappingRule
  active?: MappingRule
  role?: MappingRule
  groups?: MappingRule | MappingRule[]
}

/** Options of `plan` and `planToSave`: the core's plan options (camelCase), and where to read. */
export interface PlanOptions extends CallOptions, PlanSettings {
  /**
   * How to read an export when `desired` is a path (CSV, JSON or LDIF): a mapping file (TOML
   * or JSON), or the mapping itself, e.g. `{ preset: 'okta' }`.
   */
  mapping?: string | Mapping
  /**
   * The journal directory: the input-shrink guard compares the input with the last run
   * there that applied an input.
   */
  journal?: string
}

/** Options of `apply`, `applySaved` and `resume`: the core's apply options (camelCase). */
export interface ApplyOptions extends CallOptions, ApplySettings {}

/** Options of `snapshot`. */
export interface SnapshotOptions extends CallOptions {
  /** The licence's seats per role, when known. */
  seatLimits?: Record<string, number>
}

/**
 * What every call that does I/O accepts in its options: an `AbortSignal`. Aborting rejects the
 * call with an `AbortError` (`code: 'cancelled'`) as soon as it can, even while it waits for an
 * answer or for a rate limit to pass. Unknown option names are refused (`validation`).
 */
export interface CallOptions {
  signal?: AbortSignal
}

/** Which attributes to return. */
export interface ProjectionOptions extends CallOptions {
  /** Return only these attributes (plus `id`). */
  attributes?: string[]
  /** Leave out these attributes. */
  excludedAttributes?: string[]
}

/** One page of a listing. */
export interface ListOptions extends ProjectionOptions {
  /** The 1-based index of the first resource (server default 1). */
  startIndex?: number
  /** How many resources at most (server default 200). */
  count?: number
}

/** Iteration over every resource, page by page; `signal` stops it. */
export interface IterOptions extends ProjectionOptions {
  /** Resources per page (server default 200). */
  pageSize?: number
}

/** The stable error codes. */
export type ErrorCode =
  | 'validation'
  | 'config'
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'rate_limited'
  | 'server'
  | 'http'
  | 'transport'
  | 'decode'
  | 'cancelled'
  | 'internal'

/** Every error thrown or rejected by celonis-scim is an `Error` with these members. */
export interface ScimError extends Error {
  name:
    | 'ValidationError'
    | 'ConfigError'
    | 'BadRequestError'
    | 'AuthError'
    | 'NotFoundError'
    | 'ConflictError'
    | 'PreconditionFailedError'
    | 'RateLimitError'
    | 'ServerError'
    | 'ApiError'
    | 'TransportError'
    | 'DecodeError'
    | 'AbortError'
    | 'InternalError'
  code: ErrorCode
  status: number | null
  scimType: string | null
  detail: string | null
  errorCode: string | null
  supportId: string | null
  /** Seconds. */
  retryAfter: number | null
  attribute: string | null
}
