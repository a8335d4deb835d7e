"""Translation hook for the core's user-visible messages, without importing Qt.

Core code writes ``translate("IsslideCore", "text {name}").format(name=...)``; pylupdate5
extracts these calls like Qt's own. Outside QGIS the text stays English; the plugin installs
``QCoreApplication.translate`` with :func:`set_translator` when it loads, so the same
messages reach the analyst in French when QGIS runs in French.
"""
from __future__ import annotations

from typing import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def set_translator(translator: Translator | None) -> None:
    """Route core messages through ``translator(context, text)`` (None: back to English)."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    """Translate a core message (identity until the plugin installs a translator)."""
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pylupdate5 knows)
    """Mark ``text`` for translation without translating it now (translate it where shown)."""
    return text
