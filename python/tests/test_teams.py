"""Several Celonis teams from Python: ``Job.from_config(path, team=...)`` plans the team's
input with its options over the shared ones, applies into its own journal, and reads the
environment as the CLI does; ``AsyncJob`` the same for asyncio; ``config_teams`` names them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Iterator, Tuple

import pytest

import celonis_scim as cs
from celonis_scim import AsyncJob, Job
from celonis_scim.testing import Emulator

ROOT = Path(__file__).resolve().parents[2]
VARIABLES = ["CELONIS_SCIM_URL", "CELONIS_SCIM_TOKEN", "CELONIS_SCIM_APP_KEY", "CELONIS_SCIM_JOURNAL", "CELONIS_SCIM_TEAM", "CELONIS_SCIM_CONFIG", "CELONIS_URL", "CELONIS_API_TOKEN"]


@pytest.fixture
def teams(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tuple[Path, Emulator, Emulator]]:
    """A config file of two teams (prod, dev) on two emulators: yields (file, prod, dev)."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with Emulator() as prod, Emulator() as dev:
        shutil.copy(ROOT / "examples" / "team.csv", tmp_path / "team.csv")
        (tmp_path / "dev.token").write_text(dev.token)
        monkeypatch.setenv("PROD_TOKEN", prod.token)
        (tmp_path / "celonis-scim.toml").write_text(
            f"""[input]
file = "team.csv"

[plan]
missing_users = "deactivate"

[teams.prod.connection]
url = "{prod.url}"
token = {{ env = "PROD_TOKEN" }}

[teams.dev.connection]
url = "{dev.url}"
token = {{ file = "dev.token" }}

[teams.dev.plan]
seat_limits = {{ ANALYST = 10 }}
"""
        )
        yield tmp_path / "celonis-scim.toml", prod, dev


def test_a_team_plans_its_input_and_applies_into_its_own_journal(teams: Tuple[Path, Emulator, Emulator]) -> None:
    config, prod, dev = teams
    assert cs.config_teams(config) == ["prod", "dev"]
    job = Job.from_config(config, team="dev")
    assert (job.team, job.client.base_url) == ("dev", dev.url)
    assert job.journal == config.parent / "journal" / "dev"
    plan = job.plan()
    assert len(plan["create_users"]) == 36, "the shared [input] file"
    assert plan["options"]["seat_limits"] == {"ANALYST": 10} and plan["options"]["missing_users"] == "deactivate"
    assert job.plan(missing_users="keep", seat_limits={})["options"]["seat_limits"] == {}, "a keyword replaces the file's option"
    report = job.apply(plan)
    assert report["failed"] == [] and report["run"]
    assert [r["run"] for r in cs.runs(job.journal)] == [report["run"]]
    assert job.plan()["create_users"] == [] and sum(dev.seat_usage().values()) == 36
    assert sum(prod.seat_usage().values()) == 0, "the other team is untouched"
    records = [{"userName": "grace@example.com", "displayName": "Grace Hopper"}]
    assert [u["user_name"] for u in job.plan(records, missing_users="keep")["create_users"]] == ["grace@example.com"]


def test_the_environment_names_the_file_and_team_and_wins_over_the_file(teams: Tuple[Path, Emulator, Emulator], monkeypatch: pytest.MonkeyPatch) -> None:
    config, prod, dev = teams
    monkeypatch.setenv("CELONIS_SCIM_CONFIG", str(config))
    monkeypatch.setenv("CELONIS_SCIM_TEAM", "prod")
    assert Job.from_config().client.base_url == prod.url
    monkeypatch.setenv("CELONIS_SCIM_URL", dev.url)
    monkeypatch.setenv("CELONIS_SCIM_TOKEN", dev.token)
    assert Job.from_config(team="prod").client.base_url == dev.url, "CELONIS_SCIM_URL over the team's url, as the CLI"


def test_what_is_wrong_is_a_config_error(teams: Tuple[Path, Emulator, Emulator], monkeypatch: pytest.MonkeyPatch) -> None:
    config, _, _ = teams
    with pytest.raises(cs.ConfigError):
        Job.from_config(config, team="qa")
    monkeypatch.delenv("PROD_TOKEN")
    with pytest.raises(cs.ConfigError):
        Job.from_config(config, team="prod")
    with pytest.raises(cs.ConfigError):
        Job.from_config(config.parent / "missing.toml")
    job = Job.from_config(config, team="dev")
    with pytest.raises(cs.ConfigError):
        job.plan(missing_users="purge")  # type: ignore[arg-type]
    with pytest.raises(cs.ConfigError):
        job.apply(job.plan(), no_such_option=1)  # type: ignore[call-arg]


@pytest.mark.asyncio
async def test_an_async_job_of_each_team(teams: Tuple[Path, Emulator, Emulator]) -> None:
    config, prod, dev = teams
    for team, emulator in (("prod", prod), ("dev", dev)):
        job = await AsyncJob.from_config(config, team=team)
        assert job.team == team and job.client.base_url == emulator.url
        assert (job.config_path, job.input, job.journal) == (config, config.parent / "team.csv", config.parent / "journal" / team)
        report = await job.apply(await job.plan())
        assert report["failed"] == [] and sum(emulator.seat_usage().values()) == 36
        assert (await job.plan())["create_users"] == []
    with pytest.raises(cs.ConfigError):
        await AsyncJob.from_config(config, team="qa")


def test_the_teams_example_applies_every_team_of_the_file(teams: Tuple[Path, Emulator, Emulator]) -> None:
    config, prod, dev = teams
    done = subprocess.run([sys.executable, str(ROOT / "python" / "examples" / "teams.py"), str(config)], capture_output=True, text=True, env=os.environ.copy())
    assert done.returncode == 0, done.stderr
    assert "== prod" in done.stdout and "dev: 48 done, 0 failed" in done.stdout
    assert (sum(prod.seat_usage().values()), sum(dev.seat_usage().values())) == (36, 36)
