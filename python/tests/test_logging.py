"""The client's log records in Python's logging module, under celonis_scim: exchanges at
DEBUG, retries at INFO, bodies at level 5 (trace), and never a secret."""

from __future__ import annotations

import logging
from typing import Iterator, List

import pytest

import celonis_scim as cs
from celonis_scim.testing import Emulator

TRACE = 5


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    emu = Emulator()
    try:
        yield emu
    finally:
        emu.stop()


def _ours(caplog: pytest.LogCaptureFixture) -> List[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith("celonis_scim")]


def test_a_request_is_logged_under_celonis_scim_without_secrets(emulator: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(TRACE, logger="celonis_scim")
    cs.refresh_logging()
    client = emulator.client()
    client.create_user({"userName": "ada@example.com"})
    emulator.inject("rate_limit", 1, retry_after=0)
    client.list_users()
    records = _ours(caplog)
    debug = [r.getMessage() for r in records if r.levelno == logging.DEBUG]
    assert any(m.startswith("POST /scim/v2/Users -> 200 in ") for m in debug), debug
    assert any("-> 429" in m for m in debug) and any("(attempt 2" in m for m in debug), debug
    assert any(r.levelno == logging.INFO and "retrying in" in r.getMessage() for r in records)
    assert any(r.levelno == TRACE and "ada@example.com" in r.getMessage() for r in records)
    assert {r.name for r in records} == {"celonis_scim.http"}
    assert not any(r.name.startswith("ureq") or r.name.startswith("rustls") for r in caplog.records), "dependencies are not forwarded"
    for r in caplog.records:
        assert emulator.token not in r.getMessage() and "authorization" not in r.getMessage().lower()


def test_levels_set_later_are_seen_after_refresh(emulator: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    client = emulator.client()
    caplog.set_level(logging.WARNING, logger="celonis_scim")
    cs.refresh_logging()
    client.list_users()
    assert _ours(caplog) == [], "nothing below WARNING"
    caplog.set_level(logging.DEBUG, logger="celonis_scim")
    cs.refresh_logging()
    client.list_users()
    assert [r.levelno for r in _ours(caplog)] == [logging.DEBUG]
