"""The Python artifacts: wheels installed from dist/ into fresh venvs with pip, as users do
(pip install --only-binary :all: --find-links dist/python celonis-scim), and the wheels that
cannot run here inspected (auditwheel, PE imports, Mach-O)."""
import json
import os
import re
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

from .common import expect, emulator, median_ms, run, user_env

PYENV_ROOT = Path(subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip() or Path.home() / ".pyenv")

PLAN_APPLY = """
import json
from celonis_scim.testing import Emulator
with Emulator(seats={"ANALYST": 10, "ADMIN": 2}) as emulator:
    client = emulator.client()
    plan = client.plan("team.csv")
    report = client.apply(plan)
    again = client.plan("team.csv")
    pending = sum(len(again.get(k, [])) for k in ("create_users", "update_users", "memberships", "create_groups", "update_groups"))
    print(json.dumps({"created": len(plan["create_users"]), "done": len(report["done"]), "failed": len(report["failed"]), "pending": pending}))
"""

#: DLLs that every Windows has: what a win_amd64 extension may import besides python3.dll.
WINDOWS_SYSTEM_DLLS = {"kernel32.dll", "ntdll.dll", "advapi32.dll", "bcrypt.dll", "bcryptprimitives.dll",
                       "ws2_32.dll", "userenv.dll", "msvcrt.dll", "ucrtbase.dll", "secur32.dll", "crypt32.dll",
                       "shell32.dll", "ole32.dll", "oleaut32.dll", "user32.dll", "synchronization.dll"}


def interpreter(version):
    found = sorted(PYENV_ROOT.glob(f"versions/{version}.*/bin/python3"))
    return found[-1] if found else None


def venv_with_wheel(python, dist, version, folder):
    """A fresh venv with celonis-scim installed from dist/ (its dependencies from the index)."""
    venv = folder / f"venv-{Path(python).parent.parent.name}"
    run([python, "-m", "venv", venv], folder)
    run([venv / "bin/pip", "install", "--quiet", "--disable-pip-version-check", "--only-binary", ":all:",
         "--find-links", dist / "python", f"celonis-scim=={version}"], folder)
    return venv / "bin/python"


def check_installed_wheel(results, dist, version, folder, py_version):
    """Installs the host wheel on one CPython and runs what a user runs."""
    python = interpreter(py_version)
    if python is None:
        print(f"skip CPython {py_version}: not installed under {PYENV_ROOT}")
        return None
    venv_python = results.check(f"pip install the wheel on CPython {py_version}", venv_with_wheel, python, dist, version, folder)
    if venv_python is None:
        return None

    def installed_version():
        out = run([venv_python, "-c", "import celonis_scim, importlib.metadata as m; print(celonis_scim.__version__, m.version('celonis-scim'))"], folder).stdout.split()
        expect(out == [version, version], f"the wheel reports {out}, the workspace {version}")
        where = run([venv_python, "-c", "import celonis_scim; print(celonis_scim.__file__)"], folder).stdout
        expect("site-packages" in where, f"celonis_scim was imported from {where}")

    def readme_example():
        with emulator(venv_python) as emu:
            out = run([venv_python, "quickstart.py"], folder, env=user_env(CELONIS_SCIM_URL=emu["url"], CELONIS_SCIM_TOKEN=emu["token"])).stdout
        expect("ada@example.com ['Process Mining']" in out and "deleted: 404" in out, f"unexpected output:\n{out}")

    def plan_apply():
        out = run([venv_python, "-c", PLAN_APPLY], folder).stdout
        counts = json.loads(out)
        expect(counts["created"] > 0 and counts["failed"] == 0 and counts["pending"] == 0, f"plan/apply gave {counts}")
        return f"{counts['created']} users created, {counts['done']} operations, re-plan empty"

    def import_time():
        samples = []
        for _ in range(7):
            err = run([venv_python, "-X", "importtime", "-c", "import celonis_scim"], folder).stderr
            line = [l for l in err.splitlines() if l.rstrip().endswith("| celonis_scim")][-1]
            samples.append(int(line.split("|")[1]) / 1000)
        results.figure(f"import celonis_scim on CPython {py_version}", median_ms(samples))

    results.check(f"version of the installed wheel (CPython {py_version})", installed_version)
    results.check(f"README Python example (CPython {py_version})", readme_example)
    results.check(f"plan/apply of team.csv (CPython {py_version})", plan_apply)
    results.check(f"import time (CPython {py_version})", import_time)
    return venv_python


def auditwheel(wheel):
    """auditwheel agrees with the wheel's tag: no library outside the policy, no newer symbol."""
    out = run(["auditwheel", "show", wheel], wheel.parent, tool=True).stdout
    tags = set(re.findall(r"(?:manylinux|musllinux)_\d+_\d+_\w+", wheel.name))
    consistent = re.search(r'consistent with the following platform tag:\s*"([^"]+)"', out.replace("\n", " "))
    expect(consistent, f"auditwheel found no policy:\n{out}")
    claimed = re.search(r"(manylinux|musllinux)_(\d+)_(\d+)_", next(iter(tags)))
    best = re.search(r"(manylinux|musllinux)_(\d+)_(\d+)_", consistent.group(1))
    expect(claimed and best and claimed.group(1) == best.group(1)
           and (int(best.group(2)), int(best.group(3))) <= (int(claimed.group(2)), int(claimed.group(3))),
           f"the tag says {tags}, auditwheel says {consistent.group(1)}")
    return f"auditwheel: {consistent.group(1)}"


def max_glibc(wheel):
    """The newest glibc symbol version the wheel's extension needs."""
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith(".so"))
        data = z.read(name)
    versions = {tuple(int(p) for p in v.split(b".")) for v in re.findall(rb"GLIBC_(\d+\.\d+(?:\.\d+)?)", data)}
    newest = ".".join(map(str, max(versions)))
    expect(max(versions) <= (2, 17), f"{wheel.name} needs GLIBC_{newest}")
    return f"newest glibc symbol {newest}"


def windows_imports(wheel, folder):
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith(".pyd"))
        target = folder / Path(name).name
        target.write_bytes(z.read(name))
    out = run(["objdump", "-p", target], folder, tool=True).stdout
    dlls = {d.lower() for d in re.findall(r"DLL Name: (\S+)", out)}
    others = {d for d in dlls - {"python3.dll"} - WINDOWS_SYSTEM_DLLS if not d.startswith("api-ms-win-")}
    expect("python3.dll" in dlls and not others, f"imports {sorted(dlls)}")
    return f"imports {', '.join(sorted(dlls))}"


def macos_wheel(wheel, folder):
    arch = "arm64" if "arm64" in wheel.name else "x86_64"
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith(".so"))
        target = folder / Path(name).name
        target.write_bytes(z.read(name))
    out = run(["file", target], folder, tool=True).stdout
    expect("Mach-O 64-bit" in out and arch.replace("x86_64", "x86_64") in out, out)
    return out.split(":", 1)[1].strip()


def sdist_contents(sdist):
    """The sdist holds what a build from source needs: every crate, the licences, the lockfile."""
    with tarfile.open(sdist) as t:
        names = {n.split("/", 1)[1] for n in t.getnames() if "/" in n}
    needed = ["Cargo.lock", "pyproject.toml", "crates/celonis-scim/Cargo.toml", "bindings/python/Cargo.toml",
              "LICENSE-MIT", "LICENSE-APACHE", "LICENSE-THIRD-PARTY.md"]
    missing = [n for n in needed if not any(x == n or x.endswith("/" + n) for x in names)]
    expect(not missing, f"the sdist lacks {missing}")
    return f"{len(names)} files"


def size_figures(results, dist):
    for wheel in sorted((dist / "python").glob("*.whl")):
        size = wheel.stat().st_size / 1e6
        results.figure(f"wheel {wheel.name}", f"{size:.2f} MB{' (goal <= 4 MB: MISSED)' if size > 4 else ''}")


def wheels(dist, pattern):
    return sorted((dist / "python").glob(pattern))


def licences_in_wheel(wheel):
    with zipfile.ZipFile(wheel) as z:
        names = [n.rsplit("/", 1)[-1] for n in z.namelist() if ".dist-info/" in n]
    missing = [n for n in ("LICENSE-MIT", "LICENSE-APACHE", "LICENSE-THIRD-PARTY.md") if n not in names]
    expect(not missing, f"{wheel.name} lacks {missing}")


def copy_wheel_tree(wheel, site):
    """Unpacks a wheel onto a folder used as PYTHONPATH (for an interpreter without pip)."""
    shutil.rmtree(site, ignore_errors=True)
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)


def sdist_builds(sdist, dist, version, folder):
    """The sdist builds a working wheel from source (with the Rust toolchain this machine has,
    as a user on a platform without a wheel would), which then installs and runs."""
    python = interpreter("3.13") or interpreter("3.12")
    venv = folder / "venv-sdist"
    run([python, "-m", "venv", venv], folder)
    built = folder / "from-sdist"
    env = {**os.environ, "CARGO_TARGET_DIR": str(folder / "sdist-target")}
    env.pop("VIRTUAL_ENV", None)
    run([venv / "bin/pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-deps", "-w", built, sdist], folder, env=env, timeout=1800)
    (wheel,) = built.glob("celonis_scim-*.whl")
    run([venv / "bin/pip", "install", "--quiet", "--disable-pip-version-check", wheel], folder, env=user_env())
    out = run([venv / "bin/python", "-c", "import celonis_scim; print(celonis_scim.__version__)"], folder).stdout.strip()
    expect(out == version, f"the wheel built from the sdist says {out}")
    return f"built {wheel.name} from source and imported it"
