"""Checks release artifacts by installing and running them as users do (scripts/verify-release)."""
