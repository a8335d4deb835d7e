"""``evaluate``: a model on an ISSLIDE dataset, HTML report and table (as isslide:evaluatemodel)."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .common import add_model_arguments, checkpoint, progress_printer

HELP = "evaluate a model on an ISSLIDE patch dataset (HTML report, CSV table)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dataset", type=Path, help="root of an ISSLIDE dataset")
    parser.add_argument("--report", type=Path, required=True, help="output HTML report")
    parser.add_argument("--table", type=Path, help="output CSV of the metrics")
    parser.add_argument("--test-zone", help="evaluate on this zone only")
    add_model_arguments(parser)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from ..training.model_report import evaluate_checkpoint

    result = evaluate_checkpoint(checkpoint(args), args.dataset, args.report, args.table,
                                 test_zone=args.test_zone, progress=progress_printer(args.quiet))
    return {"report": str(args.report), "table": str(args.table) if args.table else None,
            "summary": {name: {k: float(v) for k, v in values.items()
                               if isinstance(v, (int, float))}
                        for name, values in result.summary.items()}}
