"""python -m wizard --profile FILE.json|- [--now DATE]: print the verdicts as one JSON object (exit 2 if the profile
is invalid)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .deadline import parse_now
from .engine import evaluate, load_rules
from .fees import PickError, fee_total


def main(argv: list[str] | None = None) -> int:
    """Run the wizard on a profile file and print its verdicts; the exit code."""
    p = argparse.ArgumentParser(prog="python -m wizard", description=__doc__)
    p.add_argument("--profile", required=True, help="the profile as a JSON file, or - for standard input")
    p.add_argument("--rules", help="another rules.json (default: the one next to the package)")
    p.add_argument("--pick", default="", help="comma-separated route ids: add their application-fee total")
    p.add_argument("--indent", type=int, default=None, help="pretty-print with this indent")
    p.add_argument("--now", help="a Paris date or time, 2026-03-20 or 2026-03-20T14:00: give each deadline its "
                   "status (upcoming, open, closed) at that moment")
    args = p.parse_args(argv)
    if args.now is not None:
        try:
            parse_now(args.now)  # an error said as the option it is, before the profile is read
        except ValueError as exc:
            print(f"invalid --{exc}", file=sys.stderr)
            return 2
    try:
        text = sys.stdin.read() if args.profile == "-" else Path(args.profile).read_text(encoding="utf-8")
    except OSError as exc:
        print(f"profile: cannot read {args.profile}: {exc.strerror}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(f"profile: {args.profile} is not UTF-8 text ({exc.reason} at byte {exc.start})", file=sys.stderr)
        return 2
    try:
        profile = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: arrays nested thousands deep
        print(f"profile: not valid JSON ({exc})", file=sys.stderr)
        return 2
    try:
        rules = load_rules(args.rules)
    except (OSError, ValueError, KeyError) as exc:
        print(f"rules: {exc}", file=sys.stderr)
        return 1
    try:
        result = evaluate(profile, rules, now=args.now)
    except ValueError as exc:
        print(f"invalid profile: {exc}", file=sys.stderr)
        return 2
    if args.pick:
        try:
            result["fee_total"] = fee_total(result, [i for i in args.pick.split(",") if i])
        except PickError as exc:
            print(f"invalid pick: {exc}", file=sys.stderr)
            return 2
    try:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=args.indent)
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (`| head`): not an error of the wizard, and no traceback. Python's own
        # flush at exit would fail again, so stdout is pointed at /dev/null (as the Python docs advise).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
