"""Unattended runs from Python: saved plans (applied exactly, refused when stale), protection
rules, the journal (runs, resume, undo)."""

from __future__ import annotations

from pathlib import Path

import pytest

import celonis_scim as cs
from celonis_scim import Client


def _team(client: Client) -> None:
    desired: cs.DesiredState = {
        "users": [
            {"userName": "ada@example.com", "groups": ["Ops"]},
            {"userName": "root@example.com", "role": "ADMIN"},
            {"userName": "joe@example.com", "groups": ["Ops"]},
        ]
    }
    assert client.apply(client.plan(desired))["failed"] == []


def test_a_saved_plan_is_applied_exactly_or_refused_when_stale(celonis_client: Client, tmp_path: Path) -> None:
    _team(celonis_client)
    first = celonis_client.plan_to_save({"users": [{"userName": "ada@example.com", "displayName": "Ada"}]})
    second = celonis_client.plan_to_save({"users": [{"userName": "ada@example.com", "displayName": "Countess"}]})
    cs.save_plan(second, tmp_path / "plan.json")
    loaded = cs.load_plan(tmp_path / "plan.json")
    assert loaded == second and loaded["format"] == "celonis-scim/saved-plan/1"
    assert celonis_client.apply_saved(first)["failed"] == []
    with pytest.raises(cs.ValidationError) as stale:
        celonis_client.apply_saved(loaded)
    assert stale.value.scim_type == "stalePlan"
    assert celonis_client.apply_saved(loaded, force=True)["failed"] == []
    (tmp_path / "other.json").write_text('{"format": "celonis-scim/saved-plan/9", "plan": {}, "team": {}}')
    with pytest.raises(cs.ValidationError):
        cs.load_plan(tmp_path / "other.json")


def test_protection_rules_are_conflicts_and_enforced(celonis_client: Client) -> None:
    _team(celonis_client)
    only_ada: cs.DesiredState = {"users": [{"userName": "ada@example.com", "groups": ["Ops"]}]}
    plan = celonis_client.plan(only_ada, missing_users="deactivate", protected_users=["root@*"], protected_groups=["ops"])
    assert [u["user_name"] for u in plan["deactivate_users"]] == ["joe@example.com"]
    assert {(c["kind"], c["subject"]) for c in plan["conflicts"]} >= {("protected", "root@example.com")}
    plan = celonis_client.plan(only_ada, missing_users="deactivate", min_admins=1)
    assert [c["kind"] for c in plan["conflicts"]] == ["min_admins"]
    with pytest.raises(cs.ValidationError) as refused:
        celonis_client.apply(plan, force=True, max_removal_percent=100)
    assert refused.value.scim_type == "minAdmins"
    deleting = celonis_client.plan(only_ada, missing_users="delete")
    assert deleting["delete_users"] == [] and [c["kind"] for c in deleting["conflicts"]] == ["incomplete_input"]
    complete = celonis_client.plan({**only_ada, "complete": True}, missing_users="delete", protected_users=["root@*"])
    assert [u["user_name"] for u in complete["delete_users"]] == ["joe@example.com"]


def test_journal_resume_and_undo(celonis_client: Client, tmp_path: Path) -> None:
    _team(celonis_client)
    journal = tmp_path / "journal"
    plan = celonis_client.plan({"users": [{"userName": "ada@example.com", "groups": []}, {"userName": "root@example.com", "role": "ADMIN"}]}, missing_users="deactivate")
    report = celonis_client.apply(plan, journal=journal, max_removal_percent=100)
    assert report["failed"] == [] and report["run"]
    listed = cs.runs(journal)
    assert [(r["run"], r["done"], r["finished"]) for r in listed] == [(report["run"], 1, True)]
    assert celonis_client.resume(report["run"], journal=journal)["done"] == []
    with pytest.raises(cs.ConfigError):
        celonis_client.resume(report["run"])
    undo = cs.undo_plan(journal, report["run"])
    assert [u["user_name"] for u in undo["update_users"]] == ["joe@example.com"]
    assert celonis_client.apply(undo, journal=journal)["failed"] == []
    again = celonis_client.plan({"users": [{"userName": "ada@example.com", "groups": ["Ops"]}, {"userName": "joe@example.com", "active": True, "groups": ["Ops"]}]})
    assert again["update_users"] == [] and again["memberships"] == []
    with pytest.raises(cs.ValidationError):
        cs.undo_plan(journal, "../escape")


def test_a_rehearsal_on_a_snapshot_foretells_the_seat_failure(tmp_path: Path) -> None:
    from celonis_scim.testing import Emulator

    with Emulator(seats={"ANALYST": 1}) as live:
        client = Client(live.url, token=live.token)
        assert client.apply(client.plan({"users": [{"userName": "a@example.com", "role": "ANALYST"}]}))["failed"] == []
        state = client.snapshot(seat_limits={"ANALYST": 1})
        assert state["format"] == "celonis-scim/team-state/1" and state["seats"]["ANALYST"] == 1
        plan = client.plan({"users": [{"userName": "a@example.com", "role": "ANALYST"}, {"userName": "b@example.com", "role": "ANALYST"}]})
        rehearsal = cs.rehearse(state, plan)
        assert [(f["action"], f["target"]) for f in rehearsal["failed"]] == [("create_user", "b@example.com")]
        assert len(list(client.iter_users())) == 1, "the real team was not touched"
        real = client.apply(plan)
        assert [(f["action"], f["target"], f["code"]) for f in real["failed"]] == [(f["action"], f["target"], f["code"]) for f in rehearsal["failed"]]
        with pytest.raises(cs.ValidationError):
            cs.rehearse({**state, "format": "other"}, plan)
