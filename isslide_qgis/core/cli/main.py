"""``python -m isslide_qgis <command> ...``: the registry of sub-commands and error handling.

Errors the analyst can act on (bad file, unknown model...) print their message and exit with
status 2; Ctrl-C exits with 130 and leaves no half-written output (a stack keeps its finished
pairs). With ``--json`` the result is printed as JSON on stdout.
"""
from __future__ import annotations

import argparse
import json
import sys
from types import ModuleType
from typing import Sequence

from . import detect, evaluate, install, simulate, stack

#: sub-command name -> module with HELP, add_arguments(parser) and run(args) -> dict
COMMANDS: dict[str, ModuleType] = {
    "detect": detect,
    "stack": stack,
    "simulate": simulate,
    "evaluate": evaluate,
    "install": install,
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one sub-parser per command of :data:`COMMANDS`."""
    parser = argparse.ArgumentParser(
        prog="python -m isslide_qgis",
        description="isslide_qgis without QGIS: the same core calls as the Processing algorithms.")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")
    for name, module in COMMANDS.items():
        sub = commands.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit status."""
    from ..errors import IsslideError

    args = build_parser().parse_args(argv)
    try:
        result = COMMANDS[args.command].run(args)
    except IsslideError as exc:
        sys.stderr.write(f"\nisslide_qgis {args.command}: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write(f"\nisslide_qgis {args.command}: interrupted; no partial output was "
                         "left (a stack keeps its finished pairs: run it again to resume).\n")
        return 130
    if args.json:
        print(json.dumps(result, indent=2, default=str))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0
