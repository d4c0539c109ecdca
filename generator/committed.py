"""The data as last committed: texts still naming a day, an amount or a seat count changed since then.

A notice's texts restate its figures in the notice's own words (a summary gives the fee and the closing date). A
date or an amount corrected in its field leaves those words to correct by hand; `check` lists them, as it lists a
new session's texts that still name the previous one's.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from pydantic import BaseModel

from .dataset import Dataset
from .load import read_yaml, validate
from .model.notice import Notice
from .model.recruiter import Recruiters
from .model.registry import Registry
from .model.school import Schools
from .session import changed_phrases, texts_holding

MODELS: dict[str, type[BaseModel]] = {"registry.yaml": Registry, "schools.yaml": Schools,
                                      "recruiters.yaml": Recruiters}


def committed_text(path: Path) -> str | None:
    """The file as the last commit holds it; None outside a git checkout, or for a file not committed yet."""
    try:
        done = subprocess.run(["git", "show", f"HEAD:./{path.name}"], cwd=path.parent, capture_output=True,
                              check=False)
    except OSError:  # no git on this machine
        return None
    return done.stdout.decode("utf-8") if done.returncode == 0 else None


def in_checkout(folder: Path) -> bool:
    """The folder is in a git checkout (a copy of the data outside one has no last commit to compare with)."""
    try:
        done = subprocess.run(["git", "rev-parse", "--is-inside-work-tree"], cwd=folder, capture_output=True,
                              check=False)
    except OSError:
        return False
    return done.returncode == 0 and done.stdout.strip() == b"true"


def stale_since_commit(ds: Dataset) -> dict[str, list[str]] | None:
    """Per data file changed since the last commit (as errors name it), its texts that still name a day, an
    amount or a seat count its fields no longer hold; None where the data is not in a git checkout."""
    if not in_checkout(ds.root):
        return None
    found: dict[str, list[str]] = {}
    for rel, doc in ds.files.items():
        model = MODELS.get(rel, Notice)
        old_text = committed_text(ds.root / rel)
        if old_text is None or old_text == (ds.root / rel).read_text(encoding="utf-8"):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "data" / rel
            copy.parent.mkdir(parents=True)
            copy.write_text(old_text, encoding="utf-8")
            old_doc, errors = read_yaml(copy, Path(tmp) / "data")
        old, _ = validate(model, old_doc) if old_doc is not None and not errors else (None, errors)
        new, _ = validate(model, doc)
        if old is None or new is None:  # the last commit's copy did not validate: nothing sure to compare
            continue
        places = texts_holding(doc, changed_phrases(old, new))
        if places:
            found[doc.display] = places
    return found
