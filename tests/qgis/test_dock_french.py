"""The dock speaks French when QGIS does: buttons, table, statuses, layer names."""
from __future__ import annotations

import qgis.utils
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QPushButton, QToolButton

PLUGIN = "isslide_qgis"


def test_dock_in_french(zip_plugin, french_locale) -> None:
    assert qgis.utils.loadPlugin(PLUGIN) and qgis.utils.startPlugin(PLUGIN)
    dock = zip_plugin.iface.docks()[0]
    buttons = {button.objectName(): button.text() for button in dock.findChildren(QPushButton)}
    assert buttons["isslideRun"] == "Lancer la détection"
    assert buttons["isslideOpen"] == "Ouvrir la revue"
    assert buttons["isslideFinetune"] == "Affiner sur mes corrections"
    tools = {button.objectName(): button.text() for button in dock.findChildren(QToolButton)}
    assert tools["isslideButton_accepted"] == "Accepter"
    assert tools["isslideButton_next"] == "Suivante"
    table = dock.review_panel.model
    assert [table.headerData(i, Qt.Orientation.Horizontal) for i in range(6)] == [
        "Zone", "Score", "Surface", "Cohérence", "Vitesse (cm/an)", "Statut"]
    assert "Aucune revue ouverte" in dock.review_panel.summary_label.text()
    assert QCoreApplication.translate("IsslideReview", "Accepted") == "Acceptée"
    assert qgis.utils.unloadPlugin(PLUGIN)
