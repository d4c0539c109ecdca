"""Fixtures of the wizard tests: the committed rules.json, and the routes' verdicts for a profile."""

from __future__ import annotations

import pytest

import wizard


@pytest.fixture(scope="session")
def rules() -> wizard.Rules:
    """The rules the command line uses (wizard/rules.json); test_wizard_export checks they are fresh."""
    return wizard.load_rules()


@pytest.fixture(scope="session")
def verdicts(rules):
    """profile -> {route id: verdict}."""

    def run(profile: dict) -> dict[str, str]:
        return {r["id"]: r["verdict"] for r in wizard.evaluate(profile, rules)["routes"]}

    return run


@pytest.fixture(scope="session")
def route(rules):
    """(profile, route id) -> that route's output."""

    def run(profile: dict, route_id: str) -> dict:
        return next(r for r in wizard.evaluate(profile, rules)["routes"] if r["id"] == route_id)

    return run
