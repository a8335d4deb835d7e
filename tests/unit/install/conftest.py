"""Fixtures for the installer: QGIS' Python (Debian's, with numpy) and a fake pip."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

#: QGIS' Python on this project's machines (Debian's system interpreter, with numpy < 2)
QGIS_PYTHON = Path("/usr/bin/python3")

#: A stand-in for ``python -m pip``: writes a fake onnxruntime (and, as pip --target does, a
#: copy of numpy) into --target. FAKE_PIP_MODE: ok | fail | wrong-version | slow.
FAKE_PIP = '''
import os, sys, time
from pathlib import Path
args = sys.argv[1:]
target = Path(args[args.index("--target") + 1])
mode = os.environ.get("FAKE_PIP_MODE", "ok")
print("Collecting", " ".join(a for a in args if "==" in a or "<" in a), flush=True)
if os.environ.get("HTTPS_PROXY"):
    print("Using proxy", os.environ["HTTPS_PROXY"].split("@")[-1], flush=True)
if mode == "fail":
    print("ERROR: No matching distribution found for onnxruntime==1.32.0", flush=True)
    sys.exit(1)
if mode == "slow":
    time.sleep(60)
version = "1.31.0" if mode == "wrong-version" else "1.32.0"
(target / "onnxruntime").mkdir()
(target / "onnxruntime" / "__init__.py").write_text(f"__version__ = {version!r}\\n")
(target / f"onnxruntime-{version}.dist-info").mkdir()
(target / "numpy").mkdir()
(target / "numpy" / "__init__.py").write_text("__version__ = '1.26.4'\\n")
(target / "numpy-1.26.4.dist-info").mkdir()
(target / "numpy.libs").mkdir()
(target / "numpy.libs" / "libopenblas.so").write_bytes(b"")
(target / "bin").mkdir()
(target / "bin" / "f2py").write_text("#!/bin/sh\\n")
print("Successfully installed numpy-1.26.4 onnxruntime-" + version, flush=True)
'''


def _imports(python: Path, module: str) -> bool:
    done = subprocess.run([str(python), "-c", f"import {module}"], capture_output=True)
    return done.returncode == 0


@pytest.fixture(scope="session")
def qgis_python() -> Path:
    """Debian's Python (QGIS'): has numpy, must not have onnxruntime for the fake to be seen."""
    if not QGIS_PYTHON.is_file() or not _imports(QGIS_PYTHON, "numpy"):
        pytest.skip("needs QGIS' Python /usr/bin/python3 with numpy")
    if _imports(QGIS_PYTHON, "onnxruntime"):
        pytest.skip("/usr/bin/python3 already imports onnxruntime")
    return QGIS_PYTHON


@pytest.fixture()
def fake_pip(tmp_path: Path) -> list[str]:
    """The command that runs the fake pip."""
    script = tmp_path / "fake_pip.py"
    script.write_text(FAKE_PIP, encoding="utf-8")
    return [sys.executable, str(script)]
