"""The data as last committed: texts still naming a day, an amount or a seat count changed since then.

A notice's texts restate its figures in the notice's own words (a summary gives the fee and the closing date). A
date or an amount corrected in its field leaves those words to correct by hand; `check` lists them, as it lists a
new session's texts that still name the previous one's.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from .dataset import Dataset, file_model
from .load import read_yaml, validate
from .session import changed_phrases, texts_holding


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
        old_text = committed_text(ds.root / rel)
        if old_text is None or old_text == (ds.root / rel).read_text(encoding="utf-8"):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "data" / rel
            copy.parent.mkdir(parents=True)
            copy.write_text(old_text, encoding="utf-8")
            old_doc, errors = read_yaml(copy, Path(tmp) / "data")
        if old_doc is None or errors:  # the last commit's copy did not read: nothing sure to compare
            continue
        old, _ = validate(file_model(rel), old_doc)
        new, _ = validate(file_model(rel), doc)
        if old is None or new is None:
            continue
        places = texts_holding(doc, changed_phrases(old, new))
        if places:
            found[doc.display] = places
    return found
