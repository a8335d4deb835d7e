#!/usr/bin/env python3
"""Evaluate the shipped models on held-out simulated scenes (seeds never used in training).

Writes docs/held_out_evaluation.json and prints the README table (model, object F1, pixel IoU,
AUROC, threshold, false alarms per 100 km^2 on decoy-only scenes, size, CPU ms per patch),
with the phase-gradient baseline as the last row.
Usage: evaluate_held_out.py [--models resources/models] [--output docs/held_out_evaluation.json]
       [--threads 2] [--timing-only]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def table(results: dict) -> str:
    """The Markdown table of the README."""
    lines = ["| model | object F1 | pixel IoU | AUROC | threshold | false alarms /100 km² "
             "(decoy-only) | ECSPLAIN patch accuracy | size (MB) | CPU ms / patch |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, row in results["models"].items():
        lines.append(f"| {name} | {row['object_f1']:.2f} | {row['pixel_iou']:.2f} | "
                     f"{row['pixel_auroc']:.2f} | {row['threshold']:.2f} | "
                     f"{row.get('false_alarms_per_100km2', float('nan')):.1f} | "
                     f"{row.get('patch_accuracy', float('nan')):.2f} | {row['size_mb']:.2f} | "
                     f"{row['cpu_ms_per_patch']:.1f} |")
    base = results["baseline"]
    lines.append(f"| phase-gradient baseline | {base['object_f1']:.2f} | {base['pixel_iou']:.2f} "
                 f"| {base['pixel_auroc']:.2f} | {base['threshold']:.2f} | "
                 f"{base.get('false_alarms_per_100km2', float('nan')):.1f} | – | – | – |")
    return "\n".join(lines).replace("nan", "–")


def retime(output: Path, models: Path) -> None:
    """Re-measure ``cpu_ms_per_patch`` of every model of an existing results file."""
    from isslide_qgis.core.models.checkpoint import load_checkpoint
    from isslide_qgis.core.models.shipped import shipped_models
    from isslide_qgis.core.training.held_out import cpu_ms_per_patch

    results = json.loads(output.read_text())
    for name, path in shipped_models(models).items():
        model, card = load_checkpoint(path)
        results["models"][name]["cpu_ms_per_patch"] = cpu_ms_per_patch(model, card, repeats=20)
    output.write_text(json.dumps(results, indent=2))
    print(table(results))


def main() -> None:
    import torch

    from isslide_qgis.core.models.checkpoint import load_checkpoint
    from isslide_qgis.core.models.shipped import shipped_models
    from isslide_qgis.core.training.held_out import HeldOutSpec, baseline_validation_scenes, \
        evaluate_baseline, evaluate_model, held_out_data

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, default=ROOT / "resources" / "models")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "held_out_evaluation.json")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--timing-only", action="store_true",
                        help="only re-measure the CPU time per patch in an existing --output "
                             "(e.g. on an idle machine) and print the table")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    if args.timing_only:
        retime(args.output, args.models)
        return
    started = time.perf_counter()
    spec = HeldOutSpec()
    data = held_out_data(spec)
    results = {"spec": spec.__dict__, "threads": args.threads, "models": {},
               "baseline": evaluate_baseline(data, baseline_validation_scenes())}
    for name, path in shipped_models(args.models).items():
        model, card = load_checkpoint(path)
        results["models"][name] = {**evaluate_model(model, card, data),
                                   "size_mb": round(path.stat().st_size / 2**20, 2)}
        print(name, results["models"][name], flush=True)
    results["seconds"] = round(time.perf_counter() - started, 1)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2))
    print(table(results))


if __name__ == "__main__":
    main()
