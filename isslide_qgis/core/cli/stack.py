"""``stack``: detection on every pair of a stack, resumable, with temporal consistency
(as isslide:processstack)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .common import add_detection_arguments, add_model_arguments, checkpoint, progress_printer

HELP = "detection on a stack of pairs (resumable; Dask with --scheduler) + temporal consistency"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="*", type=Path,
                        help="interferogram files, or folders to scan (names tell the dates)")
    parser.add_argument("--pairs-table", type=Path,
                        help="CSV: interferogram, coherence, date_first, date_second")
    parser.add_argument("--output-folder", type=Path, required=True,
                        help="per-pair outputs; run again with the same folder to resume")
    parser.add_argument("--consistency", type=Path,
                        help="temporal-consistency GeoPackage (default: in the output folder)")
    parser.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786")
    parser.add_argument("--coverage", type=float, default=0.5,
                        help="share of an area with valid data for a pair to cover it")
    add_model_arguments(parser)
    add_detection_arguments(parser)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from ..stack import DetectionSettings, StackRequest, process_stack

    if not args.inputs and not args.pairs_table:
        raise SystemExit("stack: give interferograms (files or folders) or --pairs-table")
    settings = DetectionSettings(
        checkpoint=checkpoint(args), threshold=args.threshold, min_area_m2=args.min_area,
        coherence_threshold=args.coherence_threshold, overlap=args.overlap,
        batch_size=args.batch_size, device=args.device, threads=args.threads,
        backend=args.backend)
    request = StackRequest(args.inputs, args.output_folder, settings, args.pairs_table,
                           args.consistency, args.scheduler, args.coverage)

    def report(outcome) -> None:
        if not args.quiet or outcome.status == "failed":
            detail = f": {outcome.error}" if outcome.error else f", {outcome.areas} areas"
            sys.stderr.write(f"\npair {outcome.name}: {outcome.status}{detail}\n")

    result = process_stack(request, progress_printer(args.quiet), report=report)
    return {"output_folder": str(args.output_folder), "consistency": str(result.consistency_path),
            "merged_areas": result.consistent_areas, "pairs": len(result.pairs),
            "done": result.names("done"), "skipped": result.names("skipped"),
            "failed": {name: result.outcomes[name].error for name in result.names("failed")}}
