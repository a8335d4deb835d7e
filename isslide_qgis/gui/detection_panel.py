"""The inputs of a detection run: rasters of the project, model, threshold, CAM method and the
corrections file the review is saved to."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import Qgis, QgsProject, QgsRasterLayer
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QWidget

from ..core.cam.registry import CAM_METHOD_TITLES
from ..core.inference.detection import DetectionSettings
from ..core.review.schema import ReviewSession
from ..processing.detect_moving_areas import default_model
from ..settings import setting
from .model_combo import ModelPicker
from .run_task import DetectionJob

GEOPACKAGE_SUFFIX = ".gpkg"


class DetectionPanel(QWidget):
    """Form of a detection run; :meth:`job` turns it into a :class:`DetectionJob`."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.interferogram_combo = self._raster_combo("isslideInterferogram", optional=False)
        self.interferogram_combo.setToolTip(self.tr("Wrapped interferogram (phase in radians, "
                                                    "complex, or two bands)"))
        form.addRow(self.tr("Interferogram"), self.interferogram_combo)
        self.coherence_combo = self._raster_combo("isslideCoherence", optional=True)
        form.addRow(self.tr("Coherence"), self.coherence_combo)
        self.optical_combo = self._raster_combo("isslideOptical", optional=True)
        self.optical_combo.setToolTip(self.tr("Optical image (e.g. SPOT 6/7) the results are "
                                              "placed above"))
        form.addRow(self.tr("Optical image"), self.optical_combo)
        self.model_picker = ModelPicker(default_model(), self)
        form.addRow(self.tr("Model"), self.model_picker)
        self.threshold_spin = QDoubleSpinBox(self)
        self.threshold_spin.setObjectName("isslideThreshold")
        self.threshold_spin.setRange(0.0, 1.0)
        self.threshold_spin.setSingleStep(0.05)
        self.threshold_spin.setDecimals(2)
        self.threshold_spin.setSpecialValueText(self.tr("model's"))
        self.threshold_spin.setToolTip(self.tr("Probability above which a pixel is moving; "
                                               "at the minimum: the model's own threshold"))
        form.addRow(self.tr("Threshold"), self.threshold_spin)
        self.cam_method_combo = QComboBox(self)
        self.cam_method_combo.setObjectName("isslideCamMethod")
        for name, title in CAM_METHOD_TITLES.items():
            self.cam_method_combo.addItem(title, name)
        self.cam_method_combo.setToolTip(self.tr("Class activation map method (ECSPLAIN's "
                                                 "localisation and the CAM layer)"))
        form.addRow(self.tr("CAM method"), self.cam_method_combo)
        self.cam_check = QCheckBox(self.tr("Add a CAM layer"), self)
        self.cam_check.setObjectName("isslideCamLayer")
        self.cam_check.setToolTip(self.tr("Also write the class activation map of the whole "
                                          "interferogram with this method (slower)"))
        form.addRow("", self.cam_check)
        self.corrections_widget = QgsFileWidget(self)
        self.corrections_widget.setObjectName("isslideCorrectionsFile")
        self.corrections_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.corrections_widget.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.corrections_widget.setDefaultRoot(str(setting("default_folder")))
        self.corrections_widget.setFilePath(str(setting("last_corrections")))
        self.corrections_widget.setToolTip(self.tr(
            "GeoPackage where the review is saved; the probability (and CAM) rasters are "
            "written beside it as <name>_probability.tif (<name>_cam.tif)"))
        form.addRow(self.tr("Corrections file"), self.corrections_widget)

    def _raster_combo(self, name: str, optional: bool) -> QgsMapLayerComboBox:
        combo = QgsMapLayerComboBox(self)
        combo.setObjectName(name)
        combo.setFilters(Qgis.LayerFilter.RasterLayer)
        if optional:
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
        return combo

    def restore(self, corrections: Path, session: ReviewSession) -> None:
        """Show a reopened session's inputs: its file, model and the project's rasters."""
        self.corrections_widget.setFilePath(str(corrections))
        if session.checkpoint and Path(session.checkpoint).is_file():
            if not self.model_picker.select_checkpoint(session.checkpoint):
                self.model_picker.add_checkpoint(session.checkpoint)
        for combo, source in ((self.interferogram_combo, session.interferogram),
                              (self.coherence_combo, session.coherence),
                              (self.optical_combo, session.optical)):
            layer = next((layer for layer in QgsProject.instance().mapLayers().values()
                          if source and layer.source().split("|")[0] == source), None)
            if layer is not None:
                combo.setLayer(layer)

    def corrections_path(self) -> Optional[Path]:
        """The chosen corrections file (``.gpkg`` added when missing); None when empty."""
        text = self.corrections_widget.filePath().strip()
        if not text:
            return None
        path = Path(text)
        return path if path.suffix.lower() == GEOPACKAGE_SUFFIX else path.with_name(
            path.name + GEOPACKAGE_SUFFIX)

    def _file(self, combo: QgsMapLayerComboBox) -> Optional[Path]:
        layer = combo.currentLayer()
        if layer is None:
            return None
        if not isinstance(layer, QgsRasterLayer) or layer.providerType() != "gdal":
            raise ValueError(self.tr("The layer '{layer}' is not a raster file: save it as a "
                                     "GeoTIFF first (right-click > Export > Save As...)."
                                     ).format(layer=layer.name()))
        return Path(layer.source().split("|")[0])

    def _optical_file(self) -> Optional[Path]:
        """The optical image's file, remembered with the session (None for a web basemap)."""
        layer = self.optical_combo.currentLayer()
        if layer is None or layer.providerType() != "gdal":
            return None
        return Path(layer.source().split("|")[0])

    def job(self) -> DetectionJob:
        """The run the form describes.

        Raises:
            ValueError: something is missing or unusable (message for the analyst).
        """
        interferogram = self._file(self.interferogram_combo)
        if interferogram is None:
            raise ValueError(self.tr("Choose an interferogram layer (add it to the project "
                                     "first)."))
        if not self.model_picker.checkpoint():
            raise ValueError(self.tr("Choose a model."))
        corrections = self.corrections_path()
        if corrections is None:
            raise ValueError(self.tr("Choose the corrections file (a GeoPackage) where the "
                                     "review is saved."))
        threads = int(setting("threads"))
        threshold = self.threshold_spin.value()
        settings = DetectionSettings(
            checkpoint=Path(self.model_picker.checkpoint()),
            threshold=threshold if threshold > self.threshold_spin.minimum() else None,
            cam_method=str(self.cam_method_combo.currentData()),
            device=str(setting("device")), threads=threads if threads > 0 else None,
            backend=str(setting("backend")))
        return DetectionJob(
            interferogram=interferogram, settings=settings, corrections=corrections,
            coherence=self._file(self.coherence_combo), optical=self._optical_file(),
            cam_layer=self.cam_check.isChecked())
