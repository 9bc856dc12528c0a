"""Type stubs of the native module (checked against it by ``python -m mypy.stubtest``)."""

import os
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Literal, Mapping, Optional, Sequence, Union, final

from .resources import (
    BulkRequest,
    BulkResponse,
    DesiredState,
    Group,
    ListResponse,
    ManageGroups,
    MatchBy,
    MissingUsers,
    Plan,
    PlanRow,
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

__all__ = [
    "ApiError",
    "AuthError",
    "BadRequestError",
    "CallToken",
    "CancelledError",
    "Client",
    "ConfigError",
    "ConflictError",
    "DecodeError",
    "Emulator",
    "InternalError",
    "Job",
    "NotFoundError",
    "PreconditionFailedError",
    "RateLimitError",
    "ResourceIterator",
    "ScimError",
    "ServerError",
    "TransportError",
    "ValidationError",
    "__version__",
    "_panic_for_tests",
    "config_teams",
    "load_plan",
    "parse_list_response",
    "rehearse",
    "render_plan",
    "runs",
    "presets",
    "preset_mapping",
    "refresh_logging",
    "select_plan",
    "plan_rows",
    "report_rows",
    "plan_html",
    "save_plan",
    "spawn",
    "undo_plan",
]

__version__: str

def spawn(call: Callable[[], Any], token: CallToken, event_loop: Any, settle: Callable[..., object], future: Any) -> None: ...
def config_teams(path: Optional[Union[str, os.PathLike[str]]] = None) -> List[str]: ...
def parse_list_response(data: bytes, resource_type: str = "User") -> ListResponse[Any]: ...
def _panic_for_tests() -> None: ...
def render_plan(plan: Plan, colour: bool = False) -> str: ...
def save_plan(saved: SavedPlan, path: Union[str, os.PathLike[str]]) -> None: ...
def load_plan(path: Union[str, os.PathLike[str]]) -> SavedPlan: ...
def undo_plan(journal: Union[str, os.PathLike[str]], run: str) -> Plan: ...
def runs(journal: Union[str, os.PathLike[str]]) -> List[RunSummary]: ...
def presets() -> Dict[str, str]: ...
def preset_mapping(name: str) -> str: ...
def refresh_logging() -> None: ...
def select_plan(
    plan: Plan,
    *,
    sections: Optional[List[str]] = None,
    users: Optional[List[str]] = None,
    groups: Optional[List[str]] = None,
) -> Plan: ...
def plan_rows(plan: Plan) -> List[PlanRow]: ...
def report_rows(report: Report) -> List[ReportRow]: ...
def plan_html(plan: Plan) -> str: ...
def rehearse(state: TeamState, plan: Plan, **options: Any) -> Report: ...

class ScimError(Exception):
    code: str
    status: Optional[int]
    scim_type: Optional[str]
    detail: Optional[str]
    error_code: Optional[str]
    support_id: Optional[str]
    retry_after: Optional[float]
    attribute: Optional[str]

class ApiError(ScimError): ...
class ValidationError(ScimError, ValueError): ...
class ConfigError(ScimError, ValueError): ...
class BadRequestError(ApiError): ...
class AuthError(ApiError): ...
class NotFoundError(ApiError): ...
class ConflictError(ApiError): ...
class PreconditionFailedError(ApiError): ...
class RateLimitError(ApiError): ...
class ServerError(ApiError): ...
class TransportError(ScimError): ...
class DecodeError(ScimError): ...
class CancelledError(ScimError): ...
class InternalError(ScimError): ...

@final
class ResourceIterator(Iterator[Dict[str, Any]]):
    def __iter__(self) -> ResourceIterator: ...
    def __next__(self) -> Dict[str, Any]: ...

@final
class CallToken:
    def __new__(cls) -> CallToken: ...
    def cancel(self) -> None: ...
    @property
    def cancelled(self) -> bool: ...

@final
class Client:
    def __new__(
        cls,
        base_url: str,
        *,
        token: Optional[str] = ...,
        app_key: Optional[str] = ...,
        oauth2: Optional[Dict[str, str]] = ...,
        timeout: Optional[float] = ...,
        max_retries: Optional[int] = ...,
        retry_deadline: Optional[float] = ...,
        retry_base_delay: Optional[float] = ...,
        user_agent: Optional[str] = ...,
        ca_cert_pem: Optional[str] = ...,
        trust: Optional[Literal["bundled", "system"]] = ...,
        allow_insecure_http: Optional[bool] = ...,
        admin_role: Optional[str] = ...,
        proxy: Optional[str] = ...,
        proxy_credentials: Optional[str] = ...,
    ) -> Client: ...
    @classmethod
    def celonis(
        cls,
        team: str,
        realm: Optional[str] = None,
        *,
        token: Optional[str] = ...,
        app_key: Optional[str] = ...,
        oauth2: Optional[Dict[str, str]] = ...,
        timeout: Optional[float] = ...,
        max_retries: Optional[int] = ...,
        retry_deadline: Optional[float] = ...,
        retry_base_delay: Optional[float] = ...,
        user_agent: Optional[str] = ...,
        ca_cert_pem: Optional[str] = ...,
        trust: Optional[Literal["bundled", "system"]] = ...,
        allow_insecure_http: Optional[bool] = ...,
        admin_role: Optional[str] = ...,
        proxy: Optional[str] = ...,
        proxy_credentials: Optional[str] = ...,
    ) -> Client: ...
    @classmethod
    def from_env(
        cls,
        *,
        token: Optional[str] = ...,
        app_key: Optional[str] = ...,
        oauth2: Optional[Dict[str, str]] = ...,
        timeout: Optional[float] = ...,
        max_retries: Optional[int] = ...,
        retry_deadline: Optional[float] = ...,
        retry_base_delay: Optional[float] = ...,
        user_agent: Optional[str] = ...,
        ca_cert_pem: Optional[str] = ...,
        trust: Optional[Literal["bundled", "system"]] = ...,
        allow_insecure_http: Optional[bool] = ...,
        admin_role: Optional[str] = ...,
        proxy: Optional[str] = ...,
        proxy_credentials: Optional[str] = ...,
        base_url: Optional[str] = ...,
    ) -> Client: ...
    @property
    def base_url(self) -> str: ...
    def __enter__(self) -> Client: ...
    def __exit__(self, *_args: object) -> bool: ...
    def close(self) -> None: ...
    def get_user(
        self, id: str, attributes: Optional[Sequence[str]] = None, excluded_attributes: Optional[Sequence[str]] = None
    ) -> User: ...
    def create_user(self, user: User) -> User: ...
    def replace_user(self, id: str, user: User) -> User: ...
    def delete_user(self, id: str) -> None: ...
    def list_users(
        self,
        start_index: Optional[int] = None,
        count: Optional[int] = None,
        attributes: Optional[Sequence[str]] = None,
        excluded_attributes: Optional[Sequence[str]] = None,
    ) -> ListResponse[User]: ...
    def search_users(self, search_request: SearchRequest) -> ListResponse[User]: ...
    def iter_users(
        self,
        page_size: Optional[int] = None,
        attributes: Optional[Sequence[str]] = None,
        excluded_attributes: Optional[Sequence[str]] = None,
    ) -> Iterator[User]: ...
    def get_group(
        self, id: str, attributes: Optional[Sequence[str]] = None, excluded_attributes: Optional[Sequence[str]] = None
    ) -> Group: ...
    def create_group(self, group: Group) -> Group: ...
    def replace_group(self, id: str, group: Group) -> Group: ...
    def delete_group(self, id: str) -> None: ...
    def list_groups(
        self,
        start_index: Optional[int] = None,
        count: Optional[int] = None,
        attributes: Optional[Sequence[str]] = None,
        excluded_attributes: Optional[Sequence[str]] = None,
    ) -> ListResponse[Group]: ...
    def search_groups(self, search_request: SearchRequest) -> ListResponse[Group]: ...
    def iter_groups(
        self,
        page_size: Optional[int] = None,
        attributes: Optional[Sequence[str]] = None,
        excluded_attributes: Optional[Sequence[str]] = None,
    ) -> Iterator[Group]: ...
    def add_group_members(self, group_id: str, user_ids: List[str]) -> Group: ...
    def remove_group_members(self, group_id: str, user_ids: List[str]) -> Group: ...
    def bulk(self, bulk_request: BulkRequest) -> BulkResponse: ...
    def service_provider_config(self) -> ServiceProviderConfig: ...
    def schemas(self) -> ListResponse[Schema]: ...
    def schema(self, urn: str) -> Schema: ...
    def resource_types(self) -> ListResponse[ResourceType]: ...
    def resource_type(self, name: str) -> ResourceType: ...
    def plan(
        self,
        desired: Union[DesiredState, str, os.PathLike[str], Iterable[Mapping[str, Any]]],
        *,
        mapping: Optional[Union[str, os.PathLike[str], Dict[str, Any]]] = None,
        input_complete: bool = ...,
        manage_groups: ManageGroups = ...,
        match_by: MatchBy = ...,
        max_input_shrink_percent: Optional[float] = ...,
        min_admins: Optional[int] = ...,
        missing_users: MissingUsers = ...,
        page_size: Optional[int] = ...,
        previous_input_users: Optional[int] = ...,
        protected_groups: List[str] = ...,
        protected_users: List[str] = ...,
        seat_limits: Dict[str, int] = ...,
        send_invitations: Optional[bool] = ...,
        journal: Optional[Union[str, os.PathLike[str]]] = ...,
    ) -> Plan: ...
    def apply(
        self,
        plan: Plan,
        *,
        progress: Optional[Callable[[Progress], object]] = None,
        bulk: bool = ...,
        bulk_max_operations: int = ...,
        force: bool = ...,
        journal: Optional[Union[str, os.PathLike[str]]] = ...,
        max_in_flight: int = ...,
        max_removal_percent: float = ...,
        max_removals: int = ...,
    ) -> Report: ...
    def plan_to_save(
        self,
        desired: Union[DesiredState, str, os.PathLike[str], Iterable[Mapping[str, Any]]],
        *,
        mapping: Optional[Union[str, os.PathLike[str], Dict[str, Any]]] = None,
        input_complete: bool = ...,
        manage_groups: ManageGroups = ...,
        match_by: MatchBy = ...,
        max_input_shrink_percent: Optional[float] = ...,
        min_admins: Optional[int] = ...,
        missing_users: MissingUsers = ...,
        page_size: Optional[int] = ...,
        previous_input_users: Optional[int] = ...,
        protected_groups: List[str] = ...,
        protected_users: List[str] = ...,
        seat_limits: Dict[str, int] = ...,
        send_invitations: Optional[bool] = ...,
        journal: Optional[Union[str, os.PathLike[str]]] = ...,
    ) -> SavedPlan: ...
    def apply_saved(
        self,
        saved: SavedPlan,
        *,
        progress: Optional[Callable[[Progress], object]] = None,
        bulk: bool = ...,
        bulk_max_operations: int = ...,
        force: bool = ...,
        journal: Optional[Union[str, os.PathLike[str]]] = ...,
        max_in_flight: int = ...,
        max_removal_percent: float = ...,
        max_removals: int = ...,
    ) -> Report: ...
    def snapshot(self, *, seat_limits: Optional[Dict[str, int]] = None) -> TeamState: ...
    def resume(
        self,
        run: str,
        *,
        progress: Optional[Callable[[Progress], object]] = None,
        bulk: bool = ...,
        bulk_max_operations: int = ...,
        force: bool = ...,
        journal: Optional[Union[str, os.PathLike[str]]] = ...,
        max_in_flight: int = ...,
        max_removal_percent: float = ...,
        max_removals: int = ...,
    ) -> Report: ...

@final
class Job:
    @classmethod
    def from_config(cls, path: Optional[Union[str, os.PathLike[str]]] = None, *, team: Optional[str] = None) -> Job: ...
    @property
    def team(self) -> Optional[str]: ...
    @property
    def client(self) -> Client: ...
    @property
    def config_path(self) -> Path: ...
    @property
    def input(self) -> Optional[Path]: ...
    @property
    def journal(self) -> Path: ...
    def plan(
        self,
        desired: Optional[Union[DesiredState, str, os.PathLike[str], Iterable[Mapping[str, Any]]]] = None,
        *,
        mapping: Optional[Union[str, os.PathLike[str], Dict[str, Any]]] = None,
        input_complete: bool = ...,
        manage_groups: ManageGroups = ...,
        match_by: MatchBy = ...,
        max_input_shrink_percent: Optional[float] = ...,
        min_admins: Optional[int] = ...,
        missing_users: MissingUsers = ...,
        page_size: Optional[int] = ...,
        previous_input_users: Optional[int] = ...,
        protected_groups: List[str] = ...,
        protected_users: List[str] = ...,
        seat_limits: Dict[str, int] = ...,
        send_invitations: Optional[bool] = ...,
        journal: Optional[Union[str, os.PathLike[str]]] = ...,
    ) -> Plan: ...
    def apply(
        self,
        plan: Plan,
        *,
        progress: Optional[Callable[[Progress], object]] = None,
        bulk: bool = ...,
        bulk_max_operations: int = ...,
        force: bool = ...,
        journal: Optional[Union[str, os.PathLike[str]]] = ...,
        max_in_flight: int = ...,
        max_removal_percent: float = ...,
        max_removals: int = ...,
    ) -> Report: ...
    def plan_to_save(
        self,
        desired: Optional[Union[DesiredState, str, os.PathLike[str], Iterable[Mapping[str, Any]]]] = None,
        *,
        mapping: Optional[Union[str, os.PathLike[str], Dict[str, Any]]] = None,
        input_complete: bool = ...,
        manage_groups: ManageGroups = ...,
        match_by: MatchBy = ...,
        max_input_shrink_percent: Optional[float] = ...,
        min_admins: Optional[int] = ...,
        missing_users: MissingUsers = ...,
        page_size: Optional[int] = ...,
        previous_input_users: Optional[int] = ...,
        protected_groups: List[str] = ...,
        protected_users: List[str] = ...,
        seat_limits: Dict[str, int] = ...,
        send_invitations: Optional[bool] = ...,
        journal: Optional[Union[str, os.PathLike[str]]] = ...,
    ) -> SavedPlan: ...
    def apply_saved(
        self,
        saved: SavedPlan,
        *,
        progress: Optional[Callable[[Progress], object]] = None,
        bulk: bool = ...,
        bulk_max_operations: int = ...,
        force: bool = ...,
        journal: Optional[Union[str, os.PathLike[str]]] = ...,
        max_in_flight: int = ...,
        max_removal_percent: float = ...,
        max_removals: int = ...,
    ) -> Report: ...
    def resume(
        self,
        run: str,
        *,
        progress: Optional[Callable[[Progress], object]] = None,
        bulk: bool = ...,
        bulk_max_operations: int = ...,
        force: bool = ...,
        journal: Optional[Union[str, os.PathLike[str]]] = ...,
        max_in_flight: int = ...,
        max_removal_percent: float = ...,
        max_removals: int = ...,
    ) -> Report: ...

@final
class Emulator:
    def __new__(cls, **options: Any) -> Emulator: ...
    @property
    def url(self) -> str: ...
    @property
    def token(self) -> str: ...
    @property
    def token_url(self) -> str: ...
    def inject(self, kind: str, count: int = 1, **params: Any) -> None: ...
    def set_latency(self, latency_ms: int) -> None: ...
    def revoke_tokens(self) -> None: ...
    def seat_usage(self) -> Dict[str, int]: ...
    def stop(self) -> None: ...
