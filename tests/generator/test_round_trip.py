"""A school's full round trip on a copy of the real data: scaffold, edit, check, build, see what changed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

from generator.dataset import DATA_DIR

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
MARKER = re.compile(r"""['"]?À CONFIRMER \(précédente session : ([^)]*)\)['"]?""")


# The days of the oral exams, with their weekdays in 2027.
ORAL_DAYS_2027 = {
    "lundi 18 et mardi 19 mai": "mardi 18 et mercredi 19 mai",
    "Monday 18 and Tuesday 19 May": "Tuesday 18 and Wednesday 19 May",
    "mardi 19, mercredi 20, jeudi 21 mai": "mercredi 19, jeudi 20, vendredi 21 mai",
    "Tuesday 19, Wednesday 20, Thursday 21 May": "Wednesday 19, Thursday 20, Friday 21 May",
}


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, env=ENV)


def confirm(match: re.Match) -> str:
    """What the school types: the confirmed value (here: dates one year on, the 76 EUR fee raised to 80)."""
    value = match.group(1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return str(int(value[:4]) + 1) + value[4:]
    if value == "76":
        return "80"
    return value if re.fullmatch(r"[1-9]\d*(\.\d+)?|0", value) else f'"{value}"'


def test_scaffold_edit_check_build_and_see_the_changes(tmp_path):
    data, site = tmp_path / "data", tmp_path / "public" / "site"
    shutil.copytree(DATA_DIR, data)

    # Step 1: the new notice is listed in the registry.
    registry = data / "registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("\nchannels:", """
  - id: "005"
    file: 005_ast_2027.txt
    kind: notice
    session: "2027"
    title: {fr: "Notice AST 2027", en: "AST notice 2027"}
channels:""", 1), encoding="utf-8")
    made = cli("new-session", "ast", "--session", "2027", "--document", "005", "--data", str(data))
    assert made.returncode == 0, made.stderr
    assert "marked « À CONFIRMER »" in made.stdout
    new_file = data / "notices/ast/2027.yaml"

    refused = cli("check", "--data", str(data))
    assert refused.returncode == 1
    assert "data/notices/ast/2027.yaml:" in refused.stdout and "value to confirm" in refused.stdout

    new_file.write_text(MARKER.sub(confirm, new_file.read_text(encoding="utf-8")), encoding="utf-8")
    # The oral exams' labels give days without a year ("lundi 18 et mardi 19 mai"): in 2027 their weekdays
    # are wrong, and the school corrects them as the errors say.
    stale = cli("check", "--data", str(data), "--notice", "ast")
    assert stale.returncode == 1
    assert ('events[5].label.fr: says "lundi 18 mai", but 18 May 2027 is a Tuesday: correct the weekday or the date'
            in stale.stdout)
    text = new_file.read_text(encoding="utf-8")
    for old, new in ORAL_DAYS_2027.items():
        text = text.replace(old, new)
    new_file.write_text(text, encoding="utf-8")
    checked = cli("check", "--data", str(data), "--notice", "ast")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "ast: 2026 → 2027" in checked.stdout
    assert "ales-apprentissage: 2022 → 2024" not in checked.stdout  # the other notices' changes are left out
    assert "[fees] Application fee: was 76 €; now 80 €" in checked.stdout
    assert "[dates] " in checked.stdout and "to check before publishing" in checked.stdout
    assert "text(s) still name 2026" in checked.stdout  # the title, for one
    assert "fees.schemes[0].note.fr" in checked.stdout  # "un seul paiement de 76 €": the fee is 80 now

    built = cli("build", "--data", str(data), "--site-dir", str(site))
    assert built.returncode == 0, built.stdout + built.stderr
    changes = (site / "en/notices/changes/index.html").read_text(encoding="utf-8")
    assert "2026 session → 2027 session" in changes and "€80" in changes  # English amounts on the English page
    archived = (site / "notices/ast/2026/index.html").read_text(encoding="utf-8")
    assert "Session archivée" in archived
    assert (site / "notices/ast/2027/index.html").exists()
