#!/usr/bin/env bash
# Builds the C library (scripts/build-c) and runs every C and C++ test, linked dynamically
# (through pkg-config) and statically, each under valgrind with zero definite or indirect
# leaks and zero errors. The README's C example is compiled and run against an emulator.
# Last line: "N passed, M failed".
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
scripts/build-c
export PKG_CONFIG_PATH="$root/target/c/lib/pkgconfig"
out="$root/target/c/tests"
mkdir -p "$out"

cflags="-Wall -Wextra -Werror -std=c11 -pedantic -g $(pkg-config --cflags celonis_scim)"
cxxflags="-Wall -Wextra -Werror -std=c++17 -pedantic -g $(pkg-config --cflags celonis_scim)"
dynamic="$(pkg-config --libs celonis_scim) -lpthread"
static="$root/target/c/lib/libcelonis_scim.a $(pkg-config --static --libs-only-other --libs-only-l celonis_scim | sed 's/-lcelonis_scim//') -lpthread"
valgrind=(valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99)

passed=0
failed=0
run() {
  local name="$1"
  shift
  local log="$out/$name.log"
  if "$@" > "$log" 2>&1; then
    local line
    line="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1 || true)"
    if [ -n "$line" ]; then
      passed=$((passed + ${line%% *}))
      local f="${line#*, }"
      failed=$((failed + ${f%% *}))
    else
      passed=$((passed + 1))
    fi
    echo "ok   $name ${line:+($line)}"
  else
    failed=$((failed + 1))
    echo "FAIL $name (exit $?)"
    sed 's/^/    /' "$log"
  fi
}

for t in test_api test_threads test_sync test_hardening test_unattended test_logging test_teams; do
  # shellcheck disable=SC2086
  cc $cflags "tests/c/$t.c" -o "$out/$t-dynamic" $dynamic
  # shellcheck disable=SC2086
  cc $cflags "tests/c/$t.c" -o "$out/$t-static" $static
  run "$t (dynamic, valgrind)" "${valgrind[@]}" "$out/$t-dynamic"
  run "$t (static, valgrind)" "${valgrind[@]}" "$out/$t-static"
done
# shellcheck disable=SC2086
c++ $cxxflags tests/c/test_cpp.cpp -o "$out/test_cpp" $dynamic
run "test_cpp (C++17, valgrind)" "${valgrind[@]}" "$out/test_cpp"

# The README's C example, against an emulator served by the CLI.
# shellcheck disable=SC2086
cc $cflags bindings/c/examples/quickstart.c -o "$out/quickstart" $dynamic
cargo build --locked --quiet -p celonis-scim-cli
"$root/target/debug/celonis-scim" emulator --port 0 > "$out/emulator.json" &
emulator_pid=$!
trap 'kill "$emulator_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -s "$out/emulator.json" ] && break; sleep 0.1; done
field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" "$out/emulator.json"; }
example() {
  CELONIS_SCIM_URL="$(field url)" CELONIS_SCIM_TOKEN="$(field token)" "${valgrind[@]}" "$out/quickstart" > "$out/quickstart.out" &&
    grep -q '^created {.*"userName":"ada@example.com"' "$out/quickstart.out" &&
    grep -q '^user {' "$out/quickstart.out"
}
run "README example (valgrind)" example

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
