"""2,000 concurrent ``get_user`` awaits against the emulator (a separate process), through
``AsyncClient`` (the core's own threads) and through ``asyncio.to_thread`` on the sync
``Client`` (the loop's default executor), alternated in one run. Reports each round's wall
time and the event loop's lag: how late a task that asks to wake every millisecond wakes
(median and 99th percentile), i.e. how much the calls keep the loop from other work. Then
the same with 50 ms of latency per answer (as a remote server has), 500 awaits: there the
number of calls in flight decides.

Run: ``.venv/bin/python python/bench/bench_async.py`` (after ``scripts/test``); it builds the
release CLI to run the emulator.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Awaitable, Callable, Dict, List, Tuple

import celonis_scim
from celonis_scim import AsyncClient

sys.path.insert(0, str(Path(__file__).parent))
from emulator_process import start_emulator  # noqa: E402

N = 2000
ROUNDS = 5
TICK = 0.001


async def measured(calls: Callable[[], Awaitable[object]]) -> Tuple[float, List[float]]:
    """Runs `calls()` while a ticker measures how late the loop wakes it; (seconds, lags in ms)."""
    lags: List[float] = []
    done = False

    async def ticker() -> None:
        while not done:
            asked = time.perf_counter()
            await asyncio.sleep(TICK)
            lags.append((time.perf_counter() - asked - TICK) * 1000)

    tick = asyncio.create_task(ticker())
    start = time.perf_counter()
    await calls()
    elapsed = time.perf_counter() - start
    done = True
    await tick
    return elapsed, lags


def percentile(values: List[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


async def compare(n: int, latency_ms: int, rounds: int) -> None:
    proc, url, token = start_emulator(latency_ms)
    try:
        sync = celonis_scim.Client(url, token=token)
        client = AsyncClient.wrapping(sync)
        created = await asyncio.gather(*(client.create_user({"userName": f"bench{i}@example.com"}) for i in range(n)))
        ids = [u["id"] for u in created]

        async def through_core() -> None:
            await asyncio.gather(*(client.get_user(i) for i in ids))

        async def through_to_thread() -> None:
            await asyncio.gather(*(asyncio.to_thread(sync.get_user, i) for i in ids))

        ways: Dict[str, Callable[[], Awaitable[None]]] = {"AsyncClient": through_core, "asyncio.to_thread": through_to_thread}
        results: Dict[str, List[Tuple[float, List[float]]]] = {name: [] for name in ways}
        for _ in range(rounds):
            for name, way in ways.items():
                results[name].append(await measured(way))
        print(f"{n} concurrent get_user awaits, {latency_ms} ms latency, {rounds} rounds alternated; medians of the rounds")
        print(f"{'':20} {'wall s':>8} {'calls/s':>9} {'lag p50 ms':>11} {'lag p99 ms':>11} {'lag max ms':>11}")
        medians: Dict[str, float] = {}
        for name, rounds_of in results.items():
            wall = statistics.median(r[0] for r in rounds_of)
            p50 = statistics.median(percentile(r[1], 0.5) for r in rounds_of)
            p99 = statistics.median(percentile(r[1], 0.99) for r in rounds_of)
            worst = statistics.median(max(r[1]) for r in rounds_of)
            medians[name] = wall
            print(f"{name:20} {wall:8.3f} {n / wall:9.0f} {p50:11.2f} {p99:11.2f} {worst:11.2f}")
        print(f"AsyncClient wall time / asyncio.to_thread: {medians['AsyncClient'] / medians['asyncio.to_thread']:.2f}\n")
    finally:
        proc.kill()
        proc.wait()


async def main() -> None:
    await compare(N, 0, ROUNDS)
    await compare(500, 50, 3)


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
