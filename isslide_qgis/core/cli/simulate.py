"""``simulate``: a simulated scene, or a simulated stack of pairs (as isslide:simulatescene)."""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

HELP = "a simulated interferogram with its truth, or a stack of 6/12/18-day pairs (--dates)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", type=Path, help="output folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--size", type=int, default=512, help="pixels a side")
    parser.add_argument("--baseline", type=int, default=6, help="days (single scene)")
    parser.add_argument("--crs", default="EPSG:32632", help="CRS, or 'none' for radar geometry")
    parser.add_argument("--dates", type=int, default=0,
                        help="simulate a stack of this many acquisitions 6 days apart instead")
    parser.add_argument("--start", default="2020-07-01", help="first date of a stack")


def run(args: argparse.Namespace) -> dict[str, Any]:
    from ..insar.simulation import SceneConfig, simulate_scene, write_scene_folder
    from ..stack.simulation import simulate_stack, stack_dates

    crs = None if args.crs.lower() == "none" else args.crs
    if args.dates:
        config = SceneConfig(height=args.size, width=args.size, crs=crs, optical=False)
        dates = stack_dates(dt.date.fromisoformat(args.start), args.dates)
        stack = simulate_stack(args.folder, args.seed, config, dates)
        return {"folder": str(args.folder), "pairs": {k: str(v) for k, v in stack.pairs.items()},
                "bodies": len(stack.bodies)}
    config = SceneConfig(height=args.size, width=args.size, baseline_days=args.baseline, crs=crs)
    written = write_scene_folder(simulate_scene(args.seed, config), args.folder)
    return {name: str(path) for name, path in written.items()}
