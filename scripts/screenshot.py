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
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from deploy import configure_profile, install_zip  # noqa: E402

QGIS = "/usr/bin/qgis.bin"
SCREEN = "-screen 0 1400x900x24"
#: largest PNG committed to docs/ (bytes)
MAX_BYTES = 500_000
TIMEOUT_S = 600


def run_qgis(work: Path, zip_path: Path, shot: Path, model: str) -> dict:
    """Start QGIS under Xvfb in an isolated profile; return the startup script's report."""
    config = work / "config"
    profile = config / "profiles" / "default"
    install_zip(zip_path, profile)
    configure_profile(profile, sysconfig.get_paths()["purelib"])
    sample = work / "sample"
    sample.mkdir()
    for name in ("optical", "coherence", "phase"):
        for file in (ROOT / "resources" / "sample").glob(f"{name}.tif*"):
            shutil.copy(file, sample / file.name)
    status = work / "status.json"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME",
                                                           "QT_QPA_PLATFORM")}
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(config), ISSLIDE_SAMPLE=str(sample),
               ISSLIDE_WORK=str(work), ISSLIDE_SCREENSHOT=str(shot), ISSLIDE_STATUS=str(status),
               ISSLIDE_MODEL=model, LC_ALL="C.UTF-8")
    command = ["xvfb-run", "-a", "-s", SCREEN, QGIS, "--noversioncheck", "--nologo",
               "--code", str(ROOT / "scripts" / "screenshot_startup.py")]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    if not status.is_file():
        sys.exit(f"QGIS ended (code {done.returncode}) without running the startup script:\n"
                 f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return json.loads(status.read_text())


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
