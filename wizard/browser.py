"""The Web Worker's door into the engine: JSON text in, JSON text out, so no Python object crosses to JS."""

from __future__ import annotations

import json

from .engine import evaluate, use_rules
from .fees import fee_total
from .profile import ProfileError

_rules = None


def init(rules_text: str) -> None:
    """Load the site's rules.json (the form reads its lists from the same file, wizard.js)."""
    global _rules
    _rules = use_rules(rules_text)


def handle(request_text: str) -> str:
    """{"profile": {...}, "picks": [route ids], "now": Paris minute} -> {"result", "total"}, or {"error", "field",
    "message", "missing"} for an invalid profile (message: {"fr", "en"}; missing: the field is empty)."""
    request = json.loads(request_text)
    try:
        result = evaluate(request.get("profile"), _rules, now=request.get("now"))
    except ProfileError as exc:
        return json.dumps({"error": str(exc), "field": exc.field, "message": exc.message, "missing": exc.missing})
    # Picks come from the address: a link from an older session may name routes that no longer exist.
    ids = {r["id"] for r in result["routes"]}
    total = fee_total(result, [i for i in request.get("picks") or [] if i in ids])
    # ASCII JSON (accents as \u escapes): Pyodide hands an ASCII str to JS about 30x faster.
    return json.dumps({"result": result, "total": total})
