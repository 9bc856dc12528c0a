"""Checks the artifacts in dist/ as users meet them. Usage:
    python3 -m verify --host DIST   what CI runs: the host's wheel on CPython 3.9 and 3.13, the
                                    npm tarballs, the C archive (pkg-config, CMake), versions
    python3 -m verify --full DIST   all of that, and every other platform's artifacts: run under
                                    qemu-user or wine where they can be, inspected where not
Every user-side command runs in a fresh folder outside the repository, with copies of the
README's examples, no Rust toolchain on PATH. The last line is 'N passed, M failed'."""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from . import c_archives, foreign, npm_packages, python_wheels
from .common import ROOT, Results, expect, run, user_dir


def workspace_version():
    text = (ROOT / "Cargo.toml").read_text()
    section = text.split("[workspace.package]", 1)[1]
    return section.split('version = "', 1)[1].split('"', 1)[0]


def repo_versions(version):
    """The files generated from the workspace version agree with it (scripts/set-version)."""
    package = json.loads((ROOT / "node/package.json").read_text())
    lock = json.loads((ROOT / "node/package-lock.json").read_text())
    header = (ROOT / "include/celonis_scim.h").read_text()
    found = {"node/package.json": package["version"], "node/package-lock.json": lock["version"],
             "include/celonis_scim.h": header.split('#define CSCIM_VERSION_STRING "', 1)[1].split('"', 1)[0] if "CSCIM_VERSION_STRING" in header else None}
    wrong = {k: v for k, v in found.items() if v != version}
    expect(not wrong, f"these disagree with the workspace version {version}: {wrong} (run scripts/set-version {version})")


def install_layout(version):
    """scripts/build-c installs to --prefix under DESTDIR, as make install does."""
    # The plain build scripts/test makes, else the release's build for this machine.
    host = subprocess.run(["rustc", "-vV"], capture_output=True, text=True).stdout.split("host: ")[1].split()[0]
    target = [] if (ROOT / "target/release/libcelonis_scim_c.a").exists() else ["--target", host]
    with tempfile.TemporaryDirectory(prefix="cscim-destdir-") as destdir:
        run([ROOT / "scripts/build-c", "--no-build", *target, "--prefix", "/usr/local"], ROOT, env={**os.environ, "DESTDIR": destdir})
        prefix = Path(destdir) / "usr/local"
        for name in ("include/celonis_scim.h", "lib/libcelonis_scim.so", "lib/libcelonis_scim.a", "lib/pkgconfig/celonis_scim.pc",
                     "lib/cmake/celonis_scim/celonis_scimConfig.cmake"):
            expect((prefix / name).exists(), f"DESTDIR install lacks usr/local/{name}")
        pc = (prefix / "lib/pkgconfig/celonis_scim.pc").read_text()
        expect("${pcfiledir}" in pc and destdir not in pc, "the installed .pc names the staging folder")


def main():
    mode, dist = sys.argv[1], Path(sys.argv[2]).resolve()
    version = workspace_version()
    results = Results()
    results.check("versions generated from the workspace's agree", repo_versions, version)
    with user_dir("python") as folder:
        host_wheels = python_wheels.wheels(dist, "*manylinux*x86_64*.whl")
        results.check("one manylinux x86_64 wheel in dist/python", lambda: expect(len(host_wheels) == 1, f"found {host_wheels}"))
        server = None
        for wheel in host_wheels:
            results.check(f"auditwheel {wheel.name}", python_wheels.auditwheel, wheel)
            results.check(f"glibc symbols of {wheel.name}", python_wheels.max_glibc, wheel)
            results.check(f"licences in {wheel.name}", python_wheels.licences_in_wheel, wheel)
            for py in ("3.9", "3.13"):
                server = python_wheels.check_installed_wheel(results, dist, version, folder, py) or server
        expect(server is not None, "no installed wheel to serve an emulator from")
        with user_dir("npm") as npm_folder:
            npm_packages.check_npm(results, dist, version, npm_folder, server)
        with user_dir("c") as c_folder:
            c_archives.check_c_archive(results, dist, version, c_folder, server)
        results.check("scripts/build-c --prefix with DESTDIR", install_layout, version)
        cli = ROOT / "target/debug/celonis-scim"
        if mode == "--host" and cli.exists():
            results.check("celonis-scim --version (the tests' build)", foreign.cli_version, cli, folder, version)
        if mode == "--full":
            full(results, dist, version, folder, server)
        python_wheels.size_figures(results, dist)
    sys.exit(results.close())


def full(results, dist, version, folder, server):
    for wheel in python_wheels.wheels(dist, "*linux*.whl"):
        if "manylinux" not in wheel.name or "x86_64" not in wheel.name:  # the host's was checked above
            results.check(f"auditwheel {wheel.name}", python_wheels.auditwheel, wheel)
        results.check(f"licences in {wheel.name}", python_wheels.licences_in_wheel, wheel)
    for wheel in python_wheels.wheels(dist, "*manylinux*aarch64*.whl"):
        results.check(f"glibc symbols of {wheel.name}", python_wheels.max_glibc, wheel)
        with user_dir("arm64") as f:
            results.check(f"{wheel.name} under qemu-aarch64", foreign.arm64_wheel, wheel, f, server)
    with user_dir("npm-arm64") as f:
        results.check("npm linux-arm64-gnu under qemu-aarch64", foreign.arm64_npm, dist, version, f, server)
    for wheel in python_wheels.wheels(dist, "*win_amd64.whl"):
        results.check(f"{wheel.name}: the extension's DLL imports", python_wheels.windows_imports, wheel, folder)
    for wheel in python_wheels.wheels(dist, "*macosx*.whl"):
        results.check(f"{wheel.name}: Mach-O of the right architecture (not run: no macOS here)", python_wheels.macos_wheel, wheel, folder)
    for sdist in sorted((dist / "python").glob("*.tar.gz")):
        results.check(f"sdist {sdist.name}", python_wheels.sdist_contents, sdist)
        with user_dir("sdist") as f:
            results.check(f"sdist {sdist.name} builds from source", python_wheels.sdist_builds, sdist, dist, version, f)
    results.check("the seven npm platform packages", npm_packages.platform_tarball_fields, dist, version)

    for key, prefix in (("linux-x64", ()), ("linux-arm64", ("qemu-aarch64",))):
        with user_dir(f"cli-{key}") as f:
            archive = dist / "cli" / f"celonis-scim-cli-{version}-{key}.tar.gz"
            top = results.check(f"CLI {key} unpacks", c_archives.unpack, archive, f / "unpacked")
            if top is None:
                continue
            cli = top / "celonis-scim"
            results.check(f"CLI {key} is a static binary", foreign.static_binary, cli, f)
            results.check(f"CLI {key} completions and manual pages", foreign.cli_extras, top, f)
            results.check(f"CLI {key} --version", foreign.cli_version, cli, f, version, prefix)
            results.check(f"CLI {key} plans and applies team.csv{' under qemu-aarch64' if prefix else ''}", foreign.cli_apply, cli, f, server, prefix)
    for key in ("linux-arm64-gnu", "linux-x64-musl", "linux-arm64-musl"):
        with user_dir(f"c-{key}") as f:
            top = results.check(f"C archive {key} unpacks", c_archives.unpack, dist / "c" / f"celonis-scim-c-{version}-{key}.tar.gz", f / "unpacked")
            if top is not None:
                results.check(f"C {key}: SONAME, symlinks, layout, licences", c_archives.soname, top, version)
    with user_dir("c-musl") as f:
        results.check("C linux-x64-musl with musl-gcc", foreign.musl_c, dist / "c" / f"celonis-scim-c-{version}-linux-x64-musl.tar.gz", f, server, version)
    with user_dir("windows") as f:
        results.check("npm win32-x64: the addon's DLL imports", foreign.windows_addon, dist, version, f)
        results.check("CLI win32-x64 under wine", foreign.windows_cli, dist / "cli" / f"celonis-scim-cli-{version}-win32-x64.zip", f, server, version)
        results.check("C win32-x64: a mingw program with the DLL under wine", foreign.windows_c, dist / "c" / f"celonis-scim-c-{version}-win32-x64.zip", f, server)
    for key in ("darwin-x64", "darwin-arm64"):
        with user_dir(key) as f:
            results.check(f"macOS {key} archives", foreign.macos_archives, dist, version, key, f)
    for cli in sorted((dist / "cli").glob("*linux*")):
        size = cli.stat().st_size / 1e6
        results.figure(f"CLI archive {cli.name}", f"{size:.2f} MB")


if __name__ == "__main__":
    main()
