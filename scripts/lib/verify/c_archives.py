"""The C archives: unpacked under a random prefix, the README's C example built with
pkg-config and with CMake's find_package (shared and static), run against an emulator, and
the shared library's SONAME, version and licences checked."""
import re
import shutil
import tarfile
import tempfile
import zipfile
from pathlib import Path

from .common import emulator, expect, run, user_env

VERSION_PROGRAM = r"""
#include <stdio.h>
#include <string.h>
#include "celonis_scim.h"
int main(void) {
  printf("%s %s %d.%d.%d\n", cscim_version(), CSCIM_VERSION_STRING, CSCIM_VERSION_MAJOR, CSCIM_VERSION_MINOR, CSCIM_VERSION_PATCH);
  return strcmp(cscim_version(), CSCIM_VERSION_STRING) != 0;
}
"""

CMAKE_PROJECT = """
cmake_minimum_required(VERSION 3.16)
project(app C)
find_package(celonis_scim {abi} REQUIRED)
add_executable(app_shared quickstart.c)
target_link_libraries(app_shared PRIVATE celonis_scim::celonis_scim)
add_executable(app_static quickstart.c)
target_link_libraries(app_static PRIVATE celonis_scim::celonis_scim_static)
"""


def unpack(archive, into):
    """Unpacks an archive into a fresh random prefix; returns the folder it holds."""
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as z:
            z.extractall(into)
    else:
        with tarfile.open(archive) as t:
            t.extractall(into, filter="tar")
    (top,) = list(into.iterdir())
    return top


def abi_of(version):
    major, minor = version.split(".")[:2]
    return f"0.{minor}" if major == "0" else major


def expect_example_output(out):
    expect(re.search(r'^created \{.*"userName":"ada@example.com"', out, re.M) and re.search(r"^user \{", out, re.M), f"unexpected output:\n{out}")


def soname(prefix, version):
    abi = abi_of(version)
    lib = prefix / "lib"
    out = run(["readelf", "-d", lib / f"libcelonis_scim.so.{abi}"], prefix, tool=True).stdout
    expect(f"[libcelonis_scim.so.{abi}]" in out, f"SONAME:\n{out}")
    expect((lib / "libcelonis_scim.so").resolve() == (lib / f"libcelonis_scim.so.{abi}").resolve(), "libcelonis_scim.so does not lead to the SONAME's file")
    for name in ("LICENSE-MIT", "LICENSE-APACHE", "LICENSE-THIRD-PARTY.md", "include/celonis_scim.h", "lib/libcelonis_scim.a",
                 "lib/pkgconfig/celonis_scim.pc", "lib/cmake/celonis_scim/celonis_scimConfig.cmake",
                 "lib/cmake/celonis_scim/celonis_scimConfigVersion.cmake"):
        expect((prefix / name).exists(), f"the archive lacks {name}")
    return f"SONAME libcelonis_scim.so.{abi}"


def with_pkg_config(prefix, folder, python):
    env = user_env(PKG_CONFIG_PATH=str(prefix / "lib/pkgconfig"))
    flags = run(["pkg-config", "--cflags", "--libs", "celonis_scim"], folder, env=env).stdout.split()
    run(["cc", "quickstart.c", "-o", "app_pkgconfig", *flags], folder, env=env)
    with emulator(python) as emu:
        out = run(["./app_pkgconfig"], folder, env=user_env(CELONIS_SCIM_URL=emu["url"], CELONIS_SCIM_TOKEN=emu["token"])).stdout
    expect_example_output(out)
    return " ".join(flags)


def versions(prefix, folder, version):
    env = user_env(PKG_CONFIG_PATH=str(prefix / "lib/pkgconfig"))
    flags = run(["pkg-config", "--cflags", "--libs", "celonis_scim"], folder, env=env).stdout.split()
    run(["cc", "version.c", "-o", "version", *flags], folder, env=env)
    out = run(["./version"], folder).stdout.split()
    expect(out == [version, version, version], f"cscim_version(), CSCIM_VERSION_STRING and the macros say {out}, the workspace {version}")


def with_cmake(prefix, folder, python, version):
    (folder / "CMakeLists.txt").write_text(CMAKE_PROJECT.format(abi=abi_of(version)))
    env = user_env()
    run(["cmake", "-S", ".", "-B", "build", f"-DCMAKE_PREFIX_PATH={prefix}", "-DCMAKE_BUILD_TYPE=Release"], folder, env=env)
    run(["cmake", "--build", "build"], folder, env=env)
    for app in ("app_shared", "app_static"):
        with emulator(python) as emu:
            out = run([f"build/{app}"], folder, env=user_env(CELONIS_SCIM_URL=emu["url"], CELONIS_SCIM_TOKEN=emu["token"])).stdout
        expect_example_output(out)
    needed = run(["readelf", "-d", "build/app_shared"], folder, tool=True).stdout
    expect(f"libcelonis_scim.so.{abi_of(version)}" in needed, "app_shared does not record the SONAME")


def check_c_archive(results, dist, version, folder, python, key="linux-x64-gnu"):
    archive = dist / "c" / f"celonis-scim-c-{version}-{key}.tar.gz"
    prefix_root = Path(tempfile.mkdtemp(prefix="cscim-prefix-"))
    try:
        prefix = results.check(f"C archive {key} unpacks under a random prefix", unpack, archive, prefix_root)
        if prefix is None:
            return
        (folder / "version.c").write_text(VERSION_PROGRAM)
        results.check(f"C {key}: SONAME, symlinks, layout, licences", soname, prefix, version)
        results.check(f"C {key}: README example with pkg-config", with_pkg_config, prefix, folder, python)
        results.check(f"C {key}: cscim_version() and CSCIM_VERSION_* agree", versions, prefix, folder, version)
        results.check(f"C {key}: README example with CMake find_package (shared and static)", with_cmake, prefix, folder, python, version)
    finally:
        shutil.rmtree(prefix_root, ignore_errors=True)
