#!/usr/bin/env python3
"""Remake docs/review_dock.png: the real QGIS desktop under Xvfb, with the ISSLIDE dock and a
reviewed detection over the sample's optical image.

The built plugin is installed into a temporary QGIS profile (the user's own profile is never
touched) whose packages folder points at this Python's site-packages (torch); QGIS runs
``scripts/screenshot_startup.py`` with ``--code`` and quits; the PNG is then reduced to a
palette image so that it stays small.

Usage: screenshot.py --zip dist/isslide_qgis.zip --output docs/review_dock.png
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from desktop import run_desktop  # noqa: E402

#: largest PNG committed to docs/ (bytes)
MAX_BYTES = 500_000
TIMEOUT_S = 600


def run_qgis(work: Path, zip_path: Path, shot: Path, model: str) -> dict:
    """Start QGIS under Xvfb in an isolated profile; return the startup script's report."""
    run = run_desktop(work, zip_path, ROOT / "scripts" / "screenshot_startup.py",
                      {"ISSLIDE_SCREENSHOT": str(shot), "ISSLIDE_MODEL": model}, TIMEOUT_S)
    if run.status is None:
        sys.exit(f"QGIS ended (code {run.returncode}) without running the startup script:\n"
                 f"{run.tail()}")
    return run.status


def shrink(source: Path, output: Path) -> int:
    """Save ``source`` as a 256-colour PNG at ``output``; return its size in bytes."""
    from PIL import Image

    with Image.open(source) as image:
        palette = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
        output.parent.mkdir(parents=True, exist_ok=True)
        palette.save(output, optimize=True)
    return output.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", type=Path, default=ROOT / "dist" / "isslide_qgis.zip")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "review_dock.png")
    parser.add_argument("--model", default="sepunet_w8", help="shipped model to run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="isslide-screenshot-") as folder:
        work = Path(folder)
        shot = work / "screenshot.png"
        result = run_qgis(work, args.zip, shot, args.model)
        if not result.get("ok"):
            sys.exit("The screenshot scenario failed inside QGIS:\n" + result.get("error", ""))
        size = shrink(shot, args.output)
    if size > MAX_BYTES:
        sys.exit(f"{args.output} is {size} bytes (more than {MAX_BYTES}): reduce the screen size")
    print(f"{args.output}: {result['size'][0]}x{result['size'][1]}, {size // 1024} KB, "
          f"{result['areas']} areas in the review ({result['message']})")


if __name__ == "__main__":
    main()
