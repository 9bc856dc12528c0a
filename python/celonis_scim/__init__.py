"""A SCIM 2.0 client for the Celonis Platform's user-provisioning API: :class:`Client`, and
:class:`AsyncClient` for asyncio;
:class:`Job` (and :class:`AsyncJob`) for a team of the config file.

Resources go in and come out as plain dicts (typed by the TypedDicts of
:mod:`celonis_scim.resources`); every network call releases the GIL; errors are
:class:`ScimError` subclasses with ``code``, ``status``, ``scim_type``, ``detail``,
``error_code``, ``support_id``, ``retry_after`` and ``attribute``.
"""

from typing import TYPE_CHECKING, Any

from ._native import (
    ApiError,
    AuthError,
    BadRequestError,
    CancelledError,
    Client,
    ConfigError,
    ConflictError,
    DecodeError,
    InternalError,
    Job,
    NotFoundError,
    PreconditionFailedError,
    RateLimitError,
    ResourceIterator,
    ScimError,
    ServerError,
    TransportError,
    ValidationError,
    __version__,
    config_teams,
    load_plan,
    parse_list_response,
    preset_mapping,
    presets,
    plan_html,
    plan_rows,
    refresh_logging,
    rehearse,
    report_rows,
    select_plan,
    render_plan,
    runs,
    save_plan,
    undo_plan,
)

if TYPE_CHECKING:
    from .aio import AsyncClient, AsyncJob, AsyncResourceIterator, report_of
    from .resources import (
        ApplyOptions,
        BulkOperation,
        BulkOperationResponse,
        BulkRequest,
        BulkResponse,
        Conflict,
        ConflictKind,
        DesiredGroup,
        DesiredState,
        DesiredUser,
        Group,
        ListResponse,
        Member,
        Meta,
        MultiValue,
        Name,
        Plan,
        PlanOptions,
        PlanRow,
        PlanSelection,
        Progress,
        Report,
        ReportRow,
        ResourceType,
        RunSummary,
        SavedPlan,
        Schema,
        SearchRequest,
        ServiceProviderConfig,
        TeamState,
        User,
)

def __getattr__(name: str) -> Any:
    # The TypedDicts (listed in __all__, imported above for type checkers) come from
    # celonis_scim.resources when first asked for: they describe data for type checkers and
    # cost import time (typing_extensions before 3.11) for nothing else.
    if name in ("AsyncClient", "AsyncJob", "AsyncResourceIterator", "report_of"):
        from . import aio

        return getattr(aio, name)
    if name in __all__:
        from . import resources

        return getattr(resources, name)
    raise AttributeError(f"module 'celonis_scim' has no attribute {name!r}")


def __dir__() -> "list[str]":
    return sorted(set(globals()) | set(__all__))

__all__ = [
    "ApiError",
    "ApplyOptions",
    "AsyncClient",
    "AsyncJob",
    "AsyncResourceIterator",
    "AuthError",
    "BadRequestError",
    "BulkOperation",
    "BulkOperationResponse",
    "BulkRequest",
    "BulkResponse",
    "CancelledError",
    "Client",
    "ConfigError",
    "Conflict",
    "ConflictError",
    "ConflictKind",
    "DecodeError",
    "DesiredGroup",
    "DesiredState",
    "DesiredUser",
    "Group",
    "InternalError",
    "Job",
    "ListResponse",
    "Member",
    "Meta",
    "MultiValue",
    "Name",
    "NotFoundError",
    "Plan",
    "PlanOptions",
    "PlanRow",
    "PlanSelection",
    "PreconditionFailedError",
    "Progress",
    "RateLimitError",
    "Report",
    "ReportRow",
    "ResourceIterator",
    "ResourceType",
    "RunSummary",
    "SavedPlan",
    "Schema",
    "ScimError",
    "SearchRequest",
    "ServerError",
    "ServiceProviderConfig",
    "TeamState",
    "TransportError",
    "User",
    "ValidationError",
    "__version__",
    "config_teams",
    "load_plan",
    "parse_list_response",
    "plan_html",
    "plan_rows",
    "preset_mapping",
    "presets",
    "refresh_logging",
    "rehearse",
    "render_plan",
    "report_of",
    "report_rows",
    "runs",
    "save_plan",
    "select_plan",
    "undo_plan",
]
