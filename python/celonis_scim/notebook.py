"""Notebook helpers: plans and reports as pandas DataFrames, and a plan shown as HTML.

pandas is optional: ``to_dataframe`` imports it when called and says how to install it when
it is missing. The rows and the HTML come from the core (``plan_rows``, ``report_rows``,
``plan_html``), so every language shows the same thing.

    >>> from celonis_scim.notebook import show, to_dataframe
    >>> view = show(client.plan("team.csv"))   # a rich table in Jupyter
    >>> to_dataframe(view.plan)                # one row per change
    >>> client.apply(view.select(users=["ada*"]).plan)   # approve only part of it
"""

from __future__ import annotations

import importlib
from typing import Any, List, Optional, Union, cast

from ._native import plan_html, plan_rows, render_plan, report_rows, select_plan
from .resources import Plan, Report

__all__ = ["PlanView", "show", "to_dataframe"]


def to_dataframe(plan_or_report: Union[Plan, Report]) -> Any:
    """A ``pandas.DataFrame``: a plan as one row per change (section, target, attribute,
    before, after), or a report as one row per operation (action, target, outcome, id, code,
    message, status)."""
    try:
        # Imported by name: pandas is optional, and so are its type stubs.
        pandas = importlib.import_module("pandas")
    except ImportError as missing:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe needs pandas: pip install pandas") from missing
    if "done" in plan_or_report:
        return pandas.DataFrame(report_rows(cast(Report, plan_or_report)))
    return pandas.DataFrame(plan_rows(cast(Plan, plan_or_report)))


class PlanView:
    """A plan for notebooks: shown as HTML by Jupyter, as the readable diff by ``repr``."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    def _repr_html_(self) -> str:
        return plan_html(self.plan)

    def __repr__(self) -> str:
        return render_plan(self.plan)

    def to_dataframe(self) -> Any:
        """The plan's rows as a DataFrame (needs pandas)."""
        return to_dataframe(self.plan)

    def select(
        self,
        *,
        sections: Optional[List[str]] = None,
        users: Optional[List[str]] = None,
        groups: Optional[List[str]] = None,
    ) -> "PlanView":
        """The part of the plan that is kept (see ``celonis_scim.select_plan``)."""
        return PlanView(select_plan(self.plan, sections=sections, users=users, groups=groups))


def show(plan: Plan) -> PlanView:
    """The plan as a ``PlanView`` (what Jupyter displays as a table)."""
    return PlanView(plan)


