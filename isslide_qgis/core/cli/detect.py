"""``detect``: moving areas on one interferogram (as isslide:detectmovingareas)."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .common import add_detection_arguments, add_model_arguments, checkpoint, progress_printer

HELP = "probability raster and moving-area polygons on one interferogram"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("interferogram", type=Path, help="wrapped phase (or complex) raster")
    parser.add_argument("--coherence", type=Path,
                        help="coherence raster (default: the one beside the interferogram when "
                             "its processor's layout is known: LiCSAR, HyP3, PyRate, SNAP, ISSLIDE)")
    parser.add_argument("--encoding", default="auto",
                        help="phase encoding: auto, phase, complex, real_imag, cos_sin")
    parser.add_argument("--probability", type=Path, required=True, help="output GeoTIFF")
    parser.add_argument("--areas", type=Path, help="output GeoPackage of moving areas (with "
                        "their LOS displacement, velocity and velocity class)")
    parser.add_argument("--baseline-days", type=int,
                        help="the pair's interval for velocities (default: from the dates in "
                             "the name; without dates velocities stay empty)")
    add_model_arguments(parser)
    add_detection_arguments(parser)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from ..inference.detection import DetectionRequest, DetectionSettings, detect_moving_areas

    request = DetectionRequest(
        phase_path=args.interferogram, coherence_path=args.coherence,
        settings=DetectionSettings(
            checkpoint=checkpoint(args), encoding=args.encoding, threshold=args.threshold,
            min_area_m2=args.min_area, coherence_threshold=args.coherence_threshold,
            overlap=args.overlap, batch_size=args.batch_size, device=args.device,
            threads=args.threads, backend=args.backend),
        probability_path=args.probability, areas_path=args.areas, baseline_days=args.baseline_days)
    result = detect_moving_areas(request, progress_printer(args.quiet))
    return {"probability": str(result.probability_path),
            "areas": str(result.areas_path) if result.areas_path else None,
            "area_count": result.areas, "threshold": result.threshold, "model": result.model,
            "backend": result.backend,
            "notes": result.notes}
