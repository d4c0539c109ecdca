"""Site benchmark (prints figures, asserts nothing).

- Build time of the real data (data/), and of a synthetic data set about 10 times larger, made by this
  script in a temporary folder: each real notice series copied 10 times, 3 sessions each, each session
  registered as its own document (the schools stay the three of the model, whose school ids are a closed
  list). The build reads the data folder
  from $IMT_DATA_DIR. Both builds also print how long each phase took (bench/phases.py), which shows
  where the ratio comes from.
- Transferred bytes of each page type of the real site in Chromium, from a fresh browser context.

Run: .venv/bin/python bench/site_build.py [--runs N]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.dataset import DATA_DIR, DATA_ENV, load_dataset
from generator.weekdays import weekday_names

COPIES = 10
SESSIONS = 3
DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
WEEKDAY = re.compile(rf"\b(?:{'|'.join(n for lang in ('fr', 'en') for n in weekday_names(lang))}) (?=\d)", re.IGNORECASE)
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


PHASES = {  # what happens from each mark of bench/phases.py to the next
    "start": "start-up: Python, MkDocs, Material, config",
    "config": "data loaded, pages and downloads generated",
    "nav": "Markdown converted to HTML",
    "env": "page templates, search entries, writing",
    "post_build": "search indexes, sitemaps, next language",
}


def build(data: Path, out: Path, config: Path = ROOT / "mkdocs.yml") -> tuple[float, dict[str, float]]:
    """Seconds taken by `mkdocs build --strict` of the data folder into `out`, and by each phase when the
    config lists bench/phases.py (summed over the languages)."""
    marks = out.with_name(out.name + "-phases.json")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", DATA_ENV: str(data), "IMT_BENCH_PHASES": str(marks)}
    start, clock = time.time(), time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
    )
    seconds = time.perf_counter() - clock
    phases = dict.fromkeys(PHASES, 0.0)
    if marks.exists():
        points = [("start", start), *json.loads(marks.read_text(encoding="utf-8"))]
        for (name, at), (_, then) in zip(points, points[1:], strict=False):
            phases[name] += then - at
    return seconds, phases


def site_only_config(folder: Path) -> Path:
    """mkdocs.yml without the wizard hook (the wizard refuses two current notices offering the same route,
    which the synthetic copies do), with the phase timer. Paths are absolute because the file lives
    outside the repository."""
    config = folder / "mkdocs-site-only.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        f"docs_dir: {ROOT / 'site_src'}\n"
        f"theme:\n  name: material\n  custom_dir: {ROOT / 'generator' / 'theme'}\n"
        f"hooks:\n  - {ROOT / 'generator' / 'site' / 'hook.py'}\n  - {ROOT / 'bench' / 'phases.py'}\n"
        f"watch: []\n",
        encoding="utf-8",
    )
    return config


def _shift_dates(text: str, years: int) -> str:
    def shift(m: re.Match) -> str:
        day = "28" if (m.group(2), m.group(3)) == ("02", "29") else m.group(3)
        return f"{int(m.group(1)) - years}-{m.group(2)}-{day}"

    return DATE.sub(shift, text)


def synthetic(real: Path, out: Path) -> Path:
    """A data folder with every notice series copied COPIES times, each with SESSIONS sessions."""
    shutil.copyfile(real / "schools.yaml", out / "schools.yaml")
    # The real notices are only copied: a guide's `cost_of: albi-alternance/2025` points at the first copy.
    recruiters = (real / "recruiters.yaml").read_text(encoding="utf-8")
    (out / "recruiters.yaml").write_text(re.sub(r"(?m)(cost_of: *)([a-z0-9-]+)/", r"\1\2-x01/", recruiters),
                                         encoding="utf-8")
    documents = []  # each session is published by its own document (a data check): one per copy and session
    shutil.copytree(real / "schema", out / "schema")
    ds = load_dataset(real)
    for series in ds.notice_ids():
        newest = ds.sessions(series)[0]
        source = next(f.file.path for f in ds.notices if f.notice is newest)
        text = source.read_text(encoding="utf-8")
        year = int(newest.session.split("-")[0])
        for copy in range(1, COPIES + 1):
            notice_id = f"{series}-x{copy:02d}"
            folder = out / "notices" / notice_id
            folder.mkdir(parents=True)
            for back in range(SESSIONS):
                session = str(year - back)
                # An older copy's dates move back whole years: its weekdays written in texts no longer fit
                # (validation compares them), so they go.
                body = WEEKDAY.sub("", _shift_dates(text, back)) if back else text
                body = re.sub(r"(?m)^notice:.*$", f"notice: {notice_id}", body)
                body = re.sub(r"(?m)^session:.*$", f'session: "{session}"', body)
                document = f"{notice_id}-{session}"
                body = re.sub(r"(?m)^document:.*$", f'document: "{document}"', body)
                documents.append(f'  - id: "{document}"\n    file: {document}.txt\n    kind: notice\n'
                                 f'    session: "{session}"\n    title: {{fr: "{document}", en: "{document}"}}\n')
                (folder / f"{session}.yaml").write_text(body, encoding="utf-8")
    registry = (real / "registry.yaml").read_text(encoding="utf-8")
    (out / "registry.yaml").write_text(registry.replace("\nchannels:", "".join(documents) + "\nchannels:", 1),
                                       encoding="utf-8")
    return out


def page_types(ds) -> dict[str, str]:
    current = ds.current()[0]
    return {
        "home": "",
        "session": f"notices/{current.notice}/{current.session}/",
        "notices": "notices/",
        "school": f"schools/{ds.schools[0].id}/",
        "compare-calendar": "compare/calendar/",
        "compare-diplomas": "compare/diplomas/",
        "compare-seats": "compare/seats/",
        "recruiters": "recruiters/",
        "recruiters-rhythm": "recruiters/rhythm/",
        "downloads": "downloads/",
        "wizard": "wizard/",
    }


def transferred(site: Path, pages: dict[str, str]) -> dict[str, tuple[int, int, int]]:
    """Bytes and requests per page, each loaded cold in a fresh context (no HTTP cache)."""
    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        extensions_map = {
            **http.server.SimpleHTTPRequestHandler.extensions_map,
            ".mjs": "text/javascript",
            ".wasm": "application/wasm",
        }

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    results = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for kind, path in pages.items():
            for lang, prefix in (("fr", ""), ("en", "en/")):
                context = browser.new_context()
                page = context.new_page()
                responses: list = []
                page.on("requestfinished", lambda request, into=responses: into.append(request))
                page.goto(base + prefix + path)
                page.wait_for_load_state("networkidle")
                total = zipped = 0
                for request in responses:
                    sizes = request.sizes()
                    total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
                    body = request.response().body() if request.response() else b""
                    zipped += len(gzip.compress(body, 6)) + sizes["responseHeadersSize"]
                results[f"{kind} ({lang})"] = (total, zipped, len(responses))
                context.close()
        browser.close()
    server.shutdown()
    return results


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--runs", type=int, default=2, help="builds of each data set; the fastest counts")
    args.add_argument("--no-browser", action="store_true", help="skip the transferred-bytes measure")
    opts = args.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        real_site = tmp / "site-real"
        site_only = site_only_config(tmp)
        (tmp / "data").mkdir()
        big_data = synthetic(DATA_DIR, tmp / "data")
        full = min(build(DATA_DIR, real_site)[0] for _ in range(opts.runs))
        # Real and synthetic builds alternate, so that a change in the machine's load hits both alike.
        runs = [(build(DATA_DIR, tmp / "site-real-only", site_only), build(big_data, tmp / "site-10x", site_only))
                for _ in range(opts.runs)]
        (real, real_phases), (big, big_phases) = (min(r[i] for r in runs) for i in (0, 1))
        ds, big_ds = load_dataset(DATA_DIR), load_dataset(big_data)
        pages_real = sum(1 for _ in (tmp / "site-real-only").rglob("index.html"))
        pages_big = sum(1 for _ in (tmp / "site-10x").rglob("index.html"))
        print(f"real data, whole site (with the wizard): build {full:6.2f} s")
        print(
            f"real data, site only:   {len(ds.notices):3d} notice sessions, {pages_real:4d} pages, "
            f"build {real:6.2f} s"
        )
        print(
            f"synthetic 10x, site only: {len(big_ds.notices):3d} notice sessions, {pages_big:4d} pages, "
            f"build {big:6.2f} s"
        )
        print(f"ratio 10x/real (site only): {big / real:.2f}")
        print(f"\n{'phase (fastest run of each)':48s} {'real':>7s} {'10x':>7s} {'ratio':>6s}")
        for key, label in PHASES.items():
            a, b = real_phases[key], big_phases[key]
            print(f"  {label:46s} {a:6.2f}s {b:6.2f}s {b / a if a else 0:6.1f}")
        if opts.no_browser:
            return
        print(
            "\ntransferred per page type, cold (as served by http.server, which does not compress; "
            "and with gzip, as a compressing server would send it)"
        )
        for name, (size, zipped, count) in transferred(real_site, page_types(ds)).items():
            print(f"  {name:28s} {size / 1024:9.1f} KB   gzip {zipped / 1024:8.1f} KB  {count:3d} requests")


if __name__ == "__main__":
    main()
