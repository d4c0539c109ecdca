"""MkDocs hook for bench/site_build.py: when each build phase starts, written as JSON to $IMT_BENCH_PHASES.

Listed only in the benchmark's own config. mkdocs-static-i18n builds each language in turn, so every
mark is recorded once per language; the benchmark adds the two up.
"""

import atexit
import json
import os
import time

from mkdocs.plugins import event_priority

_marks: list[tuple[str, float]] = []


def _mark(name: str) -> None:
    _marks.append((name, time.time()))


@event_priority(100)  # before the site's hook generates the pages
def on_config(config):
    _mark("config")
    return config


@event_priority(100)  # once the pages are generated, before any is converted
def on_nav(nav, config, files):
    _mark("nav")
    return nav


@event_priority(100)  # every page converted to HTML, none put in its template yet
def on_env(env, config, files):
    _mark("env")
    return env


@event_priority(100)  # every page written; before the i18n plugin and the search index
def on_post_build(config):
    _mark("post_build")


@atexit.register
def _write() -> None:
    target = os.environ.get("IMT_BENCH_PHASES")
    if target:
        _mark("exit")
        with open(target, "w", encoding="utf-8") as out:
            json.dump(_marks, out)
