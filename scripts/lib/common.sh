# Shared by the build and release scripts (sourced, not run).

# The workspace version: the one place it is written is [workspace.package] in Cargo.toml.
workspace_version() {
  sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' "$root/Cargo.toml"
}

# The ABI part of a version: MAJOR, or 0.MINOR before 1.0 (bindings/c/build.rs says why).
abi_version() {
  local major="${1%%.*}" rest="${1#*.}"
  if [ "$major" = 0 ]; then echo "0.${rest%%.*}"; else echo "$major"; fi
}

# The host's Rust target triple.
host_target() {
  rustc -vV | sed -n 's/^host: //p'
}

# Puts the pinned release tools (zig, cargo-zigbuild, maturin, auditwheel) on PATH,
# with the rustup targets, installing what is missing first (scripts/release-tools).
use_release_tools() {
  "$root/scripts/release-tools" --no-apt
  export PATH="$root/.venv-release/bin:$PATH"
}

# The target to give cargo-zigbuild: glibc targets are linked against glibc 2.17's symbols,
# as manylinux2014 wheels are.
zig_target() {
  case "$1" in *linux-gnu) echo "$1.2.17" ;; *) echo "$1" ;; esac
}

# cross_cargo TARGET: the cargo command (with its --target) that builds for TARGET.
# cargo-zigbuild links with zig: old glibc symbols, musl, macOS without Apple's SDK. Windows
# is linked by mingw's gcc, Rust's default linker for windows-gnu (zig's exports every symbol
# of a DLL, and mislinks maturin's Python extension).
cross_cargo() {
  case "$1" in
    *windows*) echo "cargo build --target $1" ;;
    *) echo "cargo zigbuild --target $(zig_target "$1")" ;;
  esac
}

# Shared libraries on musl need the C runtime linked dynamically: exports the RUSTFLAGS that
# say so for that target only (build scripts, built for the host, are left alone).
dynamic_musl_runtime() {
  case "$1" in
    *musl*) export "CARGO_TARGET_$(echo "$1" | tr 'a-z-' 'A-Z_')_RUSTFLAGS=-C target-feature=-crt-static" ;;
  esac
}

# Installs the Debian packages named that are not installed yet.
apt_install() {
  local need=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
  done
  [ ${#need[@]} -eq 0 ] && return 0
  echo "installing Debian packages: ${need[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" > /dev/null
}

# musl_libc_name FILE TARGET: shared objects that zig links for musl record their C library as
# "libc.so", a name that only musl's development files provide (musl's loader accepts it, but
# auditwheel and ldd look it up and fail); this records the name that musl systems and
# gcc-built libraries use, libc.musl-ARCH.so.1. Other targets are left alone.
musl_libc_name() {
  case "$2" in *musl*) ;; *) return 0 ;; esac
  if readelf -d "$1" | grep -q 'Shared library: \[libc\.so\]'; then
    patchelf --replace-needed libc.so "libc.musl-${2%%-*}.so.1" "$1"
  fi
}
