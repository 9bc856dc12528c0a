"""``AsyncClient``: the whole surface of ``Client`` for asyncio (FastAPI services, Airflow
deferrable operators, asyncio automations).

Every call runs the core's blocking call on the core's own threads, never on the event loop
nor on the loop's default executor (which user code needs), and completes an asyncio future
from there. Errors are the same classes as ``Client``'s. Cancelling the awaiting task cancels
the call through the core's cancellation token: the call stops as soon as it can (an apply
starts no new operation), the task still ends with ``asyncio.CancelledError``, and for
``apply``, ``apply_saved`` and ``resume`` that exception carries the report of what was done
(``report_of(error)`` finds it; the journal has it too). ``AsyncJob`` is ``Job`` (a team of the
config file) the same way.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, AsyncIterator, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, TypeVar, Union

from . import _native

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from typing import Unpack
    else:  # pragma: no cover - older Pythons take it from typing_extensions
        from typing_extensions import Unpack

    from ._sync_types import ApplyOptions, PlanOptions
    from .resources import (
        BulkRequest,
        BulkResponse,
        DesiredState,
        Group,
        ListResponse,
        Plan,
        Progress,
        Report,
        ResourceType,
        SavedPlan,
        Schema,
        SearchRequest,
        ServiceProviderConfig,
        TeamState,
        User,
    )

    _Desired = Union[DesiredState, str, os.PathLike[str], Iterable[Mapping[str, Any]]]
    _MappingArg = Optional[Union[str, os.PathLike[str], Dict[str, Any]]]
    _PathArg = Optional[Union[str, os.PathLike[str]]]
    _ProgressArg = Optional[Callable[[Progress], object]]

__all__ = ["AsyncClient", "AsyncJob", "AsyncResourceIterator", "report_of"]

T = TypeVar("T")
R = TypeVar("R")

_END = object()


def report_of(error: BaseException) -> Optional[Report]:
    """The report of a cancelled ``apply``, ``apply_saved`` or ``resume`` from the
    ``asyncio.CancelledError`` that ended the awaiting task: what was done before the call
    stopped. (Before Python 3.11 the task raises a new CancelledError whose ``__context__`` is
    the one carrying the report; this looks there too.) None for any other error."""
    seen: Optional[BaseException] = error
    while seen is not None:
        report = getattr(seen, "report", None)
        if report is not None:
            return report  # type: ignore[no-any-return]
        seen = seen.__context__
    return None


def _settle(future: asyncio.Future[Any], error: Optional[BaseException], value: Any) -> None:
    """Completes `future` on its loop with the call's outcome, unless it was cancelled."""
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(value)


async def _call(function: Callable[..., T], *args: Any, report_on_cancel: bool = False, **kwargs: Any) -> T:
    """Runs ``function(*args, **kwargs)`` (a blocking ``Client`` call) on the core's threads and
    awaits its outcome; a cancelled await cancels the call."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()
    token = _native.CallToken()
    _native.spawn(lambda: function(*args, **kwargs), token, loop, _settle, future)
    if not report_on_cancel:
        try:
            return await future
        except asyncio.CancelledError:
            token.cancel()  # the future is cancelled too: the outcome is dropped when it comes
            raise
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError as cancelled:
        token.cancel()
        # The call stops at once (no new operation starts); its report says what was done.
        try:
            setattr(cancelled, "report", await asyncio.shield(future))
        except (Exception, asyncio.CancelledError):  # the cancellation is what the task reports
            pass
        future.cancel()  # nobody awaits the outcome any more
        raise


def _on_loop(progress: _ProgressArg) -> _ProgressArg:
    """A progress callback that runs ``progress`` on the current event loop (never on the
    core's threads, which call it)."""
    if progress is None:
        return None
    loop = asyncio.get_running_loop()

    def forward(update: Progress) -> None:
        try:
            loop.call_soon_threadsafe(progress, update)
        except RuntimeError:  # the loop is closed: nobody is listening any more
            pass

    return forward


class AsyncResourceIterator(AsyncIterator[R]):
    """``async for`` over every user or group: each page is fetched on the core's threads."""

    def __init__(self, start: Callable[[], Iterator[R]]) -> None:
        self._start = start
        self._inner: Optional[Iterator[R]] = None

    def __aiter__(self) -> AsyncResourceIterator[R]:
        return self

    async def __anext__(self) -> R:
        if self._inner is None:
            self._inner = await _call(self._start)
        item = await _call(next, self._inner, _END)
        if item is _END:
            raise StopAsyncIteration
        return item  # type: ignore[return-value]


class AsyncClient:
    """An asyncio client of the Celonis SCIM API, with the options of ``Client``:
    ``AsyncClient(base_url, token=...)`` or ``AsyncClient.celonis(team, realm, app_key=...)``.
    Safe to share between tasks and loops; use it as an async context manager, or just let
    it go."""

    def __init__(self, base_url: str, **options: Any) -> None:
        self._client = _native.Client(base_url, **options)

    @classmethod
    def celonis(cls, team: str, realm: Optional[str] = None, **options: Any) -> AsyncClient:
        """A client of the usual Celonis URL of `team` (and `realm`)."""
        client = cls.__new__(cls)
        client._client = _native.Client.celonis(team, realm, **options)
        return client

    @classmethod
    def from_env(cls, **options: Any) -> AsyncClient:
        """A client configured from the environment, as ``Client.from_env``: ``CELONIS_SCIM_*``,
        else Celonis's own ``CELONIS_URL``, ``CELONIS_API_TOKEN`` and ``CELONIS_KEY_TYPE``."""
        return cls.wrapping(_native.Client.from_env(**options))

    @classmethod
    def wrapping(cls, client: _native.Client) -> AsyncClient:
        """An async client sharing `client`'s connections and settings."""
        async_client = cls.__new__(cls)
        async_client._client = client
        return async_client

    @property
    def sync(self) -> _native.Client:
        """The blocking client underneath (the same connections)."""
        return self._client

    @property
    def base_url(self) -> str:
        """The base URL this client talks to."""
        return self._client.base_url

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *_args: object) -> bool:
        return False

    async def close(self) -> None:
        """Does nothing: connections are pooled and closed when the client is dropped."""

    # Users
    async def get_user(self, id: str, attributes: Optional[Sequence[str]] = None, excluded_attributes: Optional[Sequence[str]] = None) -> User:
        """Gets one user by id."""
        return await _call(self._client.get_user, id, attributes, excluded_attributes)

    async def create_user(self, user: User) -> User:
        """Creates a user (MEMBER unless `role` says otherwise); returns the created user."""
        return await _call(self._client.create_user, user)

    async def replace_user(self, id: str, user: User) -> User:
        """Replaces a user (PUT)."""
        return await _call(self._client.replace_user, id, user)

    async def delete_user(self, id: str) -> None:
        """Deletes a user (removes it from the team)."""
        await _call(self._client.delete_user, id)

    async def list_users(
        self, start_index: Optional[int] = None, count: Optional[int] = None, attributes: Optional[Sequence[str]] = None, excluded_attributes: Optional[Sequence[str]] = None
    ) -> ListResponse[User]:
        """One page of users."""
        return await _call(self._client.list_users, start_index, count, attributes, excluded_attributes)

    async def search_users(self, search_request: SearchRequest) -> ListResponse[User]:
        """One page of users through ``POST /Users/.search``."""
        return await _call(self._client.search_users, search_request)

    def iter_users(self, page_size: Optional[int] = None, attributes: Optional[Sequence[str]] = None, excluded_attributes: Optional[Sequence[str]] = None) -> AsyncResourceIterator[User]:
        """``async for user in client.iter_users()``: every user, page by page."""
        return AsyncResourceIterator(lambda: self._client.iter_users(page_size, attributes, excluded_attributes))

    # Groups
    async def get_group(self, id: str, attributes: Optional[Sequence[str]] = None, excluded_attributes: Optional[Sequence[str]] = None) -> Group:
        """Gets one group by id."""
        return await _call(self._client.get_group, id, attributes, excluded_attributes)

    async def create_group(self, group: Group) -> Group:
        """Creates a group; returns the created group."""
        return await _call(self._client.create_group, group)

    async def replace_group(self, id: str, group: Group) -> Group:
        """Replaces a group (PUT)."""
        return await _call(self._client.replace_group, id, group)

    async def delete_group(self, id: str) -> None:
        """Deletes a group."""
        await _call(self._client.delete_group, id)

    async def list_groups(
        self, start_index: Optional[int] = None, count: Optional[int] = None, attributes: Optional[Sequence[str]] = None, excluded_attributes: Optional[Sequence[str]] = None
    ) -> ListResponse[Group]:
        """One page of groups."""
        return await _call(self._client.list_groups, start_index, count, attributes, excluded_attributes)

    async def search_groups(self, search_request: SearchRequest) -> ListResponse[Group]:
        """One page of groups through ``POST /Groups/.search``."""
        return await _call(self._client.search_groups, search_request)

    def iter_groups(self, page_size: Optional[int] = None, attributes: Optional[Sequence[str]] = None, excluded_attributes: Optional[Sequence[str]] = None) -> AsyncResourceIterator[Group]:
        """``async for group in client.iter_groups()``: every group, page by page."""
        return AsyncResourceIterator(lambda: self._client.iter_groups(page_size, attributes, excluded_attributes))

    async def add_group_members(self, group_id: str, user_ids: List[str]) -> Group:
        """Adds users to a group (PATCH)."""
        return await _call(self._client.add_group_members, group_id, user_ids)

    async def remove_group_members(self, group_id: str, user_ids: List[str]) -> Group:
        """Removes users from a group (PATCH)."""
        return await _call(self._client.remove_group_members, group_id, user_ids)

    # Bulk and discovery
    async def bulk(self, bulk_request: BulkRequest) -> BulkResponse:
        """``POST /Bulk``."""
        return await _call(self._client.bulk, bulk_request)

    async def service_provider_config(self) -> ServiceProviderConfig:
        """``GET /ServiceProviderConfig``."""
        return await _call(self._client.service_provider_config)

    async def schemas(self) -> ListResponse[Schema]:
        """``GET /Schemas``."""
        return await _call(self._client.schemas)

    async def schema(self, urn: str) -> Schema:
        """``GET /Schemas/{urn}``."""
        return await _call(self._client.schema, urn)

    async def resource_types(self) -> ListResponse[ResourceType]:
        """``GET /ResourceTypes``."""
        return await _call(self._client.resource_types)

    async def resource_type(self, name: str) -> ResourceType:
        """``GET /ResourceTypes/{name}``."""
        return await _call(self._client.resource_type, name)

    # The main job
    async def plan(self, desired: _Desired, *, mapping: _MappingArg = None, journal: _PathArg = None, **options: Unpack[PlanOptions]) -> Plan:
        """Plans what it takes to make the team match `desired`; changes nothing. As ``Client.plan``."""
        return await _call(self._client.plan, desired, mapping=mapping, journal=journal, **options)

    async def plan_to_save(self, desired: _Desired, *, mapping: _MappingArg = None, journal: _PathArg = None, **options: Unpack[PlanOptions]) -> SavedPlan:
        """Plans as ``plan`` does and keeps what the plan was computed from. As ``Client.plan_to_save``."""
        return await _call(self._client.plan_to_save, desired, mapping=mapping, journal=journal, **options)

    async def apply(self, plan: Plan, *, progress: _ProgressArg = None, **options: Unpack[ApplyOptions]) -> Report:
        """Carries out a plan; `progress` is called on this event loop as operations finish."""
        return await _call(self._client.apply, plan, progress=_on_loop(progress), report_on_cancel=True, **options)

    async def apply_saved(self, saved: SavedPlan, *, progress: _ProgressArg = None, **options: Unpack[ApplyOptions]) -> Report:
        """Applies a saved plan exactly (refused when stale, unless `force`)."""
        return await _call(self._client.apply_saved, saved, progress=_on_loop(progress), report_on_cancel=True, **options)

    async def resume(self, run: str, *, progress: _ProgressArg = None, **options: Unpack[ApplyOptions]) -> Report:
        """Does the rest of a journaled run (`journal` is required)."""
        return await _call(self._client.resume, run, progress=_on_loop(progress), report_on_cancel=True, **options)

    async def snapshot(self, *, seat_limits: Optional[Dict[str, int]] = None) -> TeamState:
        """Copies the live team, to rehearse on or to save."""
        return await _call(self._client.snapshot, seat_limits=seat_limits)


class AsyncJob:
    """``Job`` for asyncio: one team of the config file (its connection, input, options and
    journal). ``job = await AsyncJob.from_config(path, team="prod")``; then ``await
    job.plan()``, ``await job.apply(plan)``, as ``Job``'s methods."""

    def __init__(self, job: _native.Job) -> None:
        self._job = job

    @classmethod
    async def from_config(cls, path: _PathArg = None, *, team: Optional[str] = None) -> AsyncJob:
        """Reads the config file for `team`, as ``Job.from_config``, on the core's threads (a
        secret's command may take time)."""
        return cls(await _call(_native.Job.from_config, path, team=team))

    @property
    def sync(self) -> _native.Job:
        """The blocking job underneath."""
        return self._job

    @property
    def team(self) -> Optional[str]:
        """The team's name (None when the file has no teams or none was named)."""
        return self._job.team

    @property
    def client(self) -> AsyncClient:
        """An async client of the team's connection."""
        return AsyncClient.wrapping(self._job.client)

    @property
    def config_path(self) -> Path:
        """The config file read."""
        return self._job.config_path

    @property
    def input(self) -> Optional[Path]:
        """The export of ``[input] file``, planned when no other input is given."""
        return self._job.input

    @property
    def journal(self) -> Path:
        """The team's journal directory."""
        return self._job.journal

    async def plan(self, desired: Optional[_Desired] = None, *, mapping: _MappingArg = None, journal: _PathArg = None, **options: Unpack[PlanOptions]) -> Plan:
        """Plans the file's input (or `desired`) with the file's options. As ``Job.plan``."""
        return await _call(self._job.plan, desired, mapping=mapping, journal=journal, **options)

    async def plan_to_save(self, desired: Optional[_Desired] = None, *, mapping: _MappingArg = None, journal: _PathArg = None, **options: Unpack[PlanOptions]) -> SavedPlan:
        """Plans as ``plan`` does and keeps what the plan was computed from."""
        return await _call(self._job.plan_to_save, desired, mapping=mapping, journal=journal, **options)

    async def apply(self, plan: Plan, *, progress: _ProgressArg = None, **options: Unpack[ApplyOptions]) -> Report:
        """Carries out a plan with the file's apply options, in the team's journal."""
        return await _call(self._job.apply, plan, progress=_on_loop(progress), report_on_cancel=True, **options)

    async def apply_saved(self, saved: SavedPlan, *, progress: _ProgressArg = None, **options: Unpack[ApplyOptions]) -> Report:
        """Applies a saved plan exactly (refused when stale, unless `force`)."""
        return await _call(self._job.apply_saved, saved, progress=_on_loop(progress), report_on_cancel=True, **options)

    async def resume(self, run: str, *, progress: _ProgressArg = None, **options: Unpack[ApplyOptions]) -> Report:
        """Does the rest of a run of the team's journal."""
        return await _call(self._job.resume, run, progress=_on_loop(progress), report_on_cancel=True, **options)
