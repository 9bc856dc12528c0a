"""Checks of the documentation site (run by scripts/docs after the build): every code example
on its pages is an include of a file the tests run; every page and both generated references
are in the site; and a broken internal link fails a strict build. Prints `N passed, N failed`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable, List, Tuple

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SITE = ROOT / "target" / "site"

# The files the pages include, and what runs each.
TESTED = {
    "examples/cli/main-job.sh": "crates/celonis-scim-cli/tests/examples.rs",
    "examples/cli/from-an-identity-system.sh": "crates/celonis-scim-cli/tests/examples.rs",
    "examples/cli/celonis-scim.toml": "crates/celonis-scim-cli/tests/examples.rs (config check)",
    "crates/celonis-scim/presets/okta.toml": "crates/celonis-scim/src/sync/source/presets.rs, tests/sources.rs",
    "python/examples/quickstart.py": "python/tests/test_package.py",
    "python/examples/quickstart_async.py": "python/tests/test_aio.py",
    "python/examples/from_database.py": "python/tests/test_sources.py",
    "python/examples/teams.py": "python/tests/test_teams.py",
    "node/examples/quickstart.js": "node/test/package.test.js",
    "node/examples/teams.js": "node/test/teams.test.js",
    "node/examples/typed.ts": "node/test/package.test.js (tsc --strict)",
    "bindings/c/examples/quickstart.c": "tests/c/run.sh",
    "crates/celonis-scim/examples/quickstart.rs": "crates/celonis-scim/tests/readme.rs",
}


def pages() -> List[Path]:
    return [p for p in DOCS.rglob("*.md") if not any(part in ("vendor", "rust", "node") for part in p.relative_to(DOCS).parts[:-1])]


def every_example_is_a_tested_file() -> None:
    fence = re.compile(r"^```[a-z]*\n(.*?)^```", re.S | re.M)
    for page in pages():
        for block in fence.findall(page.read_text()):
            lines = [l for l in block.splitlines() if l.strip()]
            assert len(lines) == 1 and lines[0].startswith("--8<-- "), f"{page.relative_to(ROOT)}: a code block that is not an included file:\n{block}"
            included = lines[0].split('"')[1]
            assert included in TESTED, f"{page.relative_to(ROOT)} includes {included}, which no test is known to run"
            assert (ROOT / included).is_file(), included


def every_page_and_reference_is_built() -> None:
    for page in pages():
        rel = page.relative_to(DOCS).with_suffix("")
        built = SITE / ("index.html" if rel.name == "index" else f"{rel}/index.html")
        assert built.is_file(), f"{built} is missing"
    assert (SITE / "rust" / "celonis_scim" / "index.html").is_file(), "the Rust API"
    assert (SITE / "rust" / "celonis_scim_emulator" / "index.html").is_file()
    assert (SITE / "node" / "index.html").is_file(), "the Node types"
    python = (SITE / "reference" / "python" / "index.html").read_text()
    for name in ("AsyncClient", "report_of", "get_user", "Emulator"):
        assert name in python, f"the Python reference documents {name}"


def a_broken_link_fails_the_build() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
        shutil.copytree(DOCS, copy / "docs")
        for included in TESTED:
            (copy / included).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / included, copy / included)
        index = copy / "docs" / "index.md"
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(copy / "site")]
        intact = subprocess.run(build, cwd=copy, capture_output=True, text=True, env=env)
        assert intact.returncode == 0, f"the copy builds: {intact.stderr}"
        index.write_text(index.read_text() + "\nSee [a page that is not there](guide/nowhere.md).\n")
        broken = subprocess.run(build, cwd=copy, capture_output=True, text=True, env=env)
        assert broken.returncode != 0 and "nowhere.md" in broken.stderr, f"a broken link must fail the build: {broken.returncode} {broken.stderr}"


def main() -> int:
    results: List[Tuple[str, str]] = []
    checks: List[Tuple[str, Callable[[], None]]] = [
        ("every example is a tested file", every_example_is_a_tested_file),
        ("every page and reference is built", every_page_and_reference_is_built),
        ("a broken internal link fails the build", a_broken_link_fails_the_build),
    ]
    for name, check in checks:
        try:
            check()
            results.append((name, ""))
        except Exception as e:  # every check runs; each failure is reported
            results.append((name, f"{type(e).__name__}: {e}"))
    for name, why in results:
        print(f"{'ok  ' if not why else 'FAIL'} {name}{': ' + why if why else ''}")
    failed = sum(1 for _, why in results if why)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
