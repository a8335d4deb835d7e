"""Qt6 readiness: every Qt name and attribute chain the plugin writes exists in PyQt6.

QGIS 4 runs on Qt6/PyQt6, where unscoped enums (``Qt.AlignRight``), ``exec_()`` and several
Qt5 names are gone. The chains are read from the source (:mod:`tests.name_chains`) and
resolved in a separate interpreter that imports PyQt6 (the PyPI wheel in
requirements-dev.txt), never beside QGIS' own PyQt5.
"""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.name_chains import name_chains, python_files

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "isslide_qgis"

RESOLVE = r"""
import importlib, json, sys
missing = []
for module, chain, where in json.load(sys.stdin):
    try:
        obj = importlib.import_module("PyQt6." + module)
        for name in chain:
            obj = getattr(obj, name)
    except (ImportError, AttributeError):
        missing.append(where + "  " + module + ":" + ".".join(chain))
print(json.dumps(missing))
"""


def _pyqt6_available() -> bool:
    probe = subprocess.run([sys.executable, "-c", "import PyQt6.QtCore"], capture_output=True)
    return probe.returncode == 0


def test_scanner_finds_unscoped_enums(tmp_path):
    """The scanner itself: it sees the chains written after a qgis.PyQt import."""
    source = tmp_path / "m.py"
    source.write_text("from qgis.PyQt.QtCore import Qt as Q\nfrom qgis.PyQt import QtGui\n"
                      "a = Q.AlignRight | Q.AlignmentFlag.AlignLeft\nb = QtGui.QColor\n")
    chains = {c.dotted for c in name_chains([source], "qgis.PyQt.")}
    assert chains == {"QtCore:Qt.AlignRight", "QtCore:Qt.AlignmentFlag.AlignLeft", "QtGui:QColor"}


@pytest.mark.skipif(not _pyqt6_available(), reason="PyQt6 wheel not installed (make setup)")
def test_every_qt_name_resolves_in_pyqt6():
    chains = name_chains(python_files(PACKAGE), "qgis.PyQt.")
    assert len(chains) > 50, "the scanner found too few Qt names: is it still reading the package?"
    payload = json.dumps([[c.module, list(c.chain), f"{Path(c.file).relative_to(ROOT)}:{c.line}"]
                          for c in chains])
    done = subprocess.run([sys.executable, "-c", RESOLVE], input=payload, capture_output=True,
                          text=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
                          timeout=120)
    assert done.returncode == 0, done.stderr
    missing = json.loads(done.stdout)
    assert not missing, "Qt5-only names (not in PyQt6):\n" + "\n".join(missing)


def test_no_exec_underscore_and_no_direct_pyqt_import():
    """``exec_()`` is gone in PyQt6; the plugin imports Qt only through ``qgis.PyQt``."""
    problems = []
    for path in python_files(PACKAGE):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "exec_":
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno} exec_()")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                    [a.name for a in node.names]
                if any(n.split(".")[0] in ("PyQt5", "PyQt6", "PySide2", "PySide6") for n in names):
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno} direct Qt import")
    assert not problems, "\n".join(problems)
