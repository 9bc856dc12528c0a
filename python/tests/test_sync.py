"""plan / apply from Python: dicts, CSV paths, progress callables, typed errors."""

from __future__ import annotations

from pathlib import Path
from typing import List

import pytest

import celonis_scim as cs
from celonis_scim import Client
from celonis_scim.testing import Emulator

TEAM = Path(__file__).resolve().parents[2] / "examples" / "team.csv"


def test_csv_plan_apply_progress_and_idempotence(celonis_client: Client) -> None:
    plan = celonis_client.plan(TEAM)
    assert len(plan["create_users"]) == 36 and len(plan["create_groups"]) == 6
    assert plan["seats"]["after"]["ANALYST"] == 6
    text = cs.render_plan(plan)
    assert "+ user ada.lovelace@example.com" in text and "\x1b" not in text
    assert "\x1b[32m" in cs.render_plan(plan, colour=True)
    seen: List[cs.Progress] = []
    report = celonis_client.apply(plan, progress=seen.append, max_in_flight=4)
    assert report["failed"] == [] and len(report["done"]) == 48
    assert sorted(p["done"] for p in seen) == list(range(1, 49))
    assert all(p["total"] == 48 for p in seen)
    again = celonis_client.plan(str(TEAM))
    assert cs.render_plan(again).startswith("Plan: 0 groups to create")


def test_dict_input_changes_and_missing_users(celonis_client: Client) -> None:
    desired: cs.DesiredState = {"users": [{"userName": f"u{i}@example.com", "groups": ["Team"]} for i in range(10)]}
    celonis_client.apply(celonis_client.plan(desired))
    desired["users"][0]["displayName"] = "Zero"
    desired["users"] = desired["users"][:9]
    plan = celonis_client.plan(desired, missing_users="deactivate")
    assert plan["update_users"][0]["changes"] == [{"attribute": "displayName", "before": None, "after": "Zero"}]
    assert [u["user_name"] for u in plan["deactivate_users"]] == ["u9@example.com"]
    report = celonis_client.apply(plan, bulk=False)
    assert not report["failed"]
    users = {u["userName"]: u for u in celonis_client.iter_users()}
    assert users["u9@example.com"]["active"] is False and users["u0@example.com"]["displayName"] == "Zero"


def test_guard_and_errors(celonis_client: Client, tmp_path: Path) -> None:
    desired: cs.DesiredState = {"users": [{"userName": f"g{i}@example.com"} for i in range(4)]}
    celonis_client.apply(celonis_client.plan(desired))
    plan = celonis_client.plan({"users": desired["users"][:1], "complete": True}, missing_users="delete")
    with pytest.raises(cs.ValidationError) as guard:
        celonis_client.apply(plan)
    assert guard.value.scim_type == "removalGuard"
    assert not celonis_client.apply(plan, force=True)["failed"]

    bad = tmp_path / "bad.csv"
    bad.write_text("userName,role\n,MEMBER\nx@y,BOSS\n")
    with pytest.raises(cs.ValidationError) as rows:
        celonis_client.plan(bad)
    assert rows.value.detail is not None and "line 2" in rows.value.detail and "line 3" in rows.value.detail
    with pytest.raises(cs.ConfigError):
        celonis_client.plan(desired, no_such_option=True)  # type: ignore[call-arg]
    with pytest.raises(cs.ValidationError):
        celonis_client.apply({"not": "a plan"})  # type: ignore[typeddict-unknown-key, typeddict-item]


def test_mapping_file(celonis_client: Client, tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text("Login;Ignored\n".replace(";", ",") + "m@example.com,x\n")
    mapping = tmp_path / "mapping.json"
    mapping.write_text('{"userName": "Login"}')
    plan = celonis_client.plan(export, mapping=mapping)
    assert [u["user_name"] for u in plan["create_users"]] == ["m@example.com"]


def test_bulk_failure_is_reported(tmp_path: Path) -> None:
    with Emulator(seats={"ANALYST": 2}) as emu:
        client = emu.client()
        report = client.apply(client.plan(TEAM))
        failed = [f for f in report["failed"] if f["action"] == "create_user"]
        assert len(failed) == 4 and all(f["code"] == "bad_request" for f in failed)
        assert len(report["done"]) + len(report["failed"]) == 48
