"""Within a session: the texts still naming a day, an amount or a seat count changed since the last commit."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from generator.committed import stale_since_commit
from generator.dataset import load_dataset

DATA = Path(__file__).parents[2] / "data"


def committed_copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    git = ["git", "-c", "user.name=staff", "-c", "user.email=staff@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "."], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "published"], cwd=tmp_path, check=True)
    return data


def test_a_fee_corrected_in_its_field_lists_the_texts_that_still_give_the_old_one(tmp_path):
    data = committed_copy(tmp_path)
    assert stale_since_commit(load_dataset(data)) == {}  # nothing changed since the commit
    notice = data / "notices" / "ast" / "2026.yaml"
    notice.write_text(notice.read_text(encoding="utf-8").replace("      first_eur: 76\n", "      first_eur: 79\n"),
                      encoding="utf-8")
    (places,) = stale_since_commit(load_dataset(data)).values()
    # The summary, the fee notes and the list of documents restate the fee in the notice's words.
    assert places[:2] == ['data/notices/ast/2026.yaml:13:3: summary.fr: names "76 €"',
                          'data/notices/ast/2026.yaml:14:3: summary.en: names "€76"']
    assert len(places) == 8 and all("76" in p for p in places)


def test_data_outside_a_checkout_has_no_last_commit(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    assert stale_since_commit(load_dataset(data)) is None


def test_a_seat_count_corrected_lists_the_texts_that_still_give_the_old_one(tmp_path):
    data = committed_copy(tmp_path)
    notice = data / "notices" / "albi-alternance" / "2025.yaml"
    notice.write_text(notice.read_text(encoding="utf-8").replace("      seats: 75\n", "      seats: 76\n"),
                      encoding="utf-8")
    (places,) = stale_since_commit(load_dataset(data)).values()
    # "75 places prévisionnelles en apprentissage", "Provisional seats: 75 in apprenticeship".
    assert [p.split(": names ")[1] for p in places[:2]] == ['"75 places"', '"seats: 75"']
    assert places[0].startswith("data/notices/albi-alternance/2025.yaml:15:") and "summary.fr" in places[0]
