"""The GIL is released during network calls: calls from two threads overlap."""

from __future__ import annotations

import threading
import time

from celonis_scim.testing import Emulator


def test_two_threads_overlap() -> None:
    with Emulator(latency_ms=400) as emu:
        client = emu.client()
        results: list[int] = []

        def work() -> None:
            results.append(client.list_users()["totalResults"])

        start = time.monotonic()
        threads = [threading.Thread(target=work) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - start
        assert results == [0, 0]
        # Serialized calls would take at least 800 ms.
        assert elapsed < 0.75, f"calls did not overlap: {elapsed:.3f}s"


def test_a_python_thread_runs_while_a_call_waits() -> None:
    with Emulator(latency_ms=300) as emu:
        client = emu.client()
        ticks = 0
        stop = threading.Event()

        def ticker() -> None:
            nonlocal ticks
            while not stop.is_set():
                ticks += 1
                time.sleep(0.01)

        t = threading.Thread(target=ticker)
        t.start()
        client.list_users()
        stop.set()
        t.join()
        assert ticks >= 10, f"the ticker ran {ticks} times during a 300 ms call"
