#!/usr/bin/env python3
"""Remake docs/install_dialog.png: the real QGIS desktop under Xvfb, Plugins ▸ ISSLIDE ▸ Install
dependencies… after a real *Detection only* installation from the test wheels folder.

The built plugin is installed into a temporary QGIS profile (the user's own profile is never
touched); QGIS runs ``scripts/install_dialog_startup.py`` with ``--code``, pip installs into a
packages folder inside that temporary profile, and the picture of the dialog is reduced to a
palette PNG. The wheels come from ``make setup`` (``.cache/wheels``).

Usage: screenshot_install_dialog.py [--zip dist/isslide_qgis.zip] [--wheels .cache/wheels]
       [--output docs/install_dialog.png]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from desktop import run_desktop  # noqa: E402
from screenshot import shrink  # noqa: E402

#: largest PNG committed for this picture (bytes)
MAX_BYTES = 200_000
TIMEOUT_S = 400


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", type=Path, default=ROOT / "dist" / "isslide_qgis.zip")
    parser.add_argument("--wheels", type=Path, default=ROOT / ".cache" / "wheels")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "install_dialog.png")
    args = parser.parse_args()
    if not any(args.wheels.glob("onnxruntime-*.whl")):
        sys.exit(f"No onnxruntime wheel in {args.wheels}: run `make setup` first.")
    with tempfile.TemporaryDirectory(prefix="isslide-install-shot-") as folder:
        work = Path(folder)
        shot = work / "screenshot.png"
        target = work / "config" / "profiles" / "default" / "isslide_packages"
        run = run_desktop(work, args.zip, ROOT / "scripts" / "install_dialog_startup.py",
                          {"ISSLIDE_SCREENSHOT": str(shot), "ISSLIDE_TARGET": str(target),
                           "ISSLIDE_WHEELS": str(args.wheels.resolve())}, TIMEOUT_S)
        if run.status is None:
            sys.exit(f"QGIS ended (code {run.returncode}) without running the startup script:\n"
                     f"{run.tail()}")
        if not run.status.get("ok"):
            sys.exit("The installation scenario failed inside QGIS:\n" + run.status["error"])
        size = shrink(shot, args.output)
    if size > MAX_BYTES:
        sys.exit(f"{args.output} is {size} bytes (more than {MAX_BYTES}): make the dialog smaller")
    width, height = run.status["size"]
    print(f"{args.output}: {width}x{height}, {size // 1024} KB; onnxruntime imported without "
          f"a restart from {run.status['onnxruntime']}")


if __name__ == "__main__":
    main()
