"""The benchmark's synthetic data set stays valid as the real data changes (the benchmark asserts nothing,
and takes minutes; a data change once broke it unnoticed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from generator.check import check_routes
from generator.dataset import DATA_DIR, load_dataset

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "site_build.py"


def test_the_synthetic_data_set_loads_and_is_ten_times_the_real_one(tmp_path):
    spec = importlib.util.spec_from_file_location("site_build", SCRIPT)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    real, big = load_dataset(DATA_DIR), load_dataset(bench.synthetic(DATA_DIR, tmp_path))
    assert len(big.notice_ids()) == bench.COPIES * len(real.notice_ids())
    assert len(big.notices) == bench.COPIES * bench.SESSIONS * len(real.notice_ids())
    # Only the wizard's check fails, by design: the copies offer the same routes, so the site builds without it.
    assert check_routes(big)
