"""What the sub-commands share: model arguments, progress on stderr, cancellation by Ctrl-C."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

from ..inference.detection import DEFAULT_MIN_AREA_M2, DEFAULT_MODEL, ONNX_DEFAULT_MODEL, default_model

#: the default model of detection (the same as isslide:detectmovingareas')


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    """``--model`` (a shipped model), ``--checkpoint`` (a file, wins) and ``--device``."""
    from ...core.models.shipped import shipped_models
    from ...paths import models_dir

    names = ", ".join(shipped_models(models_dir())) or "-"
    parser.add_argument("--model", default=default_model(),
                        help=f"shipped model (default {DEFAULT_MODEL}; without PyTorch "
                             f"{ONNX_DEFAULT_MODEL}; shipped: {names})")
    parser.add_argument("--checkpoint", type=Path, help="checkpoint file (overrides --model)")
    parser.add_argument("--device", default="auto", choices=("auto", "cpu", "cuda"))


def add_detection_arguments(parser: argparse.ArgumentParser) -> None:
    """The detection settings shared by ``detect`` and ``stack``."""
    from ..inference.backends import BACKEND_CHOICES

    parser.add_argument("--threshold", type=float, help="threshold (default: the model's)")
    parser.add_argument("--min-area", type=float, default=DEFAULT_MIN_AREA_M2,
                        help="minimum area in m² (pixels without CRS), default "
                             f"{DEFAULT_MIN_AREA_M2:g}")
    parser.add_argument("--coherence-threshold", type=float, default=0.0)
    parser.add_argument("--overlap", type=int, help="tile overlap in pixels (default: half a tile)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--threads", type=int, help="CPU threads (default: all)")
    parser.add_argument("--backend", default="auto", choices=BACKEND_CHOICES,
                        help="auto (default): ONNX Runtime when it imports and the model has an "
                        ".onnx file, else PyTorch; ECSPLAIN always runs on PyTorch")


def checkpoint(args: argparse.Namespace) -> Path:
    """The checkpoint chosen by ``--checkpoint`` or ``--model`` (raises ModelError)."""
    from ...core.models.shipped import resolve_checkpoint
    from ...paths import models_dir

    return resolve_checkpoint(models_dir(), args.model,
                              str(args.checkpoint) if args.checkpoint else None)


def progress_printer(quiet: bool) -> Callable[[float], None] | None:
    """Print whole percents to stderr (``None`` when quiet)."""
    if quiet:
        return None
    last = [-1]

    def progress(percent: float) -> None:
        value = int(max(0.0, min(100.0, percent)))
        if value != last[0]:
            last[0] = value
            sys.stderr.write(f"\r{value:3d} %")
            sys.stderr.flush()
            if value == 100:
                sys.stderr.write("\n")

    return progress
