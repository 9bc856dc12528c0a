"""TypedDicts of the SCIM documents the client sends and receives.

They describe plain dicts: nothing is converted or checked at run time by these types (the
Rust core validates). Every key is optional (``total=False``); unknown keys survive a round
trip. Keys follow the SCIM attribute names, as the vendor writes them.
"""

from __future__ import annotations

import sys
from typing import Any, Dict, Generic, List, Optional, TypeVar, Union

if sys.version_info >= (3, 11):
    from typing import TypedDict
else:  # pragma: no cover - older Pythons need typing_extensions for generic TypedDicts
    from typing_extensions import TypedDict


class Name(TypedDict, total=False):
    """A user's name."""

    formatted: str
    familyName: str
    givenName: str
    middleName: str
    honorificPrefix: str
    honorificSuffix: str


class MultiValue(TypedDict, total=False):
    """One entry of ``emails`` or ``phoneNumbers``."""

    value: str
    display: str
    type: str
    primary: bool


Member = TypedDict("Member", {"value": str, "display": str, "type": str, "$ref": str}, total=False)
"""A reference to a user (a group's member) or a group (a user's group)."""


class Meta(TypedDict, total=False):
    """Resource metadata set by the server."""

    resourceType: str
    created: str
    lastModified: str
    location: str
    version: str


class User(TypedDict, total=False):
    """A user; ``role`` and ``sendEmailOnInvitation`` are the Celonis extension."""

    schemas: List[str]
    id: str
    externalId: str
    userName: str
    name: Name
    displayName: str
    emails: List[MultiValue]
    phoneNumbers: List[MultiValue]
    active: bool
    groups: List[Member]
    role: str
    sendEmailOnInvitation: bool
    meta: Meta


class Group(TypedDict, total=False):
    """A group; its ``role`` counts towards every member's effective role."""

    schemas: List[str]
    id: str
    externalId: str
    displayName: str
    members: List[Member]
    role: str
    meta: Meta


T = TypeVar("T")


class ListResponse(TypedDict, Generic[T], total=False):
    """One page of a listing."""

    schemas: List[str]
    totalResults: int
    startIndex: int
    itemsPerPage: int
    Resources: List[T]


class SearchRequest(TypedDict, total=False):
    """The body of ``/.search``: Celonis honours only paging and projections."""

    schemas: List[str]
    attributes: List[str]
    excludedAttributes: List[str]
    startIndex: int
    count: int


class BulkOperation(TypedDict, total=False):
    """One operation of a bulk request."""

    method: str
    path: str
    bulkId: str
    version: str
    data: Dict[str, Any]


class BulkRequest(TypedDict, total=False):
    """A bulk request (``failOnErrors`` defaults to 1)."""

    schemas: List[str]
    failOnErrors: int
    Operations: List[BulkOperation]


class BulkOperationResponse(TypedDict, total=False):
    """The outcome of one bulk operation."""

    method: str
    bulkId: str
    version: str
    location: str
    status: Union[str, int, Dict[str, Any]]
    response: Dict[str, Any]


class BulkResponse(TypedDict, total=False):
    """The answer to a bulk request: one entry per operation that ran."""

    schemas: List[str]
    Operations: List[BulkOperationResponse]


class ServiceProviderConfig(TypedDict, total=False):
    """What the server supports; ``bulk`` carries ``maxOperations`` and ``maxPayloadSize``."""

    schemas: List[str]
    documentationUri: str
    patch: Dict[str, Any]
    bulk: Dict[str, Any]
    filter: Dict[str, Any]
    changePassword: Dict[str, Any]
    sort: Dict[str, Any]
    etag: Dict[str, Any]
    authenticationSchemes: List[Dict[str, Any]]
    meta: Meta


class Schema(TypedDict, total=False):
    """A schema definition."""

    schemas: List[str]
    id: str
    name: str
    description: str
    attributes: List[Dict[str, Any]]
    meta: Meta


class ResourceType(TypedDict, total=False):
    """A resource type."""

    schemas: List[str]
    id: str
    name: str
    description: str
    endpoint: str
    schema: str
    schemaExtensions: List[Dict[str, Any]]
    meta: Meta


class DesiredUser(TypedDict, total=False):
    """A user as the desired state wants it; attributes left out are not managed."""

    userName: str
    displayName: str
    givenName: str
    familyName: str
    emails: List[str]
    externalId: str
    active: bool
    role: str
    groups: List[str]


class DesiredGroup(TypedDict, total=False):
    """A group as the desired state wants it."""

    displayName: str
    role: str
    externalId: str


class DesiredState(TypedDict, total=False):
    """What the team should look like: users (with their groups by name) and groups."""

    users: List[DesiredUser]
    groups: List[DesiredGroup]
    #: The input lists every user of the team: only then may a plan delete.
    complete: bool


class Plan(TypedDict, total=False):
    """What ``apply`` will do: creates, updates with before/after, memberships, removals,
    conflicts it will not send, and seats per effective role before and after."""

    options: Dict[str, Any]
    team_size: int
    input_users: int
    input_complete: bool
    create_groups: List[Dict[str, Any]]
    update_groups: List[Dict[str, Any]]
    create_users: List[Dict[str, Any]]
    update_users: List[Dict[str, Any]]
    memberships: List[Dict[str, Any]]
    deactivate_users: List[Dict[str, Any]]
    delete_users: List[Dict[str, Any]]
    delete_groups: List[Dict[str, Any]]
    conflicts: List[Dict[str, str]]
    seats: Dict[str, Any]


class Progress(TypedDict):
    """Where an apply stands."""

    phase: str
    done: int
    total: int


class _ReportBase(TypedDict):
    done: List[Dict[str, Any]]
    failed: List[Dict[str, Any]]
    #: Whether the apply was stopped (Ctrl-C) before it finished; plan again for the rest.
    cancelled: bool


class Report(_ReportBase, total=False):
    """What an apply did: every operation is in ``done`` or in ``failed``."""

    #: The run id in the journal, when the apply was journaled.
    run: str


class SavedPlan(TypedDict, total=False):
    """A plan with what it was computed from, to apply exactly later (``apply_saved``)."""

    format: str
    plan: Plan
    #: A fingerprint of the input.
    input: str
    #: The version of every resource the plan touches, by ``Users/<id>`` or ``Groups/<id>``.
    team: Dict[str, str]


class TeamState(TypedDict, total=False):
    """A copy of a team (``Client.snapshot``): to rehearse a plan on, or an emulator state file."""

    format: str
    taken: str
    team: str
    users: List[User]
    groups: List[Group]
    #: Seats in use per effective role when it was taken.
    seats: Dict[str, int]
    #: The licence's seats per role, when known: a rehearsal holds the twin to them.
    seat_limits: Dict[str, int]


class RunSummary(TypedDict, total=False):
    """One run of the journal, as ``runs`` lists it."""

    run: str
    time: str
    team: str
    resumes: str
    operations: int
    done: int
    failed: int
    #: Started without a recorded end: the process was killed while they ran.
    uncertain: int
    finished: bool
    cancelled: bool
    input_users: int


class PlanRow(TypedDict):
    """One change of a plan (``plan_rows``): a creation, an attribute, a member, a removal."""

    section: str
    target: str
    #: The attribute that changes ("member" for memberships; "" for a whole creation or removal).
    attribute: str
    before: Any
    after: Any


class ReportRow(TypedDict):
    """One operation of a report (``report_rows``)."""

    action: str
    target: str
    #: "done" or "failed".
    outcome: str
    id: Optional[str]
    code: Optional[str]
    message: Optional[str]
    status: Optional[int]
