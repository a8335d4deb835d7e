#!/usr/bin/env python3
"""Fetch, once, the wheels the installer's end-to-end test installs offline.

The requirements are exactly what ``python -m isslide_qgis install detection`` plans for QGIS'
Python: ONNX Runtime, ``numpy<2`` (pip needs a numpy to resolve; the installer removes it
again) and whichever of rasterio, shapely, scipy and scikit-image that Python cannot import;
pip adds their dependencies. The wheels are downloaded with QGIS' own pip, so they match its
Python (cp311, manylinux on Debian 12).

Idempotent: when pip resolves every requirement from the cache alone (no index, no pip
configuration), nothing is downloaded. When the cache cannot be filled (no network), a warning
is printed and the exit status is 0 (``make setup`` goes on; the test then skips, saying why),
unless ``--strict``.

Usage: fetch_test_wheels.py [--dest .cache/wheels] [--python /usr/bin/python3] [--strict]
"""
from __future__ import annotations

import argparse
import os
import subprocess  # nosec B404
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEST = ROOT / ".cache" / "wheels"


def detection_requirements(python: Path) -> list[str]:
    """What ``install detection`` would ask pip for, with ``python`` as QGIS' Python."""
    sys.path.insert(0, str(ROOT))
    from isslide_qgis.core.install.plan import make_plan

    with tempfile.TemporaryDirectory() as unused:
        return make_plan("detection", Path(unused) / "packages", python=python).requirements


def offline_environment() -> dict[str, str]:
    """This environment without pip's configuration: pip sees the cache folder and nothing else."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    return env


def download(python: Path, dest: Path, requirements: list[str], offline: bool) -> int:
    """``pip download`` the requirements (and dependencies) into ``dest``; pip's exit status."""
    command = [str(python), "-m", "pip", "download", "--dest", str(dest), "--only-binary=:all:",
               "--disable-pip-version-check", "--no-input", "--progress-bar", "off"]
    if offline:
        command += ["--no-index", "--find-links", str(dest)]
    done = subprocess.run(command + requirements, capture_output=True, text=True,  # nosec B603
                          env=offline_environment() if offline else None, check=False)
    if done.returncode != 0 and not offline:
        print(done.stdout[-2000:] + done.stderr[-2000:], file=sys.stderr)
    return done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, default=DEFAULT_DEST, help="the wheel cache folder")
    parser.add_argument("--python", type=Path, default=Path("/usr/bin/python3"),
                        help="QGIS' Python (default: Debian's /usr/bin/python3)")
    parser.add_argument("--strict", action="store_true",
                        help="exit with status 1 when the cache cannot be completed")
    args = parser.parse_args()
    requirements = detection_requirements(args.python)
    args.dest.mkdir(parents=True, exist_ok=True)
    if download(args.python, args.dest, requirements, offline=True) == 0:
        print(f"Test wheels: present in {args.dest} ({' '.join(requirements)})")
        return 0
    print(f"Test wheels: downloading {' '.join(requirements)} into {args.dest}")
    if download(args.python, args.dest, requirements, offline=False) == 0 and \
            download(args.python, args.dest, requirements, offline=True) == 0:
        return 0
    print(f"WARNING: could not fetch the test wheels into {args.dest} (no network?); the "
          "installer's end-to-end test will be skipped. Re-run `make setup` where PyPI is "
          "reachable.", file=sys.stderr)
    return 1 if args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
