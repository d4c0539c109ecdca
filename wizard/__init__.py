"""Eligibility wizard engine: stdlib only, the same code in CPython and in Pyodide.

    from wizard import evaluate
    evaluate({"diploma": "licence3", "specialty": "Biologie, Biochimie", "age": 21})

It reads the rules that `python -m generator.rules` exports (rules.json), never the YAML data.
"""

from .engine import Rules, evaluate, load_rules, use_rules
from .fees import fee_total
from .profile import FIELDS, ProfileError, slugify

__all__ = ["FIELDS", "ProfileError", "Rules", "evaluate", "fee_total", "load_rules", "slugify", "use_rules"]
