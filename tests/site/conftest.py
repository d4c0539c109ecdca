"""Fixtures of the site tests (the built site and its server come from tests/conftest.py)."""

from __future__ import annotations

import pytest
from site_pages import data_dir

from generator.dataset import load_dataset


@pytest.fixture(scope="session")
def dataset():
    """The dataset the site under test is built from."""
    return load_dataset(data_dir())
