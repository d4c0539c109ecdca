"""MkDocs hook of the site, listed in mkdocs.yml; the events live in generator.site.events.

MkDocs loads a hook from its file path, outside any package, so this file only imports them.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # a fresh clone without `pip install -e .`
    sys.path.insert(0, str(ROOT))

from generator.site.events import (  # noqa: F401
    on_config,
    on_files,
    on_nav,
    on_page_content,
    on_page_markdown,
    on_post_build,
    on_post_page,
    on_post_template,
    on_serve,
    on_startup,
)
