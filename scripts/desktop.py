"""The real QGIS desktop under Xvfb, in a temporary isolated profile, running a startup script
(``qgis.bin --code``): what ``screenshot.py`` and ``desktop_session.py`` share.

The built plugin zip is installed into ``<work>/config/profiles/default`` (the user's own
profile is never touched), its packages folder points at this Python's site-packages (torch),
and copies of the bundled sample's rasters are put in ``<work>/sample``. The startup script
reads ``ISSLIDE_SAMPLE``, ``ISSLIDE_WORK`` and ``ISSLIDE_STATUS`` (the JSON report it writes)
from the environment, plus whatever ``extra_env`` adds; ``ISSLIDE_SCRIPTS`` (this folder) lets
it import ``startup_steps``.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from deploy import configure_profile, install_zip

ROOT = Path(__file__).resolve().parents[1]
QGIS = "/usr/bin/qgis.bin"
SCREEN = "-screen 0 1400x900x24"


@dataclass
class DesktopRun:
    """How QGIS ended and what its startup script reported (None: it never reported)."""

    returncode: int
    status: Optional[dict]
    stdout: str
    stderr: str

    def tail(self, chars: int = 3000) -> str:
        """The end of QGIS' output, for error messages."""
        return f"{self.stdout[-chars:]}\n{self.stderr[-chars:]}"


def run_desktop(work: Path, zip_path: Path, startup: Path, extra_env: dict[str, str],
                timeout_s: int) -> DesktopRun:
    """Install ``zip_path`` in an isolated profile under ``work`` and run QGIS with
    ``--code startup`` under Xvfb until it quits (or ``timeout_s`` passes)."""
    profile = work / "config" / "profiles" / "default"
    install_zip(zip_path, profile)
    configure_profile(profile, sysconfig.get_paths()["purelib"])
    sample = work / "sample"
    sample.mkdir(exist_ok=True)
    for name in ("optical", "coherence", "phase"):
        for file in (ROOT / "resources" / "sample").glob(f"{name}.tif*"):
            shutil.copy(file, sample / file.name)
    status = work / "status.json"
    dropped = ("PYTHONPATH", "PYTHONHOME", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(work / "config"), ISSLIDE_SAMPLE=str(sample),
               ISSLIDE_WORK=str(work), ISSLIDE_STATUS=str(status), LC_ALL="C.UTF-8",
               ISSLIDE_SCRIPTS=str(ROOT / "scripts"),
               **extra_env)
    command = ["xvfb-run", "-a", "-s", SCREEN, QGIS, "--noversioncheck", "--nologo",
               "--code", str(startup)]
    # a session of its own: a QGIS stuck in a dialog is killed with Xvfb, not orphaned
    qgis = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    try:
        stdout, stderr = qgis.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(qgis.pid, signal.SIGKILL)
        stdout, stderr = qgis.communicate()
        stderr += f"\nkilled after {timeout_s} s"
    report = json.loads(status.read_text()) if status.is_file() else None
    return DesktopRun(qgis.returncode, report, stdout, stderr)
