"""A data error fails the build, and the message names the file, the line and the field."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "golden" / "data"


def build(data: Path, out: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "IMT_DATA_DIR": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_missing_english_text_fails_the_build_naming_file_line_and_field(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    notice = data / "notices" / "ast" / "2026.yaml"
    lines = notice.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("summary:"))
    lines[number - 1] = 'summary: {fr: "Admission en 1re ou 2e année sous statut étudiant."}\n'
    notice.write_text("".join(lines), encoding="utf-8")
    result = build(data, tmp_path / "site")
    assert result.returncode != 0
    assert f"data/notices/ast/2026.yaml:{number}:" in result.stderr
    assert "summary.en: missing English text" in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()
