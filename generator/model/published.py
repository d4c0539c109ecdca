"""data.json, the site's download of all the data: the data files as the validated model reads them."""

from __future__ import annotations

from .base import Model
from .notice import Notice
from .recruiter import Recruiters
from .registry import Registry
from .school import School


class PublishedNotice(Notice):
    current: bool
    """True for the newest session of its notice: the one the wizard, the comparisons and the calendars use."""


class PublishedData(Model):
    """Every data file: registry.yaml, schools.yaml (its list), recruiters.yaml and each notice session."""

    registry: Registry
    schools: list[School]
    recruiters: Recruiters
    notices: list[PublishedNotice]
