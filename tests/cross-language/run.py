"""The same export, mapping and options planned from Rust, the CLI, Python, Node and C against
the same emulator state and journal give the same plan JSON (in Node with camelCase keys, as
it speaks): the same conflicts (the input-shrink one, which needs the journal, included) and
the same input fingerprint. So does a team of a config file naming that export, mapping,
options and journal, planned through each language's job API (`Job.from_config`,
`Job.fromConfig`, `cscim_job_from_config`, `--team`).

Run by scripts/test after every build (needs target/debug/celonis-scim, the Rust example
plan_export, the C library in target/c, the Node addon and the installed wheel). Last line:
"N passed, M failed".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import celonis_scim
from celonis_scim.testing import Emulator

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

# An HR export with its own column names, read through a mapping: 20 people, 10 of them on
# the team already (two renamed), 10 new; the 26 other team members are missing.
MAPPING = """\
format = "csv"
separator = ";"
userName = { from = "Login", letters = "lower" }
displayName = { from = "Name" }
email = { from = "Mail", letters = "lower" }
groups = { from = "Dept" }
active = { from = "Status", map = { Active = "true", Leaver = "false" } }
"""

OPTIONS = {
    "missing_users": "deactivate",
    "max_input_shrink_percent": 20,
    "protected_users": ["john.mccarthy*"],
    "min_admins": 1,
}


def export_rows() -> str:
    team = [line.split(",") for line in (ROOT / "examples" / "team.csv").read_text().splitlines()[1:]]
    rows = ["Login;Name;Mail;Dept;Status"]
    for i, member in enumerate(team[:10]):
        name = f"{member[1]} (renamed)" if i < 2 else member[1]
        rows.append(f"{member[0].upper()};{name};{member[4]};{member[8].split(';')[0]};Active")
    for i in range(10):
        rows.append(f"new{i}@example.com;New Person {i};new{i}@example.com;Newcomers;Active")
    return "\n".join(rows) + "\n"


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def camelized(value: object, schema: dict, defs: dict) -> object:
    """`value` with the field names its schema declares in camelCase, as Node speaks: the
    published plan schema says which keys are field names (map keys and values are data)."""
    while "$ref" in schema or "anyOf" in schema:
        if "$ref" in schema:
            schema = defs.get(schema["$ref"].rsplit("/", 1)[-1], {})
        else:
            schema = next((s for s in schema["anyOf"] if s.get("type") != "null"), {})
    if isinstance(value, dict):
        fields = schema.get("properties")
        if fields is not None:
            return {camel(k) if k in fields else k: camelized(v, fields[k], defs) if k in fields else v for k, v in value.items()}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            return {k: camelized(v, extra, defs) for k, v in value.items()}
        return value
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [camelized(v, schema["items"], defs) for v in value]
    return value


def build_c(out: Path) -> Path:
    env = dict(os.environ, PKG_CONFIG_PATH=str(ROOT / "target" / "c" / "lib" / "pkgconfig"))
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "celonis_scim"], env=env, check=True, capture_output=True, text=True).stdout.split()
    exe = out / "plan-c"
    subprocess.run(["cc", "-std=c11", "-Wall", "-Werror", str(HERE / "plan.c"), "-o", str(exe), *flags], check=True)
    return exe


def main() -> int:
    cli = ROOT / "target" / "debug" / "celonis-scim"
    example = ROOT / "target" / "debug" / "examples" / "plan_export"
    if not example.exists():
        subprocess.run(["cargo", "build", "--locked", "--quiet", "-p", "celonis-scim", "--example", "plan_export"], check=True, cwd=ROOT)
    work = Path(tempfile.mkdtemp(prefix="cscim-cross-"))
    export, mapping, journal = work / "hr.csv", work / "mapping.toml", work / "journal"
    export.write_text(export_rows())
    mapping.write_text(MAPPING)
    emulator = Emulator()
    url, token = emulator.url, emulator.token
    client = celonis_scim.Client(url, token=token)
    # The journal's last run that applied an input: the whole team, 36 users.
    first = client.apply(client.plan(str(ROOT / "examples" / "team.csv")), journal=str(journal))
    assert not first["failed"], first
    options = dict(OPTIONS, journal=str(journal))
    options_json = json.dumps(options)
    config = work / "celonis-scim.toml"
    config.write_text(
        f'[input]\nmapping = "{mapping}"\n[apply]\njournal = "{journal}"\n[plan]\n'
        + "".join(f"{k} = {json.dumps(v)}\n" for k, v in OPTIONS.items())
    )
    teams = work / "teams.toml"
    teams.write_text(
        f'[teams.hr.connection]\nurl = "{url}"\ntoken = {{ env = "CROSS_TEAM_TOKEN" }}\n'
        f'[teams.hr.input]\nfile = "{export}"\nmapping = "{mapping}"\n[teams.hr.apply]\njournal = "{journal}"\n[teams.hr.plan]\n'
        + "".join(f"{k} = {json.dumps(v)}\n" for k, v in OPTIONS.items())
    )
    env = dict(os.environ, CELONIS_SCIM_URL=url, CELONIS_SCIM_TOKEN=token)
    # A team's URL and key come from the file alone.
    team_env = {k: v for k, v in os.environ.items() if not k.startswith("CELONIS_")}
    team_env["CROSS_TEAM_TOKEN"] = token
    c_exe = build_c(work)

    def run(argv: list[str], env: dict = env) -> dict:
        done = subprocess.run(argv, env=env, capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            raise RuntimeError(f"{argv[0]} exited {done.returncode}: {done.stderr}")
        return json.loads(done.stdout)

    plans = {
        "Python": client.plan(str(export), mapping=str(mapping), **options),
        "Rust": run([str(example), url, token, str(export), str(mapping), options_json]),
        "CLI": run([str(cli), "--config", str(config), "plan", str(export), "--json"]),
        "Node": run(["node", str(HERE / "plan.js"), url, token, str(export), str(mapping), options_json]),
        "C": run([str(c_exe), url, token, str(export), str(mapping), options_json]),
        "CLI --team": run([str(cli), "--config", str(teams), "--team", "hr", "plan", "--json"], team_env),
        "Node Job": run(["node", str(HERE / "plan.js"), "--team", str(teams), "hr"], team_env),
        "C job": run([str(c_exe), "--team", str(teams), "hr"], team_env),
        "Python Job": run([sys.executable, "-c", "import json, sys, celonis_scim; print(json.dumps(celonis_scim.Job.from_config(sys.argv[1], team='hr').plan()))", str(teams)], team_env),
    }
    emulator.stop()
    reference = plans["Python"]
    passed = failed = 0

    def check(ok: bool, what: str) -> None:
        nonlocal passed, failed
        passed, failed = passed + ok, failed + (not ok)
        print(("ok   " if ok else "FAIL ") + what)

    kinds = sorted({c["kind"] for c in reference["conflicts"]})
    check(kinds == ["input_shrank", "protected"], f"the plan's conflicts: {kinds}")
    check(bool(reference.get("input")), f"the plan's input fingerprint: {reference.get('input')}")
    check(reference["input_users"] == 20 and len(reference["create_users"]) == 10, "the plan reads the export through the mapping")
    schema = json.loads((ROOT / "schema" / "plan-1.schema.json").read_text())
    in_camel_case = camelized(reference, schema, schema["$defs"])
    for language, plan in plans.items():
        # Equal as JSON values (JavaScript writes 20.0 as 20); Node's keys are camelCase.
        same = plan == (in_camel_case if language.startswith("Node") else reference)
        check(same, f"{language}: the same plan JSON (fingerprint {plan.get('input')}, {len(plan['conflicts'])} conflicts)")
        if not same:
            for key in sorted(set(plan) | set(reference)):
                if plan.get(key) != reference.get(key):
                    print(f"     {key}: {json.dumps(plan.get(key))[:300]} != {json.dumps(reference.get(key))[:300]}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
