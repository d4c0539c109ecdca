"""Runs a list of profiles through the engine; the same file runs in CPython and in Pyodide (pyodide_run.mjs)."""

from __future__ import annotations

import json


def run(profiles_text: str, rules_text: str) -> str:
    """JSON list of profiles -> JSON list of {"ok": result} or {"error": message, "field": field}."""
    import wizard

    rules = wizard.load_rules(rules_text)
    out = []
    for profile in json.loads(profiles_text):
        try:
            out.append({"ok": wizard.evaluate(profile, rules)})
        except ValueError as exc:
            out.append({"error": str(exc), "field": getattr(exc, "field", None)})
    return json.dumps(out, ensure_ascii=False, sort_keys=True)
