"""The real QGIS desktop (under Xvfb) quits cleanly after a review in the dock: File > Exit
ends with exit code 0 and the accepted area is in the corrections file."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.qgis.test_dock_support import ROOT


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (make setup)")
def test_desktop_session_exits_with_code_zero(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_package import build
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    zip_path = tmp_path / "isslide_qgis.zip"
    build(zip_path)  # the zip as `make package` builds it
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "desktop_session.py"),
                           "--zip", str(zip_path)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=400)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] and report["qgis_exit_code"] == 0
    assert list(report["reviewed"].values()) == ["accepted"] and report["areas"] >= 1
