"""AsyncClient: the whole surface of Client for asyncio, run on the core's threads (never the
event loop, never its default executor), errors as Client's, cancellation through the core's
token, progress on the loop."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time
from pathlib import Path
from typing import Any, Callable, List, TypeVar

import pytest

import celonis_scim as cs
from celonis_scim import AsyncClient
from celonis_scim.resources import Progress
from celonis_scim.testing import Emulator

ROOT = Path(__file__).resolve().parents[2]
TEAM = ROOT / "examples" / "team.csv"
T = TypeVar("T")


class RefusingExecutor(concurrent.futures.ThreadPoolExecutor):
    """A default executor that refuses work: the client must not use it."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> concurrent.futures.Future[T]:
        raise AssertionError("the loop's default executor was used")


@pytest.mark.asyncio
async def test_every_operation_off_the_loop_and_its_executor() -> None:
    asyncio.get_running_loop().set_default_executor(RefusingExecutor())
    with Emulator() as emu:
        async with emu.async_client() as client:
            ada = await client.create_user({"userName": "ada@example.com", "displayName": "Ada"})
            assert ada["role"] == "MEMBER"
            got = await client.get_user(ada["id"], attributes=["userName"])
            assert got["userName"] == "ada@example.com" and "displayName" not in got
            ada["displayName"] = "Ada Lovelace"
            assert (await client.replace_user(ada["id"], ada))["displayName"] == "Ada Lovelace"
            assert (await client.list_users(count=5))["totalResults"] == 1
            found = await client.search_users({"count": 1, "attributes": ["userName"]})
            assert [u["id"] for u in found["Resources"]] == [ada["id"]] and "displayName" not in found["Resources"][0]
            group = await client.create_group({"displayName": "Analysts"})
            assert (await client.add_group_members(group["id"], [ada["id"]]))["members"][0]["value"] == ada["id"]
            assert not (await client.remove_group_members(group["id"], [ada["id"]])).get("members")
            group["displayName"] = "BI"
            assert (await client.replace_group(group["id"], group))["displayName"] == "BI"
            assert (await client.get_group(group["id"]))["displayName"] == "BI"
            assert (await client.list_groups())["totalResults"] == 1
            assert (await client.search_groups({"startIndex": 1}))["totalResults"] == 1
            bulk = await client.bulk(
                {"Operations": [{"method": "POST", "path": "/Users", "bulkId": "b1", "data": {"userName": "bob@example.com"}}]}
            )
            assert bulk["Operations"][0]["status"] == "201"
            names = [u["userName"] async for u in client.iter_users(page_size=1)]
            assert sorted(names) == ["ada@example.com", "bob@example.com"]
            assert [g["displayName"] async for g in client.iter_groups()] == ["BI"]
            assert (await client.service_provider_config())["bulk"]["supported"] is True
            assert (await client.schemas())["totalResults"] >= 2
            assert (await client.schema("urn:ietf:params:scim:schemas:core:2.0:User"))["name"] == "User"
            assert (await client.resource_types())["totalResults"] == 2
            assert (await client.resource_type("Group"))["name"] == "Group"
            await client.delete_group(group["id"])
            await client.delete_user(ada["id"])
            assert (await client.list_users())["totalResults"] == 1


@pytest.mark.asyncio
async def test_errors_are_the_clients_own() -> None:
    with Emulator() as emu:
        client = emu.async_client()
        with pytest.raises(cs.NotFoundError) as missing:
            await client.get_user("nope")
        assert missing.value.status == 404
        with pytest.raises(cs.ValidationError):
            await client.create_user({"displayName": "no userName"})
        with pytest.raises(cs.ConfigError):
            AsyncClient(emu.url)
        unauthorized = AsyncClient(emu.url, token="wrong")
        with pytest.raises(cs.AuthError):
            await unauthorized.list_users()
        # A page iterator's error surfaces on the step that fetched it.
        with pytest.raises(cs.AuthError):
            async for _ in unauthorized.iter_users():
                pass


@pytest.mark.asyncio
async def test_calls_overlap_and_the_loop_keeps_ticking() -> None:
    with Emulator(latency_ms=300) as emu:
        client = emu.async_client()
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        tick = asyncio.create_task(ticker())
        start = time.monotonic()
        pages = await asyncio.gather(*(client.list_users() for _ in range(8)))
        elapsed = time.monotonic() - start
        tick.cancel()
        assert [p["totalResults"] for p in pages] == [0] * 8
        assert elapsed < 8 * 0.3 / 2, f"the calls did not overlap: {elapsed:.2f} s"
        assert ticks >= 10, "the event loop was blocked while the calls waited"


@pytest.mark.asyncio
async def test_cancelling_the_task_cancels_the_call() -> None:
    with Emulator(latency_ms=5000) as emu:
        client = emu.async_client()
        task = asyncio.create_task(client.list_users())
        await asyncio.sleep(0.2)
        start = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.monotonic() - start < 1.0, "the await ended at once"
        # The call itself stopped too: the core's threads are free for the next call.
        emu.set_latency(0)
        assert (await asyncio.wait_for(client.list_users(), 2))["totalResults"] == 0


@pytest.mark.asyncio
async def test_plan_apply_with_progress_on_the_loop_and_a_cancelled_apply_reports(tmp_path: Path) -> None:
    with Emulator() as emu:
        client = emu.async_client()
        plan = await client.plan(str(TEAM))
        assert len(plan["create_users"]) == 36
        loop_thread = threading.get_ident()
        seen: List[int] = []

        def progress(p: Progress) -> None:
            assert threading.get_ident() == loop_thread, "progress runs on the event loop"
            seen.append(p["done"])

        saved = await client.plan_to_save(TEAM, missing_users="deactivate")
        report = await client.apply_saved(saved, progress=progress, journal=str(tmp_path))
        assert not report["failed"] and len(report["done"]) == 48
        await asyncio.sleep(0.05)
        assert seen and max(seen) == len(report["done"])
        assert (await client.plan(TEAM))["create_users"] == []
        state = await client.snapshot(seat_limits={"ANALYST": 10})
        assert len(state["users"]) == 36

    with Emulator(latency_ms=100) as emu:
        client = emu.async_client()
        plan = await client.plan(TEAM)
        task = asyncio.create_task(client.apply(plan, bulk=False, max_in_flight=1, journal=str(tmp_path / "cut")))
        await asyncio.sleep(0.6)
        task.cancel()
        with pytest.raises(asyncio.CancelledError) as cancelled:
            await task
        cut = cs.report_of(cancelled.value)
        assert cut is not None, "the cancelled apply's report travels with the cancellation"
        total = len(cut["done"]) + len(cut["failed"])
        assert cut["cancelled"] is True and 0 < len(cut["done"]) < 48 and total == 48
        # What was not done is done by resuming the journaled run.
        emu.set_latency(0)
        run = cut["run"]
        assert run is not None
        rest = await client.resume(run, journal=str(tmp_path / "cut"))
        assert not rest["failed"]
        assert (await client.plan(TEAM))["create_users"] == []


@pytest.mark.asyncio
async def test_shared_with_a_sync_client_and_the_celonis_url() -> None:
    with Emulator() as emu:
        sync = emu.client()
        client = AsyncClient.wrapping(sync)
        assert client.sync is sync and client.base_url == sync.base_url
        created = await client.create_user({"userName": "x@example.com"})
        assert sync.get_user(created["id"])["userName"] == "x@example.com"
    assert AsyncClient.celonis("acme", token="t").base_url == cs.Client.celonis("acme", token="t").base_url


def test_the_readme_async_example_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    example = (ROOT / "python" / "examples" / "quickstart_async.py").read_text()
    assert f"```python\n{example}```" in (ROOT / "README.md").read_text(), "README.md shows the example verbatim"
    monkeypatch.chdir(ROOT)
    with Emulator() as emu:
        monkeypatch.setenv("CELONIS_SCIM_URL", emu.url)
        monkeypatch.setenv("CELONIS_SCIM_TOKEN", emu.token)
        exec(compile(example, "quickstart_async.py", "exec"), {"__name__": "__main__"})
        assert emu.client().list_users()["totalResults"] == 0, "the example deletes what it created"
    out = capsys.readouterr().out
    assert "user2@example.com" in out and "36 users to create" in out


@pytest.mark.asyncio
async def test_from_the_environment_celonis_variables_where_ours_are_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CELONIS_SCIM_URL", "CELONIS_SCIM_TOKEN", "CELONIS_SCIM_APP_KEY"):
        monkeypatch.delenv(name, raising=False)
    with Emulator() as emu:
        monkeypatch.setenv("CELONIS_URL", emu.url.removesuffix("/scim/v2"))
        monkeypatch.setenv("CELONIS_API_TOKEN", emu.token)
        monkeypatch.setenv("CELONIS_KEY_TYPE", "USER_KEY")
        client = AsyncClient.from_env(timeout=5)
        assert client.base_url.endswith("/api/user-provisioning/scim/v2")
        assert (await client.list_users())["totalResults"] == 0
        monkeypatch.setenv("CELONIS_SCIM_TOKEN", "wrong")
        with pytest.raises(cs.AuthError):
            cs.Client.from_env().list_users()
        monkeypatch.setenv("CELONIS_KEY_TYPE", "PASSWORD")
        monkeypatch.delenv("CELONIS_SCIM_TOKEN")
        with pytest.raises(cs.ConfigError):
            cs.Client.from_env()
