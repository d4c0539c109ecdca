"""The bridge: rules.json is exported from the model, fresh, and the engine holds no rule and no YAML."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import wizard
from generator.dataset import load_dataset
from generator.model.base import DIPLOMA_KINDS, TRACK_KINDS
from generator.rules import dumps, export_rules

ROOT = Path(__file__).resolve().parents[2]
ENGINE = sorted((ROOT / "wizard").glob("*.py"))


def test_committed_rules_are_fresh():
    """wizard/rules.json (what `python -m wizard` reads from a fresh clone) matches data/."""
    fresh = dumps(export_rules(load_dataset()))
    committed = (ROOT / "wizard" / "rules.json").read_text(encoding="utf-8")
    assert committed == fresh, "wizard/rules.json is out of date: run `python -m generator.rules`"


def test_export_uses_the_newest_session_and_cites_documents():
    ds = load_dataset()
    rules = export_rules(ds)
    assert [(n["notice"], n["session"]) for n in rules["notices"]] == [
        (n.notice, n.session) for n in ds.current()
    ]
    # Sources name documents as the site's sources page lists them: "document 002, section".
    documents = {f"document {d.id}" for d in ds.registry.documents}
    text = json.dumps(rules, ensure_ascii=False)
    for source in re.findall(r'"source": "([^"]+)"', text):
        assert source.split(", ", 1)[0] in documents, source
    ids = [r["id"] for n in rules["notices"] for r in n["routes"]]
    assert len(ids) == len(set(ids))


def test_engine_is_stdlib_only():
    for path in ENGINE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or top == "__future__", f"{path.name} imports {name}"


def test_engine_never_loads_yaml_or_the_model():
    code = (
        "import json, sys, wizard; wizard.evaluate({'diploma': 'bts', 'age': 20});"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('yaml', 'ruamel', 'pydantic', 'generator', 'slugify'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert json.loads(done.stdout) == []


def test_no_rule_is_typed_in_the_engine():
    """No school, diploma kind or catalogue slug appears as a literal in the engine's code."""
    rules = json.loads((ROOT / "wizard" / "rules.json").read_text(encoding="utf-8"))
    banned = {*rules["schools"], *rules["kinds"], *(d["slug"] for d in rules["catalogue"])}
    banned |= {r["id"] for n in rules["notices"] for r in n["routes"]}
    for path in ENGINE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, (str, int))
                and not isinstance(node.value, bool)
            ):
                assert node.value not in banned, f"{path.name}:{node.lineno}: {node.value!r}"
            if isinstance(node, ast.Compare):
                for c in node.comparators:
                    assert not (isinstance(c, ast.Constant) and type(c.value) is int and c.value > 2), (
                        f"{path.name}:{node.lineno}: a threshold belongs in the rules"
                    )


def test_check_command(tmp_path):
    out = tmp_path / "rules.json"
    run = [sys.executable, "-m", "generator.rules", "--out", str(out)]
    assert subprocess.run([*run, "--check"], capture_output=True, cwd=ROOT, check=False).returncode == 1
    assert subprocess.run(run, capture_output=True, cwd=ROOT, check=False).returncode == 0
    assert subprocess.run([*run, "--check"], capture_output=True, cwd=ROOT, check=False).returncode == 0


def test_each_route_page_is_its_section_on_the_built_notice_page(built_site):
    """The wizard's cards link to `../{page}` from wizard/: the page and its anchor exist in both languages."""
    for notice in export_rules(load_dataset())["notices"]:
        for route in notice["routes"]:
            path, anchor = route["page"].split("#")
            for root in (built_site, built_site / "en"):
                html = (root / path / "index.html").read_text(encoding="utf-8")
                assert f'id="{anchor}"' in html, (root, route["page"])


def test_each_way_of_writing_a_kind_names_one_kind(rules):
    # The engine compares kinds and their aliases without case, spaces or dashes (validation refuses two names
    # that compare equal, tests/data/malformed/70): every name the notices write reads as its kind.
    for kind, names in rules.data["kind_aliases"].items():
        for name in names:
            assert wizard.evaluate({"diploma": name.upper()}, rules)["profile"]["diploma"] == kind
    assert all({kind, *tracks.values()} <= set(DIPLOMA_KINDS) for kind, tracks in TRACK_KINDS.items())
