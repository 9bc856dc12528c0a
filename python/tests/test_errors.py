"""Every core error kind arrives as its exception class, with its fields."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple, Type

import pytest

import celonis_scim as cs
from celonis_scim import Client
from celonis_scim.testing import Emulator


def fault(emu: Emulator, client: Client, kind: str, params: Dict[str, Any]) -> cs.ScimError:
    emu.inject(kind, **params)
    with pytest.raises(cs.ScimError) as info:
        client.list_users()
    return info.value


def test_hierarchy() -> None:
    api: list[Type[cs.ScimError]] = [cs.BadRequestError, cs.AuthError, cs.NotFoundError, cs.ConflictError, cs.PreconditionFailedError, cs.RateLimitError, cs.ServerError]
    for cls in api:
        assert issubclass(cls, cs.ApiError) and issubclass(cls, cs.ScimError)
    for cls in (cs.ValidationError, cs.ConfigError):
        assert issubclass(cls, ValueError) and issubclass(cls, cs.ScimError) and not issubclass(cls, cs.ApiError)
    for cls in (cs.TransportError, cs.DecodeError, cs.ApiError):
        assert issubclass(cls, cs.ScimError)


def test_validation_error_names_the_attribute(celonis_client: Client) -> None:
    with pytest.raises(cs.ValidationError) as info:
        celonis_client.create_user({"userName": "x" * 101})
    e = info.value
    assert (e.code, e.attribute, e.scim_type, e.status) == ("validation", "userName", "tooLong", None)
    with pytest.raises(ValueError):
        celonis_client.create_user({"userName": "ok", "role": "OWNER"})
    with pytest.raises(cs.ValidationError):
        celonis_client.create_user({"userName": "ok", "active": "perhaps"})  # type: ignore[typeddict-item]
    with pytest.raises(cs.ValidationError):
        celonis_client.create_user(["not", "a", "dict"])  # type: ignore[arg-type]


def test_config_errors() -> None:
    for kwargs in ({}, {"token": "a", "app_key": "b"}, {"token": "t", "tokn": "typo"}, {"token": "t", "timeout": "soon"}):
        with pytest.raises(cs.ConfigError) as info:
            Client("https://h.example/scim/v2", **kwargs)  # type: ignore[arg-type]
        assert info.value.code == "config"
    with pytest.raises(cs.ConfigError):
        Client("http://team.example/scim/v2", token="t")
    with pytest.raises(cs.ConfigError):
        Emulator(no_such_option=1)


def test_server_side_errors_carry_their_fields(celonis_emulator: Emulator) -> None:
    client = celonis_emulator.client(max_retries=0)
    client.create_user({"userName": "dup@example.com"})
    with pytest.raises(cs.BadRequestError) as bad:
        client.create_user({"userName": "DUP@example.com"})
    assert (bad.value.code, bad.value.status, bad.value.scim_type) == ("bad_request", 400, "uniqueness")
    assert bad.value.detail
    with pytest.raises(cs.NotFoundError) as nf:
        client.get_user("missing")
    assert (nf.value.code, nf.value.status) == ("not_found", 404)
    # Celonis documents no 409; the class still maps the status.
    conflict = fault(celonis_emulator, client, "status", {"status": 409})
    assert type(conflict) is cs.ConflictError and (conflict.code, conflict.status) == ("conflict", 409)

    cases: List[Tuple[str, Dict[str, Any], Type[cs.ScimError], str, int]] = [
        ("status", {"status": 403}, cs.AuthError, "forbidden", 403),
        ("status", {"status": 412, "body": '{"detail": "stale"}'}, cs.PreconditionFailedError, "precondition_failed", 412),
        ("status", {"status": 418}, cs.ApiError, "http", 418),
        ("status", {"status": 500, "body": '{"reference": "ERR-42", "message": "boom"}'}, cs.ServerError, "server", 500),
        ("rate_limit_reset", {"reset": 7}, cs.RateLimitError, "rate_limited", 429),
        ("malformed", {}, cs.DecodeError, "decode", 200),
    ]
    for kind, params, cls, code, status in cases:
        e = fault(celonis_emulator, client, kind, params)
        assert type(e) is cls and e.code == code and e.status == status, (kind, e)
        if code == "server":
            assert e.support_id == "ERR-42" and e.detail == "boom"
        if code == "rate_limited":
            assert e.retry_after == 7.0 and e.error_code == "LIMIT_RATE_EXCEEDED"

    with pytest.raises(cs.AuthError) as unauth:
        Client(celonis_emulator.url, token="wrong").list_users()
    assert unauth.value.code == "unauthorized" and unauth.value.detail == "Unauthorized"


def test_transport_error_when_nothing_listens() -> None:
    emu = Emulator()
    url = emu.url
    emu.stop()
    emu.stop()
    with pytest.raises(cs.TransportError) as info:
        Client(url, token="t", max_retries=0).list_users()
    assert info.value.code == "transport" and info.value.status is None


def test_retries_recover_from_transient_faults(celonis_emulator: Emulator) -> None:
    client = celonis_emulator.client(retry_base_delay=0.01)
    celonis_emulator.inject("unavailable", count=2)
    assert client.list_users()["totalResults"] == 0
    celonis_emulator.inject("drop_after")
    with pytest.raises(cs.TransportError):
        client.create_user({"userName": "once@example.com"})
    assert client.list_users()["totalResults"] == 1, "never created twice"
    with pytest.raises(cs.ValidationError):
        celonis_emulator.inject("no_such_fault")
