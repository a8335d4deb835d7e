"""The provider's groups (ids are stable: graphical models refer to them)."""
from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication


def group_name(group_id: str) -> str:
    """Return the translated display name of a group id."""
    names = {
        "datapreparation": QCoreApplication.translate("IsslideGroups", "Data preparation"),
        "training": QCoreApplication.translate("IsslideGroups", "Training"),
        "detection": QCoreApplication.translate("IsslideGroups", "Detection"),
        "explanation": QCoreApplication.translate("IsslideGroups", "Explanation"),
        "workflows": QCoreApplication.translate("IsslideGroups", "Workflows"),
    }
    return names[group_id]
