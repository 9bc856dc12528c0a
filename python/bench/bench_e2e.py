"""End to end against the emulator running as a separate process: create, get, replace, list
and delete 2,000 users with celonis_scim, and with scim2-client (its SyncSCIMClient over
httpx2, validating with scim2-models) against the same emulator in the same run.
Goal: at least 2x the ops/s of scim2-client in every phase.

Run: ``.venv/bin/python python/bench/bench_e2e.py`` (after ``scripts/test`` and
``pip install -r python/bench/requirements.txt``); it builds the release CLI to run the emulator.
"""

from __future__ import annotations

import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Any, Callable, Dict, List

sys.path.insert(0, str(Path(__file__).parent))
warnings.simplefilter("ignore")

import httpx2  # noqa: E402
from celonis_models import MODELS, RESOURCE_TYPES, CelonisUserModel  # noqa: E402
from emulator_process import start_emulator  # noqa: E402
from scim2_client.engines.httpx2 import SyncSCIMClient  # noqa: E402

import celonis_scim  # noqa: E402

N = 2000
PAGE = 100
ROUNDS = 3
PHASES = ["create", "get", "replace", "list", "delete"]


def timed(fn: Callable[[], int]) -> float:
    t = time.perf_counter()
    ops = fn()
    return ops / (time.perf_counter() - t)


def run_ours(url: str, token: str, tag: str) -> Dict[str, float]:
    client = celonis_scim.Client(url, token=token)
    ids: List[str] = []
    users: List[Any] = []
    out: Dict[str, float] = {}

    def create() -> int:
        for i in range(N):
            ids.append(client.create_user({"userName": f"{tag}-{i}@example.com", "displayName": f"User {i}"})["id"])
        return N

    def get() -> int:
        users.extend(client.get_user(i) for i in ids)
        return N

    def replace() -> int:
        for u in users:
            u["displayName"] = "Renamed"
            client.replace_user(u["id"], u)
        return N

    def listing() -> int:
        return sum(1 for _ in client.iter_users(page_size=PAGE))

    def delete() -> int:
        for i in ids:
            client.delete_user(i)
        return N

    for name, fn in zip(PHASES, [create, get, replace, listing, delete]):
        out[name] = timed(fn)
    return out


def run_scim2_client(url: str, token: str, tag: str) -> Dict[str, float]:
    http = httpx2.Client(base_url=url, headers={"Authorization": f"Bearer {token}"})
    client = SyncSCIMClient(http, resource_models=MODELS, resource_types=RESOURCE_TYPES)
    model = CelonisUserModel
    ids: List[str] = []
    users: List[Any] = []
    out: Dict[str, float] = {}

    def create() -> int:
        for i in range(N):
            ids.append(client.create(model(user_name=f"{tag}-{i}@example.com", display_name=f"User {i}"), expected_status_codes=[200, 201]).id)
        return N

    def get() -> int:
        users.extend(client.query(model, i) for i in ids)
        return N

    def replace() -> int:
        for u in users:
            u.display_name = "Renamed"
            client.replace(u)
        return N

    def listing() -> int:
        seen, start = 0, 1
        while True:
            page = client.query(model, query_parameters={"startIndex": start, "count": PAGE})
            got = len(page.resources or [])
            seen += got
            start += got
            if got == 0 or start > page.total_results:
                return seen

    def delete() -> int:
        for i in ids:
            client.delete(model, i)
        return N

    for name, fn in zip(PHASES, [create, get, replace, listing, delete]):
        out[name] = timed(fn)
    return out


def main() -> None:
    proc, url, token = start_emulator()
    try:
        ours: Dict[str, List[float]] = {p: [] for p in PHASES}
        theirs: Dict[str, List[float]] = {p: [] for p in PHASES}
        for r in range(ROUNDS):
            for p, v in run_ours(url, token, f"ours{r}").items():
                ours[p].append(v)
            for p, v in run_scim2_client(url, token, f"theirs{r}").items():
                theirs[p].append(v)
    finally:
        proc.kill()
        proc.wait()
    print(f"{N} users per phase against the emulator in another process, medians of {ROUNDS} rounds (ops/s; list = users/s, pages of {PAGE})")
    print(f"  {'phase':<8} {'celonis_scim':>13} {'scim2-client':>13} {'ratio':>7}  (goal >= 2.0)")
    for p in PHASES:
        a, b = statistics.median(ours[p]), statistics.median(theirs[p])
        print(f"  {p:<8} {a:13.0f} {b:13.0f} {a / b:7.1f}")


if __name__ == "__main__":
    main()
