"""What every check of the release verifier shares: a record of results, commands run in an
environment without a Rust toolchain, user folders that hold copies (never the sources), and
an emulator on loopback served by an installed wheel."""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
#: The files a user would have: the README's examples and an export.
USER_FILES = {
    "quickstart.py": ROOT / "python/examples/quickstart.py",
    "quickstart.js": ROOT / "node/examples/quickstart.js",
    "quickstart.c": ROOT / "bindings/c/examples/quickstart.c",
    "team.csv": ROOT / "examples/team.csv",
}


class Results:
    """Prints each check as it ends and the closing line 'N passed, M failed'."""

    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.figures = []

    def check(self, name, fn, *args):
        """Runs one check: its result (True when it returns nothing), or None when it failed."""
        started = time.monotonic()
        try:
            detail = fn(*args)
        except Exception as err:  # a check that fails for any reason is reported, not fatal
            self.failed += 1
            print(f"FAIL {name}: {err}", flush=True)
            if not isinstance(err, CheckFailed):
                traceback.print_exc(file=sys.stdout)
            return None
        self.passed += 1
        print(f"ok   {name} ({time.monotonic() - started:.1f} s){f': {detail}' if detail else ''}", flush=True)
        return True if detail is None else detail

    def figure(self, name, value):
        self.figures.append((name, value))

    def close(self):
        if self.figures:
            print("\nFigures:")
            for name, value in self.figures:
                print(f"  {name}: {value}")
        print(f"{self.passed} passed, {self.failed} failed")
        return 0 if self.failed == 0 else 1


class CheckFailed(Exception):
    """A check's expectation did not hold."""


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def user_env(**extra):
    """The environment of a user without Rust: no cargo or rustup on PATH, no CARGO_HOME,
    RUSTUP_HOME pointing nowhere, no PYTHONPATH, a HOME of its own."""
    path = [p for p in os.environ.get("PATH", "").split(os.pathsep)
            if p and not (Path(p) / "cargo").exists() and not (Path(p) / "rustc").exists()
            and ".venv" not in p and "pyenv" not in p]
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("CARGO", "RUSTUP", "PYTHON", "VIRTUAL_ENV", "npm_", "NODE_"))}
    env.update(PATH=os.pathsep.join(path), RUSTUP_HOME="/nonexistent", CARGO_HOME="/nonexistent")
    env.update(extra)
    expect(shutil.which("cargo", path=env["PATH"]) is None, "cargo is still on PATH")
    return env


def run(cmd, cwd, env=None, timeout=600, check=True, input=None, tool=False):
    """Runs a command as the user (in `env`, else user_env()), or with tool=True as the
    verifier itself (this process's environment: auditwheel, readelf, compilers for other
    platforms). Its output is returned, and shown when it fails."""
    env = dict(os.environ) if tool else (env or user_env())
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, input=input)
    if check and done.returncode != 0:
        raise CheckFailed(f"{' '.join(map(str, cmd))} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


@contextmanager
def user_dir(prefix):
    """A fresh folder outside the repository with copies of the user's files."""
    folder = Path(tempfile.mkdtemp(prefix=f"cscim-{prefix}-"))
    try:
        for name, source in USER_FILES.items():
            shutil.copy(source, folder / name)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


EMULATOR_SCRIPT = """
import json, sys
from celonis_scim.testing import Emulator
with Emulator(seats={"ANALYST": 10, "ADMIN": 2}) as emulator:
    print(json.dumps({"url": emulator.url, "token": emulator.token}), flush=True)
    sys.stdin.read()
"""


@contextmanager
def emulator(python):
    """A Celonis emulator on loopback, served by an installed wheel's Python: its url/token."""
    proc = subprocess.Popen([str(python), "-c", EMULATOR_SCRIPT], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=user_env())
    try:
        yield json.loads(proc.stdout.readline())
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


def median_ms(samples):
    return f"{statistics.median(samples):.1f} ms (median of {len(samples)})"
