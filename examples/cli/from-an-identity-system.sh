#!/usr/bin/env bash
# Exports as identity systems write them, through the presets (run by the tests).
set -euo pipefail
celonis-scim presets                                   # what there is
celonis-scim presets okta > "${TMPDIR:-/tmp}/okta.toml" # a preset's mapping, to adapt
celonis-scim plan examples/exports/entra-users.csv --preset entra
celonis-scim plan examples/exports/directory.ldif --preset ldif --json > "${TMPDIR:-/tmp}/plan.json"
celonis-scim plan examples/exports/okta-users.csv --mapping "${TMPDIR:-/tmp}/okta.toml"
