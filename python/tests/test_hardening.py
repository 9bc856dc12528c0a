"""Ctrl-C during any call, panics as InternalError, no secret in any repr or error."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from typing import Any, Dict, Iterator

import pytest

import celonis_scim as cs
from celonis_scim import Client, _native
from celonis_scim.testing import Emulator


@contextlib.contextmanager
def sigint_after(seconds: float) -> Iterator[None]:
    """Sends SIGINT to this process after `seconds` (as Ctrl-C would), inside the block."""
    timer = threading.Timer(seconds, lambda: os.kill(os.getpid(), signal.SIGINT))
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def test_ctrl_c_interrupts_a_waiting_call() -> None:
    with Emulator(latency_ms=5000) as emu:
        client = emu.client()
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt), sigint_after(0.3):
            client.list_users()
        # Far below the server's 5 s: the call stopped at the signal, not at the answer.
        assert time.monotonic() - started < 4


def test_ctrl_c_interrupts_an_iteration() -> None:
    with Emulator(latency_ms=5000) as emu:
        client = emu.client()
        with pytest.raises(KeyboardInterrupt), sigint_after(0.3):
            list(client.iter_users())


def test_ctrl_c_stops_an_apply_which_reports_and_converges() -> None:
    with Emulator(latency_ms=100) as emu:
        client = emu.client()
        desired: cs.DesiredState = {"users": [{"userName": f"u{i}@example.com"} for i in range(40)]}
        plan = client.plan(desired)
        with pytest.raises(KeyboardInterrupt) as info, sigint_after(0.5):
            client.apply(plan, max_in_flight=2, bulk=False)
        report: cs.Report = getattr(info.value, "report")
        assert report["cancelled"] is True
        assert 0 < len(report["done"]) < 40
        assert len(report["done"]) + len(report["failed"]) == 40
        assert {f["code"] for f in report["failed"]} == {"cancelled"}
        emu.set_latency(0)
        # A create cancelled while waiting for its answer is still being carried out by the
        # emulator (its 100 ms latency): plan again until two plans 0.2 s apart agree.
        rest = client.plan(desired)
        for _ in range(20):
            time.sleep(0.2)
            settled = client.plan(desired)
            if len(settled["create_users"]) == len(rest["create_users"]):
                break
            rest = settled
        # Those cancelled in flight may have been carried out (2 in flight).
        assert 40 - len(report["done"]) - 2 <= len(rest["create_users"]) <= 40 - len(report["done"])
        assert client.apply(rest)["failed"] == []
        assert client.plan(desired)["create_users"] == []


def test_a_panic_in_the_core_is_an_internal_error() -> None:
    with pytest.raises(cs.InternalError) as info:
        _native._panic_for_tests()
    assert info.value.code == "internal"
    assert isinstance(info.value, cs.ScimError) and isinstance(info.value, Exception)


def test_no_secret_in_any_repr_or_error() -> None:
    secret = "TOPSECRET-py-42"
    with Emulator() as emu:
        client = Client(emu.url, token=secret)
        with pytest.raises(cs.AuthError) as info:
            client.list_users()
        oauth = Client(emu.url, oauth2={"token_url": emu.token_url, "client_id": "x", "client_secret": secret})
        with pytest.raises(cs.AuthError) as oauth_info:
            oauth.list_users()
        for shown in (repr(client), str(client), repr(oauth), str(info.value), repr(info.value), str(oauth_info.value), repr(vars(oauth_info.value))):
            assert secret not in shown, shown


def test_unknown_option_names_are_refused() -> None:
    with Emulator() as emu:
        # Passed as a dict: mypy already refuses the misspelt names written out.
        misspelt: Dict[str, Any] = {"timeout_ms": 5}
        with pytest.raises(cs.ConfigError):
            Client(emu.url, token=emu.token, **misspelt)
        client = emu.client()
        with pytest.raises(cs.ConfigError):
            client.plan({"users": []}, **misspelt)
        with pytest.raises(cs.ScimError):
            emu.inject("rate_limit", retry_afterr=1)
        with pytest.raises(cs.ConfigError):
            Emulator(latency=5)
