"""Wizard benchmark: bare loadPyodide vs the wizard's first verdict (cold, warm), re-verdict, CPython engine.

    .venv/bin/python bench/wizard_bench.py [--site DIR] [--runs 3]

Builds the real site (unless --site is given), serves it on 127.0.0.1 and measures, in one Chromium:
- bare: a page that only imports pyodide.mjs from the site and awaits loadPyodide() (same files);
- cold: the wizard page with a profile in its URL, in a fresh context (empty cache), to the first verdict;
- warm: the same page again in a persistent profile (launch_persistent_context: HTTP cache, wasm code
  cache and the worker's Pyodide memory snapshot in Cache Storage are kept);
- re-verdict: a form change to the updated results (DOM written, then the next frame);
- the engine's time per profile, in CPython and (as the worker reports it) in Pyodide.
Times are from navigation start (performance.timeOrigin); medians of --runs. It prints figures and
ratios against the targets, and asserts nothing.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CHROMIUM, CHROMIUM_ARGS, _Quiet, build_site

import wizard

PROFILE = "?diploma=licence3&specialty=biologie-biochimie&age=21"
BARE = """<!doctype html><meta charset="utf-8"><title>bare loadPyodide</title>
<script type="module">
import { loadPyodide } from "../assets/pyodide/pyodide.mjs";
const indexURL = new URL("../assets/pyodide/", location.href).href;
await loadPyodide({ indexURL, packages: [] });
performance.mark("bare-loaded");
document.body.dataset.done = "1";
</script><body></body>
"""
FIRST_VERDICT = "performance.getEntriesByName('wz-first-verdict')[0].startTime"
RE_VERDICT = """async (value) => {
  const select = document.querySelector('#wz-specialty');
  const results = document.querySelector('#wz-results');
  const before = results.dataset.seq;
  const t0 = performance.now();
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => {
    const obs = new MutationObserver(() => { if (results.dataset.seq !== before) { obs.disconnect(); resolve(); } });
    obs.observe(results, { attributes: true });
  });
  const dom = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return { dom, frame: performance.now() - t0, engine: Number(results.dataset.engineMs) };
}"""


def serve(site: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


def wizard_first_verdict(page, url: str) -> float:
    page.goto(url)
    page.locator('#imt-wizard[data-state="done"]').wait_for(timeout=120_000)
    return page.evaluate(FIRST_VERDICT)


def bare_load(page, url: str) -> float:
    page.goto(url)
    page.locator("body[data-done]").wait_for(timeout=120_000, state="attached")
    return page.evaluate("performance.getEntriesByName('bare-loaded')[0].startTime")


def cpython_ms_per_profile(n: int = 2000) -> float:
    rules = wizard.load_rules()
    profiles = [
        {"diploma": kind, "specialty": d["slug"], "age": 18 + i % 15, "scholarship": i % 2 == 0}
        for i, (kind, d) in enumerate((k, d) for d in rules.data["catalogue"] for k in d["kinds"])
    ]
    profiles = (profiles * (n // len(profiles) + 1))[:n]
    start = time.perf_counter()
    for p in profiles:
        wizard.evaluate(p, rules)
    return (time.perf_counter() - start) / n * 1000


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--site", type=Path, help="an already built site (default: build the real one)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wizard-bench-"))
    try:
        site = args.site or build_site(work / "site")
        (site / "bench").mkdir(exist_ok=True)
        (site / "bench" / "bare.html").write_text(BARE, encoding="utf-8")
        base, server = serve(site)
        figures = measure(base, work, args.runs)
        server.shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    figures["cpython_ms"] = cpython_ms_per_profile()
    report(figures)
    return 0


def measure(base: str, work: Path, runs: int) -> dict:
    url = base + "wizard/" + PROFILE
    out: dict = {
        "bare": [],
        "cold": [],
        "warm": [],
        "warm_restored": [],
        "dom": [],
        "frame": [],
        "pyodide_ms": [],
    }
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(runs):
            # Fresh contexts keep no HTTP cache: both are cold.
            for key, fn, target in (
                ("bare", bare_load, base + "bench/bare.html"),
                ("cold", wizard_first_verdict, url),
            ):
                ctx = browser.new_context()
                page = ctx.new_page()
                out[key].append(fn(page, target))
                if key == "cold":
                    for value in ["chimie", "biologie-biochimie"] * 10:
                        timing = page.evaluate(RE_VERDICT, value)
                        out["dom"].append(timing["dom"])
                        out["frame"].append(timing["frame"])
                        out["pyodide_ms"].append(timing["engine"])
                ctx.close()
        browser.close()
        # Warm: a persistent profile, visited once, then measured on later visits.
        for run in range(runs):
            ctx = p.chromium.launch_persistent_context(
                str(work / f"profile-{run}"), executable_path=CHROMIUM, args=CHROMIUM_ARGS
            )
            page = ctx.new_page()
            wizard_first_verdict(page, url)
            # The worker stores its warm-start snapshot after the first verdict: let it finish.
            page.locator('#imt-wizard[data-warm="stored"]').wait_for(timeout=60_000, state="attached")
            page.close()
            page = ctx.new_page()
            out["warm"].append(wizard_first_verdict(page, url))
            out["warm_restored"].append(page.locator("#imt-wizard").get_attribute("data-warm") == "restored")
            ctx.close()
    return out


def report(f: dict) -> None:
    med = {
        k: statistics.median(v) for k, v in f.items() if isinstance(v, list) and v and k != "warm_restored"
    }
    print(f"runs: {len(f['cold'])} (medians)")
    print(f"bare loadPyodide(), cold:          {med['bare']:8.0f} ms")
    print(
        f"wizard first verdict, cold:        {med['cold']:8.0f} ms   ratio to bare {med['cold'] / med['bare']:.2f} (target <= 1.15)"
    )
    print(
        f"wizard first verdict, warm:        {med['warm']:8.0f} ms   ratio to cold {med['warm'] / med['cold']:.2f} (target <= 0.50)"
    )
    print(f"form change -> results in the DOM: {med['dom']:8.1f} ms   (target < 20 ms)")
    print(f"form change -> next frame painted: {med['frame']:8.1f} ms")
    print(
        f"engine per profile, Pyodide:       {med['pyodide_ms']:8.2f} ms   (evaluate + JSON, in the worker)"
    )
    print(
        f"engine per profile, CPython:       {f['cpython_ms']:8.2f} ms   ratio Pyodide/CPython {med['pyodide_ms'] / f['cpython_ms']:.1f}"
    )
    print(
        json.dumps(
            {
                k: [round(x, 1) for x in v]
                for k, v in f.items()
                if isinstance(v, list) and k != "warm_restored"
            }
        )
    )


if __name__ == "__main__":
    sys.exit(main())
