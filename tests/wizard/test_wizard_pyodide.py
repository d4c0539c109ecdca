"""The same engine cases in real Pyodide (npm `pyodide`, under Node) give identical JSON to CPython.

Each runtime hashes its output's canonical JSON: equal digests mean identical results, without moving
tens of megabytes of JSON between Node and Python.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest
import wizard_batch
from wizard_cases import CASES, EXTRA_PROFILES, INVALID

from generator.wizard_hook import PYODIDE_DIR, wizard_zip

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "wizard" / "rules.json"


def sample_profiles(n: int, seed: int = 4) -> list[dict]:
    """Deterministic varied profiles over every kind, catalogue name, flag and edge value."""
    rules = json.loads(RULES.read_text(encoding="utf-8"))
    rnd = random.Random(seed)
    kinds = rules["kinds"]
    names = [d["slug"] for d in rules["catalogue"]] + [d["name"]["fr"] for d in rules["catalogue"]]
    names += ["", "Autre chose", "Ingénierie & Sécurité", "mp", "GEII"]
    profiles = []
    for _ in range(n):
        p: dict = {
            "diploma": rnd.choice(kinds),
            "age": rnd.choice([0, 15, 17, 18, 20, 21, 25, 26, 29, 30, 45]),
        }
        if rnd.random() < 0.9:
            p["specialty"] = rnd.choice(names)
        if rnd.random() < 0.3 and p["diploma"] == "ats":
            p["prior_diploma"] = {
                "diploma": rnd.choice([k for k in kinds if k not in ("ats", "cpge")]),
                "specialty": rnd.choice(names),
            }
        for key, values in {
            "ects": [None, 0, 60, 119, 120, 180, 239, 240, 300],
            "foreign": [True, False],
            "experience_years": [0, 1, 2.5, 3, 10],
            "scholarship": [True, False],
            "eu_national": [True, False, None],
        }.items():
            if rnd.random() < 0.5:
                p[key] = rnd.choice(values)
        profiles.append(p)
    return profiles


@pytest.fixture(scope="module")
def profiles() -> list:
    return [c[1] for c in CASES] + EXTRA_PROFILES + [p for p, _ in INVALID] + sample_profiles(300)


def test_pyodide_matches_cpython(tmp_path, profiles):
    node = shutil.which("node")
    if node is None or not (PYODIDE_DIR / "pyodide.asm.wasm").exists():
        pytest.skip("node or node_modules/pyodide missing: run `npm ci`")
    zip_path = tmp_path / "wizard.zip"
    zip_path.write_bytes(wizard_zip())
    profiles_path = tmp_path / "profiles.json"
    profiles_text = json.dumps(profiles, ensure_ascii=False)
    profiles_path.write_text(profiles_text, encoding="utf-8")
    done = subprocess.run(
        [
            node,
            str(Path(__file__).with_name("pyodide_run.mjs")),
            str(zip_path),
            str(RULES),
            str(profiles_path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    pyodide = json.loads(done.stdout)
    assert pyodide["pyodide"] == "314.0.7" and pyodide["python"].startswith("3.14")
    cpython = json.loads(wizard_batch.run(profiles_text, RULES.read_text(encoding="utf-8")))
    assert len(pyodide["results"]) == len(cpython) == len(profiles)
    for profile, got, want in zip(profiles, pyodide["results"], cpython, strict=True):
        assert got == want, (
            f"Pyodide and CPython differ for {profile} (rerun it with --full to see the outputs)"
        )
    # The documents' cases get their verdicts in Pyodide too; the invalid profiles their field.
    for (name, _, expected), got in zip(CASES, pyodide["results"], strict=False):
        assert {k: got["verdicts"][k] for k in expected} == expected, name
    invalid = pyodide["results"][len(CASES) + len(EXTRA_PROFILES) :][: len(INVALID)]
    assert [r["field"] for r in invalid] == [f for _, f in INVALID]
