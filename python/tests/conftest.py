"""Shared fixtures: the package's own pytest plugin, and the third-party scim2-server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator, Tuple

import pytest

pytest_plugins = ["celonis_scim.testing"]

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def scim2_server() -> Iterator[Tuple[str, str]]:
    """scim2-server (PyPI) on loopback: yields (base URL, token)."""
    exe = os.environ.get("SCIM2_SERVER") or shutil.which("scim2-server") or str(Path(sys.executable).parent / "scim2-server")
    assert Path(exe).exists(), f"scim2-server not found at {exe}: run scripts/test"
    port, token = _free_port(), "py-interop"
    proc = subprocess.Popen(
        [exe, "--hostname", "127.0.0.1", "--port", str(port), "--bearer-token", token],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "scim2-server did not start"
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/v2", token
    finally:
        proc.kill()
        proc.wait()
