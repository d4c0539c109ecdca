"""Runs a list of profiles through the engine; the same file runs in CPython and in Pyodide (pyodide_run.mjs)."""

from __future__ import annotations

import hashlib
import json


def run(profiles_text: str, rules_text: str, digest: bool = True) -> str:
    """JSON list of profiles -> JSON list of {"sha256", "verdicts"} (or the whole result) or {"error", "field"}.

    The digest is of the result's canonical JSON (sorted keys), so equal digests mean identical outputs.
    """
    import wizard

    rules = wizard.load_rules(rules_text)
    out = []
    for profile in json.loads(profiles_text):
        try:
            result = wizard.evaluate(profile, rules)
        except ValueError as exc:
            out.append({"error": str(exc), "field": getattr(exc, "field", None)})
            continue
        if not digest:
            out.append({"ok": result})
            continue
        text = json.dumps(result, ensure_ascii=False, sort_keys=True)
        out.append(
            {
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
                "verdicts": {r["id"]: r["verdict"] for r in result["routes"]},
            }
        )
    return json.dumps(out, ensure_ascii=False, sort_keys=True)
