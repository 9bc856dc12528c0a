# Packaging steps shared by scripts/release (every platform) and scripts/test (this machine's
# artifacts, from the builds the tests use). Sourced after common.sh; each takes the
# workspace version in $version.

licences=(LICENSE-MIT LICENSE-APACHE LICENSE-THIRD-PARTY.md)

with_licences() { cp "${licences[@]/#/$root/}" "$1/"; }

# archive DIR OUT_BASE PLATFORM: a .zip for Windows, a .tar.gz elsewhere, holding DIR.
archive() {
  local dir="$1" out="$2" key="$3"
  if [[ "$key" == win32-* ]]; then
    (cd "$(dirname "$dir")" && python3 -m zipfile -c "$out.zip" "$(basename "$dir")")
  else
    tar -C "$(dirname "$dir")" -czf "$out.tar.gz" "$(basename "$dir")"
  fi
}

# package_c PLATFORM TARGET STAGE DIST: the C archive of what the last build of TARGET left
# (TARGET "" for scripts/build-c's plain build for this machine).
package_c() {
  local key="$1" target="$2" stage="$3" dist="$4" name="celonis-scim-c-$version-$1"
  rm -rf "${stage:?}/c/$name"
  "$root/scripts/build-c" ${target:+--target "$target"} --no-build --prefix "$stage/c/$name" > /dev/null
  with_licences "$stage/c/$name"
  mkdir -p "$dist/c"
  archive "$stage/c/$name" "$dist/c/$name" "$key"
}

# pack_npm ADDONS STAGE DIST: the main npm package and one per addon in ADDONS.
pack_npm() {
  rm -rf "${2:?}/npm"
  node "$root/scripts/lib/npm-packages.js" "$version" "$1" "$2/npm" "$3/npm"
}

# fix_musl_wheel WHEEL TARGET: musl_libc_name on the wheel's extension, the wheel repacked
# (its RECORD rewritten) under the same name.
fix_musl_wheel() {
  local unpacked
  unpacked="$(mktemp -d)"
  python3 -m wheel unpack -d "$unpacked" "$1" > /dev/null
  local so
  for so in "$unpacked"/*/celonis_scim/*.so; do musl_libc_name "$so" "$2"; done
  python3 -m wheel pack -d "$(dirname "$1")" "$unpacked"/* > /dev/null
  rm -rf "$unpacked"
}
