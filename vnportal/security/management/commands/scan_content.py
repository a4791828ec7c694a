"""``manage.py scan_content --jsonl``: scan HTML items streamed as JSON lines.

Why a stream: the province's security officer exports suspicious pages (or a crawler dumps a
portal) and pipes them through the scanner, then greps or loads the verdicts. One input line
gives exactly one output line, in order, so outputs can be pasted next to inputs; a broken line
is reported in place instead of stopping the run, and the exit status says whether any line was
broken.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from vnportal.security.scanner import scan


class Command(BaseCommand):
    help = (
        "Scan HTML for injected gambling/betting/porn/scam content. With --jsonl, read lines "
        '{"id": ..., "html": ...} from stdin and write {"id", "verdict", "score", "reasons"} '
        "per line."
    )
    # Tests and callers inject the input stream: call_command("scan_content", "--jsonl",
    # stdin=io.StringIO(...)).
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument(
            "--jsonl",
            action="store_true",
            help="read JSON lines from standard input and write one JSON line per input line",
        )

    def handle(self, *args, **options):
        if not options["jsonl"]:
            raise CommandError("only --jsonl input is supported; see --help")
        stdin = options.get("stdin") or sys.stdin
        malformed = 0
        for number, line in enumerate(stdin, start=1):
            row, error = _parse(line, number)
            if error:
                malformed += 1
                out = {"id": None, "error": error}
            else:
                out = {"id": row["id"], **scan(row["html"]).as_dict()}
            self.stdout.write(json.dumps(out, ensure_ascii=False))
        self.stdout.flush()
        if malformed:
            raise CommandError(f"{malformed} malformed input line(s)", returncode=1)


def _parse(line: str, number: int) -> tuple[dict, str | None]:
    """Validate one input line; return (row, None) or ({}, "line N: what is wrong")."""
    if not line.strip():
        return {}, f"line {number}: empty line"
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return {}, f"line {number}: invalid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(row, dict):
        return {}, f"line {number}: expected a JSON object, got {type(row).__name__}"
    if "id" not in row:
        return {}, f'line {number}: missing "id"'
    if not isinstance(row.get("html"), str):
        return {}, f'line {number}: "html" must be a string'
    return row, None
