"""Identity-system exports from Python: every preset's sample, a mapping dict with transforms,
a mapping file, and bad rows as ValidationError."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List

import pytest

import celonis_scim as cs
from celonis_scim import Client

EXPORTS = Path(__file__).resolve().parents[2] / "examples" / "exports"

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
