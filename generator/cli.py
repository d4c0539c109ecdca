"""The `imt-admissions` command: validate, schema, build, serve, check, new-session."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .dataset import DATA_DIR, load_dataset
from .load import DataErrors
from .model.notice import Notice
from .model.recruiter import Recruiters
from .model.registry import Registry
from .model.school import Schools

SCHEMAS = {"registry": Registry, "schools": Schools, "recruiters": Recruiters, "notice": Notice}


def cmd_validate(args: argparse.Namespace) -> int:
    """Print every data error as file:line:col: field: message; exit 1 if any."""
    try:
        ds = load_dataset(Path(args.data))
    except DataErrors as exc:
        for error in exc.errors:
            print(error)
        print(f"{len(exc.errors)} error(s) in {args.data}", file=sys.stderr)
        return 1
    sessions = ", ".join(f"{n.notice} {n.session}" for n in (f.notice for f in ds.notices))
    print(f"data OK: {len(ds.schools)} schools, {len(ds.notices)} notice sessions ({sessions})")
    return 0


def write_schemas(out: Path) -> list[Path]:
    """Write one JSON Schema per data file kind, for editor completion."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = f"IMT admissions — {name} data file"
        path = out / f"{name}.schema.json"
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written


def cmd_schema(args: argparse.Namespace) -> int:
    for path in write_schemas(Path(args.out)):
        print(f"wrote {path}")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="imt-admissions", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check every data file; print all errors at once")
    v.add_argument("--data", default=str(DATA_DIR), help="the data folder (default: data/)")
    v.set_defaults(func=cmd_validate)
    s = sub.add_parser("schema", help="write the JSON Schemas of the data files")
    s.add_argument("--out", default=str(DATA_DIR / "schema"))
    s.set_defaults(func=cmd_schema)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
