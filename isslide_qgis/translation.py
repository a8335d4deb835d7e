"""Loading the plugin's Qt translations (``i18n/isslide_qgis_<locale>.qm``) by QGIS' locale."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .core.messages import set_translator
from .paths import translation_dirs


def install_translator() -> Optional[QTranslator]:
    """Install the translator for QGIS' current locale; return it (None if no translation)."""
    set_translator(QCoreApplication.translate)
    locale = (QgsApplication.locale() or "en")[:2]
    for folder in translation_dirs():
        qm_file = Path(folder) / f"isslide_qgis_{locale}.qm"
        if qm_file.is_file():
            translator = QTranslator()
            if translator.load(str(qm_file)):
                QCoreApplication.installTranslator(translator)
                return translator
    return None


def remove_translator(translator: Optional[QTranslator]) -> None:
    """Uninstall a translator installed by :func:`install_translator`."""
    set_translator(None)
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
