"""Notebooks and data scripts: approving part of a plan, plans and reports as rows and
DataFrames, and a plan shown as HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

import celonis_scim as cs
from celonis_scim import Client
from celonis_scim.notebook import PlanView, show, to_dataframe

TEAM = Path(__file__).resolve().parents[2] / "examples" / "team.csv"


def test_approve_only_part_of_a_plan(celonis_client: Client) -> None:
    plan = celonis_client.plan(TEAM)
    part = cs.select_plan(plan, users=["ada*", "alan*"], groups=["Data Engineering"])
    assert sorted(u["user_name"] for u in part["create_users"]) == ["ada.lovelace@example.com", "alan.turing@example.com"]
    assert [m["group"] for m in part["memberships"]] == ["Data Engineering"]
    assert celonis_client.apply(part)["failed"] == []
    rest = celonis_client.plan(TEAM)
    assert len(rest["create_users"]) == 34
    with pytest.raises(cs.ValidationError):
        cs.select_plan(plan, sections=["everything"])


def test_rows_dataframes_and_html(celonis_client: Client) -> None:
    pandas = pytest.importorskip("pandas")
    view = show(celonis_client.plan(TEAM))
    assert isinstance(view, PlanView)
    html = view._repr_html_()
    assert "<table>" in html and "ada.lovelace@example.com" in html
    assert repr(view).startswith("+ group") or "Plan:" in repr(view)
    frame = view.to_dataframe()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == ["section", "target", "attribute", "before", "after"]
    assert len(frame) == len(cs.plan_rows(view.plan))
    assert set(frame["section"]) == {"create_groups", "create_users", "memberships"}
    assert (frame[frame["section"] == "memberships"]["attribute"] == "member").all()

    only_groups = view.select(sections=["create_groups"])
    assert len(only_groups.to_dataframe()) == 6
    report = celonis_client.apply(only_groups.plan)
    report_frame = to_dataframe(report)
    assert list(report_frame["outcome"]) == ["done"] * 6
    assert report_frame.columns.tolist() == ["action", "target", "outcome", "id", "code", "message", "status"]
