#!/usr/bin/env python3
"""An analyst's session in the real QGIS desktop, ended the normal way: QGIS (under Xvfb, in a
temporary isolated profile with the built plugin) opens the ISSLIDE dock, runs a detection on
the bundled sample, accepts the first area, and quits with File > Exit. Checks that QGIS
exited with code 0 (no crash on quit) and that the review is in the corrections file;
prints a JSON report and exits with 0 only when both hold.

Usage: desktop_session.py [--zip dist/isslide_qgis.zip] [--model sepunet_w8]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from desktop import run_desktop  # noqa: E402

TIMEOUT_S = 300


def review_problems(corrections: Path, reviewed: dict[str, str]) -> list[str]:
    """What is missing from the corrections file: each reviewed area with its status."""
    from osgeo import ogr

    if not reviewed:
        return ["no area was reviewed"]
    if not corrections.is_file():
        return [f"no corrections file {corrections}"]
    ds = ogr.Open(str(corrections))
    layer = ds.GetLayerByName("corrections")
    problems = []
    for fid, status in reviewed.items():
        feature = layer.GetFeature(int(fid))
        found = feature.GetField("review_status") if feature is not None else None
        if found != status:
            problems.append(f"area {fid}: '{found}' in the file, '{status}' expected")
    ds = None
    return problems


def run_session(zip_path: Path, model: str) -> dict:
    """Run the session in a temporary folder; return the report (``ok``: all checks hold)."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="isslide-desktop-") as folder:
        run = run_desktop(Path(folder), zip_path, ROOT / "scripts" / "screenshot_startup.py",
                          {"ISSLIDE_MODE": "session", "ISSLIDE_MODEL": model}, TIMEOUT_S)
        status = run.status or {}
        problems = []
        if run.returncode != 0:
            problems.append(f"QGIS exited with code {run.returncode}")
        if not status.get("ok"):
            problems.append("the session failed inside QGIS: "
                            + status.get("error", "no report (startup script not run)"))
        else:
            problems += review_problems(Path(status["corrections"]), status["reviewed"])
        report = {"ok": not problems, "qgis_exit_code": run.returncode, "problems": problems,
                  "areas": status.get("areas"), "reviewed": status.get("reviewed"),
                  "message": status.get("message"),
                  "seconds": round(time.monotonic() - started, 1)}
        if problems:
            report["qgis_output"] = run.tail(2000)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", type=Path, default=ROOT / "dist" / "isslide_qgis.zip")
    parser.add_argument("--model", default="sepunet_w8", help="shipped model to run")
    args = parser.parse_args()
    report = run_session(args.zip, args.model)
    print(json.dumps(report, indent=2))
    sys.exit(0 if report["ok"] else 1)


if __name__ == "__main__":
    main()
