"""QGIS 4 readiness: no QGIS enum value is written unscoped.

QGIS 4 (PyQt6) drops ``QgsProcessingParameterNumber.Double`` and ``Qgis.Critical``; the scoped
forms (``QgsProcessingParameterNumber.Type.Double``, ``Qgis.MessageLevel.Critical``), which
QGIS 3.40 accepts, work on both. Each chain the plugin writes after a ``qgis.core`` /
``qgis.gui`` import (:mod:`tests.name_chains`) is resolved on the installed QGIS; when it ends
on an enum value, the object just before that value must be the value's own enum type.
"""
from __future__ import annotations

import enum
import importlib
from pathlib import Path

from tests.name_chains import NameChain, name_chains, python_files

ROOT = Path(__file__).resolve().parents[2]


def _is_enum_value(value: object) -> bool:
    kind = type(value)
    if isinstance(value, enum.Enum):
        return True
    # sip enums (PyQt5): int subclasses whose metatype is sip's enum type
    return isinstance(value, int) and kind is not int and kind is not bool \
        and type(kind).__name__ in ("enumtype", "sip.enumtype", "EnumType")


def _unscoped(chain: NameChain) -> str | None:
    """A message when the chain names an enum value through something else than its type."""
    parent = importlib.import_module(f"qgis.{chain.module}")
    obj = parent
    for name in chain.chain:
        parent, obj = obj, getattr(obj, name, None)
        if obj is None:
            return f"{chain.dotted} does not exist in this QGIS"
    if _is_enum_value(obj) and not (isinstance(parent, type) and isinstance(obj, parent)):
        return f"{chain.dotted}: write {type(obj).__qualname__}.{getattr(obj, 'name', chain.chain[-1])}"
    return None


def test_checker_flags_an_unscoped_value(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("from qgis.core import Qgis, QgsProcessingParameterNumber as N\n"
                      "a = (Qgis.Critical, Qgis.MessageLevel.Critical, N.Double, N.Type.Double)\n")
    problems = [_unscoped(c) for c in name_chains([source], "qgis.")]
    assert [p is not None for p in problems] == [True, False, True, False], problems


def test_no_unscoped_qgis_enum_in_the_plugin():
    files = python_files(ROOT / "isslide_qgis")
    chains = [c for c in name_chains(files, "qgis.") if c.module in ("core", "gui", "analysis")]
    assert len(chains) > 50, "the scanner found too few QGIS names"
    problems = [f"{Path(c.file).relative_to(ROOT)}:{c.line} {message}"
                for c in chains if (message := _unscoped(c))]
    assert not problems, "unscoped QGIS enums (gone in QGIS 4):\n" + "\n".join(problems)
