#!/usr/bin/env python3
"""Which physics makes a validation family hard: swap one effect's model and score again.

Takes a family of :mod:`isslide_qgis.core.insar.simulation.families` (default: selection),
replaces the model of one effect (``chain=goldstein``, ``deformation=bump``...) and scores a
shipped model on the same seeds as scripts/validate_out_of_family.py (real density, the
card's calibrated threshold, the default minimum area), by mutual coverage with recall by
signal strength. The original family is scored too, for comparison. A diagnosis, never a
calibration: nothing is written but the caches under --cache (scenes and maps).

Usage: OMP_NUM_THREADS=1 swap_physics.py [--family selection] [--model ecsplain_resnet18_w16]
       chain=goldstein coherence=parcels deformation=bump ...
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def swapped_family(family, swap: str):
    """``family`` with one ``effect=model`` replaced (a family of the same role)."""
    from isslide_qgis.core.insar.simulation.families import SimulationFamily

    effect, _, model = swap.partition("=")
    if not model:
        raise SystemExit(f"'{swap}': give a swap as effect=model, e.g. deformation=bump")
    try:
        return SimulationFamily(f"{family.name}_{effect}_{model}", family.role,
                                {**family.models, effect: model}, f"{family.name} with {swap}")
    except ValueError as error:
        raise SystemExit(str(error)) from None


def _number(value: float | None, digits: int) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def row(name: str, summary: dict) -> str:
    """One Markdown row: F1, precision / recall, false alarms, recall by signal class and, of the
    strong areas, by wrapped offset."""
    signal = " | ".join(f"{_number(v['value'], 2)} (n={v['n']})"
                        for entry in ("recall_by_signal", "recall_by_offset") for v in summary[entry].values())
    return (f"| {name} | {_number(summary['object_f1_mean']['value'], 3)} | "
            f"{summary['object_precision_pooled']:.2f} / {summary['object_recall_pooled']:.2f} | "
            f"{_number(summary['false_alarms_per_100km2']['value'], 1)} | {signal} |")


def main(argv: list[str] | None = None) -> int:
    import torch

    import validate_out_of_family as validation
    from isslide_qgis.core.inference.detection import DEFAULT_MIN_AREA_M2, map_threshold
    from isslide_qgis.core.insar.simulation.families import get_family
    from isslide_qgis.core.models.checkpoint import load_checkpoint
    from isslide_qgis.core.training.out_of_family import (OFFSET_CLASSES, SIGNAL_CLASSES, detection_maps,
                                                             summarise_maps)

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("swaps", nargs="+", help="effect=model, one family per swap")
    parser.add_argument("--family", default="selection", choices=("selection", "untouched"))
    parser.add_argument("--model", default="ecsplain_resnet18_w16")
    validation.add_set_arguments(parser)
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    original = get_family(args.family)
    families = [original] + [swapped_family(original, swap) for swap in args.swaps]
    model, card = load_checkpoint(args.models / f"{args.model}.pt")
    threshold = map_threshold(card)
    print(f"{args.model} at {threshold:.2f}, minimum area {DEFAULT_MIN_AREA_M2 / 1e4:g} ha, "
          f"seeds of the {args.family} set")
    print("| family | object F1 | precision / recall | FA /100 km² | "
          + " | ".join(f"recall {label}" for label, _, _ in SIGNAL_CLASSES + OFFSET_CLASSES) + " |")
    print("|---|---:|---:|---:|" + "---:|" * len(SIGNAL_CLASSES + OFFSET_CLASSES))
    for family in families:
        scenes = validation._scenes([family], validation.FIRST_SEEDS[args.family], args)
        maps = detection_maps(model, card, scenes, args.cache / "maps")
        summary = summarise_maps(maps, scenes, threshold, DEFAULT_MIN_AREA_M2, bootstrap=0)
        print(row(family.name, summary.to_dict()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
