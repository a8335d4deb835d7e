"""The plugin speaks French when QGIS does (the lab and most users are French-speaking)."""
from __future__ import annotations

from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = "isslide_qgis"


def test_compiled_french_translation_exists() -> None:
    assert (ROOT / "i18n" / "isslide_qgis_fr.qm").is_file(), "run make transcompile"


def test_french_locale_translates_dock_algorithms_and_core_messages(zip_plugin, french_locale):
    assert QgsApplication.locale() == "fr_FR"
    assert qgis.utils.loadPlugin(PLUGIN)
    assert qgis.utils.startPlugin(PLUGIN)
    dock = zip_plugin.iface.docks()[0]
    assert dock.windowTitle() == "ISSLIDE : détection et revue"
    algorithm = QgsApplication.processingRegistry().algorithmById("isslide:checkinstallation")
    assert algorithm.displayName() == "Vérifier l'installation"
    assert algorithm.group() == "Chaînes de traitement"
    detection = QgsApplication.processingRegistry().algorithmById("isslide:detectmovingareas")
    assert detection.parameterDefinition("MODEL").description() == "Modèle fourni"  # shared inputs
    from isslide_qgis.core.dependencies import torch_fix_message  # the packaged copy

    message = torch_fix_message("/tmp/x", "absent")
    assert "Ou à la main" in message
    assert "Extensions ▸ ISSLIDE ▸ Installer les dépendances…" in message  # the French menu
    assert qgis.utils.unloadPlugin(PLUGIN)


def test_english_locale_keeps_english(zip_plugin) -> None:
    assert qgis.utils.loadPlugin(PLUGIN)
    assert qgis.utils.startPlugin(PLUGIN)
    assert zip_plugin.iface.docks()[0].windowTitle() == "ISSLIDE detection and review"
