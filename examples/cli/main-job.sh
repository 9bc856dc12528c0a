#!/usr/bin/env bash
# The main job from the command line, against the team CELONIS_SCIM_URL names (run by the
# tests against an emulator): plan, apply, plan again, and what the journal recorded.
set -euo pipefail
celonis-scim plan examples/team.csv --seat-limit ANALYST=10
celonis-scim plan examples/team.csv --format html > "${TMPDIR:-/tmp}/plan.html"
celonis-scim apply examples/team.csv --yes --seat-limit ANALYST=10
celonis-scim plan examples/team.csv --detailed-exitcode   # exit 0: nothing left to do
celonis-scim runs
