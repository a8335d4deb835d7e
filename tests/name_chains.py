"""The dotted names a Python package uses from given modules (for the Qt6 / QGIS 4 checks).

For every ``.py`` file, the names imported from a watched module (``from qgis.PyQt.QtCore
import Qt``, ``from qgis.core import Qgis``, ``from qgis.PyQt import QtCore``) are followed
through the attribute chains written after them: ``Qt.AlignmentFlag.AlignRight`` gives
``("QtCore", ("Qt", "AlignmentFlag", "AlignRight"))``. Only what the source spells out is
found (a chain on a call's result or an instance is not), which is what a scoped-enum rule
is about. No import of the scanned code is needed.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class NameChain:
    """One use: ``module`` (relative to the watched prefix) and the attribute chain."""

    module: str
    chain: tuple[str, ...]
    file: str
    line: int

    @property
    def dotted(self) -> str:
        """``module:A.B.C`` for messages."""
        return f"{self.module}:{'.'.join(self.chain)}"


def _imports(tree: ast.AST, prefix: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Local name -> (module under ``prefix``, leading attributes) for the watched imports."""
    names: dict[str, tuple[str, tuple[str, ...]]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == prefix.rstrip("."):
                for alias in node.names:  # from qgis.PyQt import QtCore
                    names[alias.asname or alias.name] = (alias.name, ())
            elif node.module.startswith(prefix):
                module = node.module[len(prefix):]
                for alias in node.names:
                    if alias.name != "*":
                        names[alias.asname or alias.name] = (module, (alias.name,))
    return names


def _chain(node: ast.AST) -> tuple[str, tuple[str, ...]] | None:
    """(root name, attributes) of ``a.b.c``; None when the root is not a plain name."""
    attributes: list[str] = []
    while isinstance(node, ast.Attribute):
        attributes.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return node.id, tuple(reversed(attributes))
    return None


def name_chains(files: list[Path], prefix: str) -> list[NameChain]:
    """Every (longest) attribute chain rooted at a name imported from ``prefix`` modules."""
    found: list[NameChain] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        imported = _imports(tree, prefix)
        if not imported:
            continue
        inner: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute):
                inner.add(id(node.value))
        for node in ast.walk(tree):
            if id(node) in inner or not isinstance(node, (ast.Attribute, ast.Name)):
                continue
            parsed = _chain(node)
            if parsed is None or parsed[0] not in imported:
                continue
            module, lead = imported[parsed[0]]
            found.append(NameChain(module, lead + parsed[1], str(path), node.lineno))
    return found


def python_files(*folders: Path) -> list[Path]:
    """The package's ``.py`` files, without caches."""
    return sorted(p for folder in folders for p in folder.rglob("*.py")
                  if "__pycache__" not in p.parts)
