"""QGIS exits cleanly after the dock's tests: nothing they or the dock create outlives
``QgsApplication.exitQgis()`` (which once ended in a segmentation fault)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.qgis.test_dock_support import ROOT

#: the dock's test modules, run alone in a fresh interpreter
DOCK_TESTS = sorted(str(path.relative_to(ROOT))
                    for path in (ROOT / "tests" / "qgis").glob("test_dock*.py"))


@pytest.mark.slow
def test_dock_tests_alone_exit_with_code_zero(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OMP_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "pytest", *DOCK_TESTS, "-q",
         "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "run")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, (f"exit code {done.returncode}:\n{done.stdout[-4000:]}\n"
                                  f"{done.stderr[-4000:]}")
