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


class Progress(TypedDict):
    """Where an apply stands."""

    phase: str
    done: int
    total: int


# The main job's data (plans, reports, saved plans, runs, options...): generated from the Rust
# types, re-exported here beside the SCIM documents.
from ._sync_types import (  # noqa: E402
    ApplyOptions,
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
    PlanOptions,
    PlanRow,
    PlanSelection,
    Report,
    ReportRow,
    RunSummary,
    SavedPlan,
    SeatUsage,
    TeamState,
    UserCreate,
    UserRef,
    UserUpdate,
)
