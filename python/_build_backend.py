"""The package's build backend: maturin's, after a check that Rust is there.

pip builds from source only where no prebuilt wheel fits. Without cargo, maturin would
download a Rust toolchain (about 900 MB) or fail with a long traceback; this says instead
what is missing and which platforms have wheels.
"""

import functools
import platform
import shutil
import sys

import maturin

WHEELS = "Linux (manylinux 2.17+ and musllinux 1.2+, x86_64 and aarch64), Windows x64 and macOS (x86_64, arm64)"


def _needs_rust(hook):
    """Runs maturin's hook once cargo is known to be there; else stops with what to do."""

    @functools.wraps(hook)
    def checked(*args, **kwargs):
        if not shutil.which("cargo"):
            where = f"{platform.system()} {platform.machine()}, CPython {platform.python_version()}"
            sys.exit(
                f"celonis-scim: pip found no prebuilt wheel for this platform ({where}) and is building "
                "it from source, which needs Rust 1.89 or newer: install it (https://rustup.rs) so that "
                f"`cargo` is on PATH, then retry. Prebuilt wheels (CPython >= 3.9) exist for {WHEELS}."
            )
        return hook(*args, **kwargs)

    return checked


get_requires_for_build_sdist = maturin.get_requires_for_build_sdist
build_sdist = maturin.build_sdist
get_requires_for_build_wheel = _needs_rust(maturin.get_requires_for_build_wheel)
prepare_metadata_for_build_wheel = _needs_rust(maturin.prepare_metadata_for_build_wheel)
build_wheel = _needs_rust(maturin.build_wheel)
get_requires_for_build_editable = _needs_rust(maturin.get_requires_for_build_editable)
prepare_metadata_for_build_editable = _needs_rust(maturin.prepare_metadata_for_build_editable)
build_editable = _needs_rust(maturin.build_editable)
