"""The `imt-admissions` command: validate, schema, build, serve, check, new-session."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from .check import check_routes
from .committed import stale_since_commit
from .dataset import DATA_DIR, DATA_ENV, Dataset, data_dir, load_dataset
from .diff import diff, spell
from .links import broken_links
from .load import DataErrors
from .model.notice import Notice
from .model.published import PublishedData
from .model.recruiter import Recruiters
from .model.registry import Registry
from .model.school import Schools
from .session import (
    ScaffoldError,
    changed_phrases,
    changed_seat_counts,
    new_session,
    reordered_steps,
    shifted_steps,
    stale_costs,
    texts_holding,
    texts_naming,
)

# Each schema's file name, model and title: four data file kinds, and the published data.json.
SCHEMAS = {
    "registry": (Registry, "IMT admissions — registry data file"),
    "schools": (Schools, "IMT admissions — schools data file"),
    "recruiters": (Recruiters, "IMT admissions — recruiters data file"),
    "notice": (Notice, "IMT admissions — notice data file"),
    "data": (PublishedData, "IMT admissions — data.json, all the data"),
}


def _validated(data: Path) -> Dataset | None:
    """The dataset, or None after printing every data error as file:line:col: field: message."""
    try:
        ds = load_dataset(data)
        routes = check_routes(ds)
        if routes:
            raise DataErrors(routes)
    except DataErrors as exc:
        for error in exc.errors:
            print(error)
        print(f"{len(exc.errors)} error(s) in {data}", file=sys.stderr)
        if exc.waiting:
            print(exc.waiting_line(), file=sys.stderr)
        return None
    sessions = ", ".join(f"{n.notice} {n.session}" for n in (f.notice for f in ds.notices))
    print(f"data OK in {data}: {len(ds.schools)} schools, {len(ds.notices)} notice sessions ({sessions})")
    return ds


def cmd_validate(args: argparse.Namespace) -> int:
    """Print every data error as file:line:col: field: message; exit 1 if any."""
    return 0 if _validated(Path(args.data)) else 1


def write_schemas(out: Path) -> list[Path]:
    """Write one JSON Schema per data file kind, for editor completion, and one for data.json."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (model, title) in SCHEMAS.items():
        # The data files' schemas say what staff may write (validation), data.json's what the site writes.
        schema = model.model_json_schema(mode="serialization" if name == "data" else "validation")
        if name != "data":  # a file may name its schema in a "$schema" field, which loading sets aside
            schema["properties"] = {"$schema": {"type": "string"}, **schema["properties"]}
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = title
        path = out / f"{name}.schema.json"
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written


def cmd_schema(args: argparse.Namespace) -> int:
    """`imt-admissions schema`: write the JSON Schemas of the data files."""
    for path in write_schemas(Path(args.out)):
        print(f"wrote {path}")
    return 0


ROOT = DATA_DIR.parent


def _mkdocs(args: list[str], data: Path, hide_info: bool = False) -> int:
    """Run mkdocs on the project's mkdocs.yml with the given data folder; its errors go to the terminal.
    `hide_info` drops its INFO lines: mkdocs' own --quiet would also stop --strict from counting warnings."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", DATA_ENV: str(data.resolve())}
    command = [sys.executable, "-m", "mkdocs", *args, "-f", str(ROOT / "mkdocs.yml")]
    sys.stdout.flush()  # our messages first, then mkdocs' own, in order
    if args[0] == "serve":
        return _serve(command, env)
    if not hide_info:
        return subprocess.run(command, cwd=ROOT, env=env).returncode
    done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    shown, info = [], False
    for line in done.stdout.splitlines():
        info = line.startswith("INFO") or info and line[:1].isspace()  # an INFO message may run on several lines
        if not info:
            shown.append(line)
    if shown:
        print("\n".join(shown), file=sys.stderr)
    return done.returncode


# What `mkdocs serve` says at each build that a school has no use for: the language plugin's settings, and
# Material's empty 404 template. Its errors, the build's time and the address it serves stay.
SERVE_NOISE = re.compile(r"INFO\s+-\s+(mkdocs_static_i18n: |Template skipped: |Cleaning site directory)")


def _serve(command: list[str], env: dict[str, str]) -> int:
    """mkdocs serve, its lines passed on as they come, without SERVE_NOISE."""
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          bufsize=1) as server:
        before = signal.signal(signal.SIGTERM, lambda *_: server.terminate())  # stopped, it stops its server too
        try:
            for line in server.stdout:
                if not SERVE_NOISE.match(line):
                    print(line, end="", flush=True)
        except KeyboardInterrupt:  # a terminal's Ctrl-C reaches mkdocs too; a signal sent to us alone does not
            server.send_signal(signal.SIGINT)
        finally:
            signal.signal(signal.SIGTERM, before)
        code = server.wait()
        return 0 if code in (-signal.SIGTERM, -signal.SIGINT) else code  # stopped as asked


def _build_and_check_links(out: Path, data: Path) -> list[str] | None:
    """A strict build into `out`, then its broken internal links; None when the build itself failed."""
    if _mkdocs(["build", "--strict", "-d", str(out)], data, hide_info=True) != 0:
        return None
    return broken_links(out)


def cmd_build(args: argparse.Namespace) -> int:
    """Build into a temporary folder; swap it in only when everything passed."""
    data, target = Path(args.data), Path(args.site_dir).resolve()
    if cmd_validate(args):
        print(f"build stopped: {target} was left untouched", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    # Built next to the target, so that the final swap is a rename on the same filesystem.
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}-build-", dir=target.parent))
    try:
        fresh = work / "site"
        broken = _build_and_check_links(fresh, data)
        if broken is None:
            print(f"build failed: {target} was left untouched", file=sys.stderr)
            return 1
        if broken:
            print("\n".join(f"broken link: {b}" for b in broken))
            print(f"build stopped ({len(broken)} broken links): {target} was left untouched", file=sys.stderr)
            return 1
        old = work / "previous"
        if target.exists():
            target.rename(old)  # same filesystem: each rename is atomic
        fresh.rename(target)
        print(f"site built in {target}")
        if not os.environ.get("IMT_SITE_URL"):
            # Not an error: a local build is often what is wanted. A published one needs its address.
            print("note: IMT_SITE_URL is not set, so the sitemap and each page's canonical link name the local "
                  "preview address; to publish, build again with IMT_SITE_URL=https://… (the site's public address)")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def cmd_serve(args: argparse.Namespace) -> int:
    """Build and serve the site locally; it rebuilds when a page or a data file changes."""
    host, _, port = args.dev_addr.rpartition(":")
    with socket.socket() as probe:  # said before the build, not as a traceback after it
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will: a port just freed is free
        try:
            probe.bind((host or "127.0.0.1", int(port)))
        except (OSError, ValueError) as exc:
            print(f"serve: cannot serve at {args.dev_addr} ({exc}): another serve may be running; stop it, or give "
                  "another address: --dev-addr 127.0.0.1:8001", file=sys.stderr)
            return 1
    return _mkdocs(["serve", "--dev-addr", args.dev_addr], Path(args.data))


def cmd_check(args: argparse.Namespace) -> int:
    """Everything a school runs before publishing: validation, strict build, links, what changed."""
    data = Path(args.data)
    print("1/3 validation")
    ds = _validated(data)
    if ds is None:
        return 1
    unknown = sorted(set(args.notice or ()) - set(ds.notice_ids()))
    if unknown:
        print(f"unknown notice {', '.join(unknown)} (notices: {', '.join(ds.notice_ids())})", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        print("2/3 strict build, then links")
        broken = _build_and_check_links(Path(tmp) / "site", data)
        if broken is None:
            print("the build failed: see the messages above", file=sys.stderr)
            return 1
        for b in broken:
            print(f"   broken link: {b}")
        if broken:
            return 1
        print("   no broken link")
    print("3/3 what changed")
    if data.resolve() == DATA_DIR.resolve():
        # The command-line wizard reads this copy; the site always exports a fresh one at build time.
        from .rules import DEFAULT_OUT, write_rules

        write_rules(DEFAULT_OUT, ds)
        print(f"   (wizard rules refreshed in {DEFAULT_OUT.relative_to(ROOT)})")
    plain = lambda kind, code: f"{code} €" if kind == "eur" else code
    to_review = 0
    for notice_id in args.notice or ds.notice_ids():
        sessions = ds.sessions(notice_id)
        if len(sessions) < 2:
            print(f"   {notice_id}: one session ({sessions[0].session}), nothing to compare")
            continue
        new, old = sessions[0], sessions[1]
        changes = diff(old, new, ds)
        print(f"   {notice_id}: {old.session} → {new.session}: {len(changes)} change(s)")
        for c in changes:
            before, after = (spell(v, plain) or "—" for v in (c.before, c.after))
            # "was … now …": a step's own dates already read "start → end".
            print(f"     [{c.category}] {c.what_en}: was {before}; now {after}")
        file = next(f.file for f in ds.notices if f.notice is new)
        # A date mistyped first: a step out of step with the others is likely an error, a text naming the
        # previous year may be right.
        to_review += _points(shifted_steps(old, new, file),
                             f"{notice_id} {new.session}: {{n}} step(s) moved unlike the others since {old.session}")
        to_review += _points(reordered_steps(old, new, file),
                             f"{notice_id} {new.session}: {{n}} step(s) no longer in the order of {old.session}")
        # A text copied from the previous session may still name its year, its notice, its days or its amounts.
        texts = texts_naming(file, old.session, old.document, changed_phrases(old, new))
        to_review += _points(texts, f"{notice_id} {new.session}: {{n}} text(s) still name {old.session}, document "
                                    f"{old.document}, or a day, an amount or a seat count of that session that changed")
        # A note on the seats (a printed total that disagrees with the lines) names its counts bare: "(60)"; one
        # listed above for its "40 places" is not listed again.
        listed = {t.split(": names ")[0] for t in texts}
        to_review += _points([t for t in texts_holding(file, changed_seat_counts(old, new), under="seats")
                              if t.split(": names ")[0] not in listed],
                             f"{notice_id} {new.session}: {{n}} note(s) on the seats still name a seat count of "
                             f"{old.session} that changed")
    to_review += _points(stale_costs(ds, args.notice or ()),
                         "recruiters: {n} company guide price(s) from a session that is no longer the newest")
    # A date or an amount corrected within a session: the texts restating it are the editor's to correct too.
    stale = stale_since_commit(ds)
    for file, places in (stale or {}).items():
        to_review += _points(places, f"{file}: {{n}} text(s) still name a day, an amount or a seat count changed "
                                     "since the last commit")
    # Naming the previous year, or a new order of steps, may be right ("as in 2025"), so neither fails the
    # check; neither is forgotten.
    print(f"{to_review} point(s) listed above to check before publishing" if to_review else "ready to publish")
    return 0


def _points(places: list[str], heading: str) -> int:
    """Print points to check under their heading ({n}: how many); how many there are."""
    if places:
        print(f"   {heading.format(n=len(places))}; check each:")
        for where in places:
            print(f"     {where}")
    return len(places)


def cmd_new_session(args: argparse.Namespace) -> int:
    """Create the next session's file from the newest one, every date and amount to confirm."""
    try:
        made = new_session(Path(args.data), args.notice, str(args.session), args.document)
    except ScaffoldError as exc:
        print(f"new-session: {exc}", file=sys.stderr)
        return 1
    print(f"created {made.path}")
    print(f"{made.marked} dates, times, amounts and seat counts are marked « À CONFIRMER »: write the confirmed value (delete the line only where the field is optional).")
    if made.texts_to_review:
        print("These texts name the previous session's year or notice; check them too:")
        for field in made.texts_to_review:
            print(f"  {field}")
    if made.copied:
        listed = ", ".join(f"{n} {name}" for name, n in made.copied.items())
        print(f"Copied as they were, to check against the new notice (no marker shows a change): {listed}.")
    print("Then run .venv/bin/imt-admissions validate until it lists nothing left to fix, "
          "then .venv/bin/imt-admissions check")
    return 0


def parser() -> argparse.ArgumentParser:
    """The command line of `imt-admissions`: its subcommands and their options."""
    p = argparse.ArgumentParser(prog="imt-admissions", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check every data file; print all errors at once")
    data_help = ("the data folder (default: $IMT_DATA_DIR if set, else the data/ folder of this copy of the "
                 "repository, beside generator/)")
    data_default = str(data_dir())
    v.add_argument("--data", default=data_default, help=data_help)
    v.set_defaults(func=cmd_validate)
    s = sub.add_parser("schema", help="write the JSON Schemas of the data files")
    s.add_argument("--out", default=str(DATA_DIR / "schema"), help="the folder to write into (default: data/schema/)")
    s.set_defaults(func=cmd_schema)
    b = sub.add_parser("build", help="build the site; the previous site stays if anything fails")
    b.add_argument("--data", default=data_default, help=data_help)
    b.add_argument("--site-dir", default=str(ROOT / "site"), help="the folder of the built site (default: site/)")
    b.set_defaults(func=cmd_build)
    sv = sub.add_parser("serve", help="build and serve the site locally, rebuilding on changes")
    sv.add_argument("--data", default=data_default, help=data_help)
    sv.add_argument("--dev-addr", default="127.0.0.1:8000", help="the local address (default: 127.0.0.1:8000)")
    sv.set_defaults(func=cmd_serve)
    c = sub.add_parser("check", help="validate, build strictly, check links and show what changed")
    c.add_argument("--data", default=data_default, help=data_help)
    c.add_argument("--notice", action="append", metavar="NOTICE",
                   help="show what changed for this notice only (repeatable; default: every notice)")
    c.set_defaults(func=cmd_check)
    n = sub.add_parser("new-session", help="scaffold the next session of a notice from its newest one")
    n.add_argument("notice", help="the notice id (a folder of data/notices/)")
    n.add_argument("--session", required=True, help='the new session, for example "2027"')
    n.add_argument("--document", required=True,
                   help="the id of the new notice in data/registry.yaml, once added there (for example 005)")
    n.add_argument("--data", default=data_default, help=data_help)
    n.set_defaults(func=cmd_new_session)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run `imt-admissions` with these arguments; the exit code."""
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
