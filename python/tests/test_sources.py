"""Identity-system exports from Python: every preset's sample, a mapping dict with transforms,
a mapping file, bad rows as ValidationError, and records straight from a script (a database
query, any iterable of dicts, a DataFrame)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List

import pytest

import celonis_scim as cs
from celonis_scim import Client
from celonis_scim.testing import Emulator

EXPORTS = Path(__file__).resolve().parents[2] / "examples" / "exports"
PYTHON_ROOT = Path(__file__).resolve().parents[1]

SAMPLES = [
    ("entra-users.csv", "entra", "ada.lovelace@contoso.com", "Process Mining"),
    ("okta-users.csv", "okta", "zoe.muller@example.org", "Procurement"),
    ("gam-users.csv", "gam", "ada@example.edu", "OU /Analytics"),
    ("google-directory-users.json", "google-directory", "mary.jackson@example.com", "Engineering"),
    ("workday-workers.json", "workday", "logan.mcneil@workday.example", "Finance & Controlling"),
    ("directory.ldif", "ldif", "edsger.dijkstra@corp.example", "All Staff"),
]


def _created(plan: cs.Plan) -> List[str]:
    return sorted(u["user_name"] for u in plan["create_users"])


@pytest.mark.parametrize("file,preset,someone,group", SAMPLES)
def test_every_preset_sample_plans_applies_and_converges(celonis_client: Client, file: str, preset: str, someone: str, group: str) -> None:
    plan = celonis_client.plan(EXPORTS / file, mapping={"preset": preset})
    assert someone in _created(plan)
    assert group in [g["display_name"] for g in plan["create_groups"]]
    report = celonis_client.apply(plan)
    assert report["failed"] == []
    again = celonis_client.plan(EXPORTS / file, mapping={"preset": preset})
    assert again["create_users"] == [] and again["update_users"] == [] and again["memberships"] == []


def test_presets_are_listed_and_their_mappings_can_be_adapted(celonis_client: Client, tmp_path: Path) -> None:
    names = cs.presets()
    assert set(names) == {"standard", "entra", "okta", "gam", "google-directory", "workday", "ldif"}
    adapted = tmp_path / "okta.toml"
    adapted.write_text(cs.preset_mapping("okta") + '\nrole = { cases = [{ field = "department", is = "Procurement", value = "ANALYST" }] }\n')
    plan = celonis_client.plan(EXPORTS / "okta-users.csv", mapping=adapted)
    roles = {u["user_name"]: u["user"].get("role") for u in plan["create_users"]}
    assert roles["zoe.muller@example.org"] == "ANALYST" and roles["francois.dupre@example.org"] in (None, "MEMBER")
    with pytest.raises(cs.ValidationError) as unknown:
        cs.preset_mapping("nope")
    assert unknown.value.attribute == "mapping"


def test_a_mapping_dict_with_transforms(celonis_client: Client, tmp_path: Path) -> None:
    export = tmp_path / "hr.csv"
    export.write_bytes("Mail;Dept;Status;Name\nADA@X.COM;BI;on;Zoë\nalan@x.com;Ops;off;\n".encode("cp1252"))
    mapping: Dict[str, Any] = {
        "userName": {"from": "Mail", "letters": "lower"},
        "displayName": "Name",
        "active": {"from": "Status", "map": {"on": "true", "off": "false"}},
        "role": {"cases": [{"field": "Dept", "is": "BI", "value": "ANALYST"}], "default": "MEMBER"},
        "groups": {"from": "Dept", "template": "Dept - {value}"},
    }
    plan = celonis_client.plan(export, mapping=mapping)
    users = {u["user_name"]: u["user"] for u in plan["create_users"]}
    assert users["ada@x.com"]["displayName"] == "Zoë"
    assert users["ada@x.com"]["role"] == "ANALYST" and users["alan@x.com"]["active"] is False
    assert sorted(g["display_name"] for g in plan["create_groups"]) == ["Dept - BI", "Dept - Ops"]


def test_bad_rows_and_bad_mappings_are_validation_errors(celonis_client: Client, tmp_path: Path) -> None:
    export = tmp_path / "okta.csv"
    export.write_text("login,status\na@x,ACTIVE\nb@x,WHATEVER\n")
    with pytest.raises(cs.ValidationError) as bad_row:
        celonis_client.plan(export, mapping={"preset": "okta"})
    assert bad_row.value.attribute == "input" and "line 3" in (bad_row.value.detail or "")
    with pytest.raises(cs.ValidationError) as bad_mapping:
        celonis_client.plan(export, mapping={"userName": {"form": "login"}})
    assert bad_mapping.value.attribute == "mapping"
    with pytest.raises(cs.ConfigError):
        celonis_client.plan({"users": []}, mapping={"preset": "okta"})


def test_records_from_a_database_query(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    example = (PYTHON_ROOT / "examples" / "from_database.py").read_text()
    assert f"```python\n{example}```" in (PYTHON_ROOT.parent / "README.md").read_text(), "README.md shows examples/from_database.py verbatim"
    with Emulator() as emu:
        monkeypatch.setenv("CELONIS_SCIM_URL", emu.url)
        monkeypatch.setenv("CELONIS_SCIM_TOKEN", emu.token)
        exec(compile(example, "from_database.py", "exec"), {"__name__": "__main__"})
    out = capsys.readouterr().out
    assert "+ user ada@example.com" in out and "+ user alan@example.com" in out and "Process Mining" in out


def test_records_as_any_iterable_of_dicts(celonis_client: Client) -> None:
    rows = ({"Login": f"r{i}@example.com", "On": i % 2} for i in range(4))
    mapping = {"userName": "Login", "active": {"from": "On", "map": {"1": "true", "0": "false"}}}
    plan = celonis_client.plan(rows, mapping=mapping)
    users = {u["user_name"]: u["user"] for u in plan["create_users"]}
    assert sorted(users) == [f"r{i}@example.com" for i in range(4)]
    assert users["r0@example.com"]["active"] is False and users["r1@example.com"]["active"] is True
    with pytest.raises(cs.ValidationError) as bad:
        celonis_client.plan([{"Login": "ok@example.com"}, 5], mapping={"userName": "Login"})  # type: ignore[list-item]
    assert bad.value.detail is not None and "records[1]" in bad.value.detail


def test_records_from_a_dataframe(celonis_client: Client) -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame({"login": ["d1@example.com", "d2@example.com"], "team": ["BI", None]})
    plan = celonis_client.plan(frame, mapping={"userName": "login", "groups": "team"})
    assert [u["user_name"] for u in plan["create_users"]] == ["d1@example.com", "d2@example.com"]
    assert [g["display_name"] for g in plan["create_groups"]] == ["BI"]
