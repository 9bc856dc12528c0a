"""The emulator as a separate process for the benchmarks: the release CLI's `emulator`
command on a free port (built first)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Tuple

ROOT = Path(__file__).resolve().parents[2]


def start_emulator(latency_ms: int = 0) -> "Tuple[subprocess.Popen[str], str, str]":
    """Starts it; (process, base URL, token). Kill the process when done."""
    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "celonis-scim-cli"], cwd=ROOT, check=True)
    proc = subprocess.Popen(
        [str(ROOT / "target/release/celonis-scim"), "emulator", "--port", "0", "--serve-token", "bench", "--latency-ms", str(latency_ms)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    info = json.loads(proc.stdout.readline())
    return proc, info["url"], info["token"]
