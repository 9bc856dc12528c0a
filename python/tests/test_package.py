"""The built wheel installs into a fresh venv and works there; the README example runs; the
stubs match the module and a typed example passes mypy --strict."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from celonis_scim.testing import Emulator

ROOT = Path(__file__).resolve().parents[2]
PYTHON_DIR = ROOT / "python"


def test_wheel_installs_into_a_fresh_venv(tmp_path: Path) -> None:
    wheel = os.environ.get("CELONIS_SCIM_WHEEL")
    if not wheel:
        wheels = sorted((ROOT / "target" / "dist-host" / "python").glob("celonis_scim-*.whl"), key=lambda p: p.stat().st_mtime)
        assert wheels, "no wheel built: run scripts/test"
        wheel = str(wheels[-1])
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    # No index: the wheel and, before 3.11, its one dependency from the wheelhouse that
    # scripts/test-python-versions keeps.
    wheelhouse = os.environ.get("CELONIS_SCIM_WHEELHOUSE")
    find_links = ["--find-links", wheelhouse] if wheelhouse else []
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--no-index", *find_links, "--disable-pip-version-check", wheel], check=True)
    script = (
        "import celonis_scim, celonis_scim.testing as t\n"
        "with t.Emulator() as e:\n"
        "    c = e.client()\n"
        "    print(c.create_user({'userName': 'w@example.com'})['role'])\n"
    )
    out = subprocess.run([str(py), "-c", script], check=True, capture_output=True, text=True, cwd=tmp_path)
    assert out.stdout.strip() == "MEMBER"


def readme_example() -> str:
    text = (ROOT / "README.md").read_text()
    match = re.search(r"## Python\n.*?```python\n(.*?)```", text, re.S)
    assert match, "README.md has a Python example"
    return match.group(1)


def test_readme_example_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with Emulator() as emu:
        monkeypatch.setenv("CELONIS_SCIM_URL", emu.url)
        monkeypatch.setenv("CELONIS_SCIM_TOKEN", emu.token)
        exec(compile(readme_example(), "README.md", "exec"), {"__name__": "__main__"})
    assert "ada@example.com" in capsys.readouterr().out


def test_readme_example_is_the_typed_example() -> None:
    assert readme_example() == (PYTHON_DIR / "examples" / "quickstart.py").read_text()


def test_typed_example_passes_mypy_strict() -> None:
    # mypy lives in the main test venv only; the other CPython versions run the rest.
    pytest.importorskip("mypy")
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(PYTHON_DIR / "examples" / "quickstart.py"), str(PYTHON_DIR / "examples" / "quickstart_async.py"), str(PYTHON_DIR / "examples" / "teams.py"), str(PYTHON_DIR / "tests")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_stubs_match_the_native_module() -> None:
    pytest.importorskip("mypy")
    out = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "celonis_scim", "--allowlist", str(PYTHON_DIR / ".mypy-stubtest-allowlist")],
        capture_output=True,
        text=True,
        cwd=PYTHON_DIR / "tests",
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_import_is_lazy_and_the_typed_dicts_still_come() -> None:
    # `logging` (for the log bridge) and the TypedDicts are imported when first needed: they
    # would cost more import time than everything else.
    script = (
        "import sys, celonis_scim\n"
        "print('logging' in sys.modules, 'celonis_scim.resources' in sys.modules)\n"
        "from celonis_scim import User, Plan\n"
        "print(User.__name__, Plan.__name__, 'User' in dir(celonis_scim), 'celonis_scim.resources' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout.split()
    assert out == ["False", "False", "User", "Plan", "True", "True"]
    with pytest.raises(AttributeError):
        getattr(__import__("celonis_scim"), "NoSuchThing")


def test_building_from_source_without_rust_says_what_is_missing(tmp_path: Path) -> None:
    # Where no wheel fits, pip builds from source: without cargo, the build backend stops at
    # once and says what is missing, instead of downloading a Rust toolchain.
    pytest.importorskip("maturin")  # the backend runs in this venv (no build isolation)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CARGO", "RUSTUP"))}
    env["PATH"] = os.pathsep.join(p for p in env["PATH"].split(os.pathsep) if p and not (Path(p) / "cargo").exists())
    out = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "--disable-pip-version-check", "-w", str(tmp_path), str(PYTHON_DIR)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode != 0
    assert "rustup.rs" in out.stdout + out.stderr
    assert not list(tmp_path.glob("*.whl"))
