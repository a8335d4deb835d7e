"""The table of areas under review: score, area, coherence, velocity class, status; by
decreasing score."""
from __future__ import annotations

from typing import Any, Optional

from qgis.core import QgsDistanceArea, QgsFeature, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from qgis.PyQt.QtGui import QColor

from ..core.review.areas import ReviewArea, review_order
from ..core.review.vocabulary import DETECTED, STATUS_TITLES, UNREVIEWED

#: status -> background colour of its cell (the colours of the corrections style)
STATUS_COLOURS = {"accepted": QColor(51, 160, 44, 90), "rejected": QColor(227, 26, 28, 90),
                  "uncertain": QColor(255, 221, 0, 110), "unreviewed": QColor(255, 140, 0, 60)}


def _value(feature: QgsFeature, name: str, default: Any = None) -> Any:
    index = feature.fields().indexOf(name)
    if index < 0:
        return default
    value = feature.attribute(index)
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return default
    return value


def _number(value: Any) -> Optional[float]:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def read_areas(layer: QgsVectorLayer) -> list[ReviewArea]:
    """The areas of a corrections layer (edit buffer included), in review order."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
    if layer.crs().isValid():
        measure.setEllipsoid(layer.crs().ellipsoidAcronym() or "EPSG:7030")
    areas = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        area_id = _value(feature, "area_id")
        areas.append(ReviewArea(
            fid=feature.id(), area_id=int(area_id) if area_id is not None else None,
            score=_number(_value(feature, "score")),
            area=measure.measureArea(geometry) if not geometry.isNull() else None,
            coherence=_number(_value(feature, "mean_coherence")),
            status=str(_value(feature, "review_status", UNREVIEWED)),
            comment=str(_value(feature, "comment", "")),
            origin=str(_value(feature, "origin", DETECTED)),
            velocity_class=_value(feature, "vel_class"),
            velocity=_number(_value(feature, "vel_los_cm_yr")),
            reliability=_value(feature, "kin_reliability")))
    return review_order(areas)


class ReviewTableModel(QAbstractTableModel):
    """Rows: :class:`ReviewArea` in review order. Refresh with :meth:`reload`."""

    COLUMNS = ("area", "score", "size", "coherence", "velocity", "status")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.areas: list[ReviewArea] = []
        self.layer: Optional[QgsVectorLayer] = None
        self.in_pixels = False

    def set_layer(self, layer: Optional[QgsVectorLayer]) -> None:
        """Show the areas of ``layer`` (None: empty table)."""
        self.layer = layer
        self.reload()

    def reload(self) -> None:
        """Read the layer again (after edits, status changes, undo)."""
        self.beginResetModel()
        self.areas = read_areas(self.layer) if self.layer is not None else []
        self.in_pixels = self.layer is not None and not self.layer.crs().isValid()
        self.endResetModel()

    def row_of(self, fid: int) -> Optional[int]:
        """Row of the feature ``fid`` (None when it is gone)."""
        return next((row for row, area in enumerate(self.areas) if area.fid == fid), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.areas)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Area"), self.tr("Score"), self.tr("Size"), self.tr("Coherence"),
                self.tr("Velocity (cm/yr)"), self.tr("Status"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        area = self.areas[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(area, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == "status":
            return STATUS_COLOURS.get(area.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "velocity":
                return self._velocity_tip(area)
            return area.comment or None
        if role == Qt.ItemDataRole.UserRole:
            return area.fid
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "status":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, area: ReviewArea, column: str) -> str:
        if column == "area":
            return str(area.area_id) if area.area_id is not None else self.tr("new")
        if column == "score":
            return f"{area.score:.2f}" if area.score is not None else "–"
        if column == "size":
            if area.area is None:
                return "–"
            if self.in_pixels:  # radar geometry: pixel coordinates
                return self.tr("{value:.0f} px").format(value=area.area)
            return self.tr("{value:.2f} ha").format(value=area.area / 1e4)
        if column == "coherence":
            return f"{area.coherence:.2f}" if area.coherence is not None else "–"
        if column == "velocity":
            return area.velocity_class or "–"
        return QCoreApplication.translate("IsslideReview",
                                          STATUS_TITLES.get(area.status, area.status))

    def _velocity_tip(self, area: ReviewArea) -> Optional[str]:
        if area.velocity_class is None:
            return None
        if area.velocity is None:
            return self.tr("No LOS velocity (reliability: {reliability})").format(
                reliability=area.reliability or "–")
        return self.tr("LOS velocity {value:.1f} cm/yr (+ towards the satellite), reliability: "
                       "{reliability}").format(value=area.velocity,
                                               reliability=area.reliability or "–")
