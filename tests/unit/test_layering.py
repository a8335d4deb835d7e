"""Dependencies point one way: the core never imports QGIS or Qt; loading stays light."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "isslide_qgis" / "core"
FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "PySide2", "PySide6", "sip")


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_core_never_imports_qgis_or_qt() -> None:
    offenders = {str(path.relative_to(ROOT)): sorted(_imported_roots(path) & set(FORBIDDEN))
                 for path in CORE.rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_package_imports_without_torch() -> None:
    code = ("import sys, importlib, pkgutil, isslide_qgis.core as c\n"
            "import isslide_qgis.core.errors, isslide_qgis.core.dependencies\n"
            "for m in pkgutil.iter_modules(c.__path__, 'isslide_qgis.core.'):\n"
            "    if m.ispkg: importlib.import_module(m.name)\n"
            "print('torch' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == "False", "importing core packages must not import torch"
