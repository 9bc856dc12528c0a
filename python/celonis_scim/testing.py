"""Test helpers: an embedded Celonis emulator, and a pytest fixture.

Enable the fixture in your own test suite with ``pytest_plugins = ["celonis_scim.testing"]``
in ``conftest.py``, then ask for ``celonis_emulator`` (an :class:`Emulator`) or
``celonis_client`` (a :class:`~celonis_scim.Client` connected to it)::

    def test_provisioning(celonis_client):
        created = celonis_client.create_user({"userName": "ada@example.com"})
        assert created["role"] == "MEMBER"
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, Dict, Iterator, Optional, Type

from . import _native
from ._native import Client

if TYPE_CHECKING:
    from .aio import AsyncClient

__all__ = ["Emulator", "celonis_client", "celonis_emulator"]


class Emulator:
    """A Celonis emulator on 127.0.0.1, as a context manager.

    Keyword options are the emulator's settings: ``seats`` ({role: n}), ``latency_ms``,
    ``state`` (a file that keeps the data across restarts), ``token``, ``port``,
    ``admin_role``, ``default_count``, ``max_count``, ``bulk_max_operations``,
    ``bulk_max_payload``, ``reject_filter``, ``oauth_clients`` ({id: secret}) and
    ``oauth_token_lifetime``.
    """

    def __init__(self, **options: Any) -> None:
        if "state" in options and options["state"] is not None:
            options["state"] = str(options["state"])
        self._native = _native.Emulator(**options)

    @property
    def url(self) -> str:
        """The SCIM base URL."""
        return self._native.url

    @property
    def token(self) -> str:
        """The accepted bearer token."""
        return self._native.token

    @property
    def token_url(self) -> str:
        """The OAuth 2.0 token endpoint."""
        return self._native.token_url

    def client(self, **options: Any) -> Client:
        """A client of this emulator (options as for :class:`~celonis_scim.Client`)."""
        options.setdefault("token", self.token)
        return Client(self.url, **options)

    def async_client(self, **options: Any) -> AsyncClient:
        """An asyncio client of this emulator (options as for :class:`~celonis_scim.AsyncClient`)."""
        from .aio import AsyncClient

        options.setdefault("token", self.token)
        return AsyncClient(self.url, **options)

    def inject(self, kind: str, count: int = 1, **params: Any) -> None:
        """Queues a fault for the next ``count`` answers (see the emulator's fault kinds)."""
        self._native.inject(kind, count, **params)

    def set_latency(self, latency_ms: int) -> None:
        """Adds latency to every answer."""
        self._native.set_latency(latency_ms)

    def revoke_tokens(self) -> None:
        """Forgets every OAuth token issued so far."""
        self._native.revoke_tokens()

    def seat_usage(self) -> Dict[str, int]:
        """Licence seats in use per role."""
        return self._native.seat_usage()

    def stop(self) -> None:
        """Stops the emulator (idempotent)."""
        self._native.stop()

    def __enter__(self) -> "Emulator":
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"Emulator({self.url!r})"


try:
    import pytest
except ImportError:  # pragma: no cover - pytest is optional
    pass
else:

    @pytest.fixture
    def celonis_emulator() -> Iterator[Emulator]:
        """A fresh Celonis emulator for one test."""
        with Emulator() as emu:
            yield emu

    @pytest.fixture
    def celonis_client(celonis_emulator: Emulator) -> Client:
        """A client connected to ``celonis_emulator``."""
        return celonis_emulator.client()
