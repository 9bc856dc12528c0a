"""Keeps every team of a config file in line with its export: each team's connection, input,
options and journal come from `celonis-scim.toml` (see the README's "Several Celonis teams")."""

import sys

import celonis_scim as cs


def main(config: str) -> int:
    failed = 0
    for team in cs.config_teams(config):
        job = cs.Job.from_config(config, team=team)
        plan = job.plan()
        print(f"== {team}\n{cs.render_plan(plan)}")
        report = job.apply(plan)
        print(f"{team}: {len(report['done'])} done, {len(report['failed'])} failed (run {report.get('run')})")
        failed += len(report["failed"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "celonis-scim.toml"))
