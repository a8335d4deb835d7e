"""``install``: PyTorch / ONNX Runtime and the missing geospatial packages for QGIS' Python.

``python -m isslide_qgis install detection|everything --target DIR [--wheels FOLDER]
[--dry-run]``: see :mod:`isslide_qgis.core.install`. Set DIR as the plugin's extra Python
packages folder (a re-run with everything present does nothing).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HELP = "install the Python packages the plugin needs into a packages folder for QGIS"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ..install.profiles import PROFILES

    parser.add_argument("profile", choices=list(PROFILES),
                        help="; ".join(f"{p.name}: {p.description}" for p in PROFILES.values()))
    parser.add_argument("--target", type=Path, required=True,
                        help="packages root (the plugin's extra Python packages folder)")
    parser.add_argument("--wheels", type=Path,
                        help="a local folder of wheels, used instead of the internet")
    parser.add_argument("--dry-run", action="store_true",
                        help="print the plan and the pip command; install nothing")
    parser.add_argument("--force", action="store_true", help="reinstall even when complete")
    parser.add_argument("--python", type=Path,
                        help="QGIS' Python interpreter (default: found from this process)")
    parser.add_argument("--driver-version",
                        help="NVIDIA driver version to plan for ('none': CPU; default: nvidia-smi)")
    parser.add_argument("--proxy", help="proxy for pip, http://[user:password@]host:port, given "
                        "to pip as HTTPS_PROXY (default: the environment's)")
    parser.add_argument("--log-dir", type=Path,
                        help="where the install log goes (default: --target)")


def run(args: argparse.Namespace) -> dict[str, Any]:
    from ..errors import InputDataError
    from ..install.installer import install
    from ..install.plan import make_plan
    from ..messages import translate

    if args.wheels is not None and not args.wheels.is_dir():
        raise InputDataError(translate("IsslideCore", "The wheels folder {folder} does not "
                                       "exist.").format(folder=args.wheels))
    target = args.target.expanduser().absolute()
    plan = make_plan(args.profile, target, python=args.python, driver_version=args.driver_version,
                     wheels=args.wheels, force=args.force, proxy=args.proxy)
    out = sys.stderr if args.json else sys.stdout
    print(plan.as_text(), file=out)
    if plan.up_to_date:
        print(translate("IsslideCore", "Everything is already installed in {folder}: nothing to "
                        "do.").format(folder=plan.active), file=out)
        return {"status": "up to date", "folder": str(plan.active), "plan": plan.as_dict()}
    if args.dry_run:
        return {"status": "dry run", "plan": plan.as_dict()}
    echo = None if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
    result = install(plan, args.log_dir or target, on_line=echo)
    print(translate("IsslideCore", "Installed into {folder}; set {target} as the plugin's extra "
                    "Python packages folder and restart QGIS.").format(
        folder=result.folder, target=target), file=out)
    return {**result.as_dict(), "target": str(target)}
