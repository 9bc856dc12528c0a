"""The artifacts of platforms other than this machine's: run where an emulator lets them
(aarch64 under qemu-user, Windows under wine), inspected where nothing can (macOS)."""
import shutil
import tarfile
import subprocess

from .c_archives import abi_of, expect_example_output, unpack
from .common import ROOT, emulator, expect, run, user_env
from .python_wheels import copy_wheel_tree

#: Debian's arm64 packages of CPython 3.11 and Node 18, unpacked into a sysroot.
ARM64_PACKAGES = ["python3.11-minimal", "libpython3.11-minimal", "libpython3.11-stdlib", "libc6", "libexpat1",
                  "zlib1g", "libffi8", "libssl3", "libgcc-s1", "nodejs", "libnode108", "libuv1", "libbrotli1",
                  "libc-ares2", "libicu72", "libnghttp2-14", "libstdc++6"]
#: Their architecture-independent dependencies.
ALL_PACKAGES = ["node-cjs-module-lexer", "node-acorn", "node-undici", "node-busboy"]
SYSROOT = ROOT / "target/sysroot-arm64"


def cli_apply(cli, folder, python, prefix=()):
    """The CLI plans and applies team.csv against an emulator on loopback, then plans again to
    find nothing left to do (--detailed-exitcode: 0)."""
    with emulator(python) as emu:
        env = user_env(CELONIS_SCIM_URL=emu["url"], CELONIS_SCIM_TOKEN=emu["token"], CELONIS_SCIM_JOURNAL="journal",
                       WINEDEBUG="-all")
        first = run([*prefix, cli, "plan", "team.csv", "--detailed-exitcode"], folder, env=env, check=False)
        expect(first.returncode == 2, f"the first plan exited {first.returncode} (2: changes pending):\n{first.stdout}{first.stderr}")
        applied = run([*prefix, cli, "apply", "team.csv", "--yes"], folder, env=env)
        again = run([*prefix, cli, "plan", "team.csv", "--detailed-exitcode"], folder, env=env, check=False)
        expect(again.returncode == 0, f"the plan after apply exited {again.returncode}:\n{again.stdout}{again.stderr}")
    return applied.stdout.strip().splitlines()[-1][:100]


def cli_version(cli, folder, version, prefix=()):
    out = run([*prefix, cli, "--version"], folder, env=user_env(WINEDEBUG="-all")).stdout.split()
    expect(out[-1] == version, f"celonis-scim --version says {out}, the workspace {version}")


def cli_extras(top, folder):
    """The archive's completions and manual pages work as a user installs them: bash
    completes a command from the script, man renders the page."""
    for name in ("celonis-scim.bash", "_celonis-scim", "celonis-scim.fish", "_celonis-scim.ps1"):
        expect((top / "completions" / name).is_file(), f"completions/{name} is in the archive")
    script = top / "completions" / "celonis-scim.bash"
    program = (
        f"source '{script}'; COMP_WORDS=(celonis-scim pl); COMP_CWORD=1; "
        "_celonis__scim celonis-scim pl celonis-scim; printf '%s\\n' \"${COMPREPLY[@]}\""
    )
    out = run(["bash", "--norc", "-c", program], folder, tool=True).stdout.split()
    expect(out == ["plan"], f"bash completes 'pl' to {out}")
    page = run(["man", "-l", "-P", "cat", top / "man" / "celonis-scim-apply.1"], folder, tool=True).stdout
    expect("--yes" in page, "man/celonis-scim-apply.1 renders with its options")
    return f"{len(list((top / 'man').iterdir()))} manual pages"


def static_binary(cli, folder):
    out = run(["file", "-L", cli], folder, tool=True).stdout
    expect("statically linked" in out or "static-pie linked" in out, out)
    return out.split(":", 1)[1].split(",")[1].strip()


def arm64_sysroot(folder):
    """Debian's arm64 CPython unpacked into a sysroot (never installed): for qemu-aarch64 -L."""
    marker = SYSROOT / "usr/bin/node"
    if marker.exists():
        return SYSROOT
    archs = subprocess.run(["dpkg", "--print-foreign-architectures"], capture_output=True, text=True).stdout.split()
    if "arm64" not in archs:
        run(["dpkg", "--add-architecture", "arm64"], folder, tool=True)
    run(["apt-get", "update", "-qq"], folder, tool=True)
    debs = folder / "debs"
    debs.mkdir()
    run(["apt-get", "download", *[f"{p}:arm64" for p in ARM64_PACKAGES], *ALL_PACKAGES], debs, tool=True)
    tmp = SYSROOT.with_suffix(".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    for deb in debs.glob("*.deb"):
        run(["dpkg", "-x", deb, tmp], folder, tool=True)
    tmp.rename(SYSROOT)
    return SYSROOT


def arm64_wheel(wheel, folder, python):
    root = arm64_sysroot(folder)
    site = folder / "site-arm64"
    copy_wheel_tree(wheel, site)
    with emulator(python) as emu:
        out = run(["qemu-aarch64", "-L", root, root / "usr/bin/python3.11", "quickstart.py"], folder,
                  env=user_env(PYTHONPATH=str(site), CELONIS_SCIM_URL=emu["url"], CELONIS_SCIM_TOKEN=emu["token"]), timeout=300).stdout
    expect("ada@example.com ['Process Mining']" in out and "deleted: 404" in out, out)
    machine = run(["qemu-aarch64", "-L", root, root / "usr/bin/python3.11", "-c", "import platform; print(platform.machine())"],
                  folder, env=user_env()).stdout.strip()
    expect(machine == "aarch64", machine)
    return "CPython 3.11 aarch64 (Debian's arm64 packages under qemu-aarch64) ran the README example"


def wine_shim(folder):
    """Builds the test-only bcryptprimitives.dll stand-in (tests/release/bcryptprimitives.c)."""
    (folder / "shim").mkdir(exist_ok=True)
    dll = folder / "shim/bcryptprimitives.dll"
    if not dll.exists():
        run(["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-o", dll, ROOT / "tests/release/bcryptprimitives.c", "-ladvapi32"], folder, tool=True)
    return dll


def wine_env(folder):
    return {"WINEPREFIX": str(folder / "wineprefix"), "WINEDEBUG": "-all", "WINEDLLOVERRIDES": "mscoree,mshtml="}


def windows_addon(dist, version, folder):
    """The Windows npm addon imports no node DLL (N-API is looked up in node.exe at load time)
    and nothing but system DLLs."""
    with tarfile.open(dist / "npm" / f"celonis-scim-win32-x64-{version}.tgz") as t:
        data = t.extractfile("package/celonis-scim.win32-x64.node").read()
    addon = folder / "celonis-scim.win32-x64.node"
    addon.write_bytes(data)
    imports = run(["x86_64-w64-mingw32-objdump", "-p", addon], folder, tool=True).stdout
    dlls = sorted({line.split()[-1].lower() for line in imports.splitlines() if "DLL Name:" in line})
    expect(not any("node" in d for d in dlls), f"the addon imports {dlls}")
    return f"imports {', '.join(dlls)}"


def windows_cli(archive, folder, python, version):
    top = unpack(archive, folder / "cli-win")
    exe = top / "celonis-scim.exe"
    shutil.copy(wine_shim(folder), top)
    env = wine_env(folder)
    run(["wine", exe, "--version"], folder, env=user_env(**env), timeout=300)  # the first run creates the prefix
    cli_version(exe, folder, version, prefix=["env", *[f"{k}={v}" for k, v in env.items()], "wine"])
    return cli_apply(exe, folder, python, prefix=["env", *[f"{k}={v}" for k, v in env.items()], "wine"])


def windows_c(archive, folder, python):
    """The README's C example, built by mingw against the DLL's import library and against the
    static library (with the libraries the .pc names), runs under wine."""
    top = unpack(archive, folder / "c-win")
    include, lib = f"-I{top / 'include'}", top / "lib"
    private = (lib / "pkgconfig/celonis_scim.pc").read_text().split("Libs.private:", 1)[1].split()
    shared, static = folder / "quickstart.exe", folder / "quickstart-static.exe"
    run(["x86_64-w64-mingw32-gcc", "quickstart.c", include, f"-L{lib}", "-lcelonis_scim", "-o", shared], folder, tool=True)
    run(["x86_64-w64-mingw32-gcc", "quickstart.c", include, lib / "libcelonis_scim.a", *private, "-o", static], folder, tool=True)
    imports = run(["x86_64-w64-mingw32-objdump", "-p", shared], folder, tool=True).stdout
    expect("DLL Name: celonis_scim.dll" in imports, "the program does not import celonis_scim.dll")
    exported = [line.strip() for line in (lib / "celonis_scim.def").read_text().splitlines()[2:] if line.strip()]
    expect(exported and all(name.startswith("cscim_") for name in exported),
           f"the DLL exports more than the C API: {[n for n in exported if not n.startswith('cscim_')][:5]}")
    shutil.copy(top / "bin/celonis_scim.dll", folder)
    shutil.copy(wine_shim(folder), folder)
    for exe in (shared, static):
        with emulator(python) as emu:
            out = run(["wine", exe], folder, env=user_env(**wine_env(folder), CELONIS_SCIM_URL=emu["url"], CELONIS_SCIM_TOKEN=emu["token"]), timeout=300).stdout
        expect_example_output(out.replace("\r\n", "\n"))
    return "mingw-built programs, one with the DLL's import library and one static, ran under wine"


def musl_c(archive, folder, python, version):
    """The musl archive's shared library, linked by musl-gcc, runs here (a fully static link of
    its .a does not work yet: see the README)."""
    top = unpack(archive, folder / "c-musl")
    lib = top / "lib"
    run(["musl-gcc", "quickstart.c", f"-I{top / 'include'}", f"-L{lib}", f"-Wl,-rpath,{lib}", "-lcelonis_scim", "-o", "app_musl_shared"], folder, tool=True)
    soname = run(["readelf", "-d", lib / f"libcelonis_scim.so.{abi_of(version)}"], folder, tool=True).stdout
    expect(f"[libcelonis_scim.so.{abi_of(version)}]" in soname, soname)
    with emulator(python) as emu:
        for app in ("app_musl_shared",):
            out = run([f"./{app}"], folder, env=user_env(CELONIS_SCIM_URL=emu["url"], CELONIS_SCIM_TOKEN=emu["token"])).stdout
            expect_example_output(out)
    return "linked by musl-gcc against the shared library, and ran"


def macho(path, arch, folder):
    out = run(["file", path], folder, tool=True).stdout
    expect("Mach-O 64-bit" in out and arch in out, out)
    return out.split(":", 1)[1].strip()[:80]


def macos_archives(dist, version, key, folder):
    arch = "arm64" if key.endswith("arm64") else "x86_64"
    seen = []
    cli = unpack(dist / "cli" / f"celonis-scim-cli-{version}-{key}.tar.gz", folder / f"cli-{key}")
    seen.append(macho(cli / "celonis-scim", arch, folder))
    c = unpack(dist / "c" / f"celonis-scim-c-{version}-{key}.tar.gz", folder / f"c-{key}")
    dylib = c / "lib" / f"libcelonis_scim.{abi_of(version)}.dylib"
    macho(dylib, arch, folder)
    expect(f"@rpath/libcelonis_scim.{abi_of(version)}.dylib".encode() in dylib.read_bytes(), "the dylib has no @rpath install name")
    return f"Mach-O {arch}: CLI, dylib (install name @rpath/libcelonis_scim.{abi_of(version)}.dylib); not run (no macOS here)"


def arm64_npm(dist, version, folder, python):
    """The npm tarballs for linux-arm64-gnu, installed as on an arm64 machine, load in Debian's
    arm64 Node under qemu-aarch64 and run the README example."""
    root = arm64_sysroot(folder)
    main = dist / "npm" / f"celonis-scim-{version}.tgz"
    platform = dist / "npm" / f"celonis-scim-linux-arm64-gnu-{version}.tgz"
    (folder / "package.json").write_text('{"name": "app", "private": true}\n')
    # --force: npm refuses a package whose cpu is not this machine's, even when named.
    run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "--force", main, platform], folder)
    node = [str(x) for x in ("qemu-aarch64", "-L", root, root / "usr/bin/node")]
    arch = run([*node, "-p", "process.arch + ' ' + process.version"], folder).stdout.strip()
    expect(arch.startswith("arm64"), arch)
    with emulator(python) as emu:
        out = run([*node, "quickstart.js"], folder, env=user_env(CELONIS_SCIM_URL=emu["url"], CELONIS_SCIM_TOKEN=emu["token"]), timeout=300).stdout
    expect("ada@example.com [ 'Process Mining' ]" in out and "deleted: not_found" in out, out)
    return f"Node {arch.split()[1]} arm64 (Debian's packages under qemu-aarch64) ran the README example"
