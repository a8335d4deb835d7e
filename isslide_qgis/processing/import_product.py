"""isslide:importproduct: a processor's product (file or pair folder) as this plugin's GeoTIFFs."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterDestination,
)

from .base import IsslideAlgorithm
from .inputs import progress_callbacks, report_notes


class ImportProduct(IsslideAlgorithm):
    """Read a recognised product with its processor's conventions; write two GeoTIFFs."""

    ID = "importproduct"
    GROUP = "datapreparation"
    INPUT = "INPUT"
    OUTPUT_INTERFEROGRAM = "OUTPUT_INTERFEROGRAM"
    OUTPUT_COHERENCE = "OUTPUT_COHERENCE"
    PRODUCT = "PRODUCT"
    BASELINE_DAYS = "BASELINE_DAYS"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Import an InSAR product")

    def help_text(self) -> str:
        """The algorithm's help."""
        return self.tr(
            "Opens what an InSAR processor wrote and writes it as two GeoTIFFs in this plugin's "
            "conventions, which QGIS opens and detection, other plugins and tools read: the "
            "wrapped phase in radians in [-pi, pi] (positive: motion towards the satellite) and "
            "the coherence in [0, 1], float32, with NaN declared as nodata.\n"
            "Input: a product file, or a pair folder holding one interferogram (its coherence "
            "is found beside it). Recognised: ISCE2 topsStack "
            "(merged/interferograms/<date1>_<date2>/filt_fine.int, filt_fine.cor) and topsApp "
            "(merged/filt_topophase.flat[.geo], phsig.cor or topophase.cor), read through the "
            ".vrt ISCE2 writes; GAMMA raw big-endian <pair>.adf.diff / .diff and .adf.cc / .cc, "
            "whose size, geocoding and dates come from the .off, .diff_par and DEM_par files "
            "(GDAL headers are written to a temporary folder, never beside your data); LiCSAR "
            "(0-255 coherence divided by 255), HyP3, PyRate, SNAP and ISSLIDE files. Zeros "
            "written as 'no data' become nodata; unwrapped phase is wrapped.\n"
            "Name the outputs <date1>_<date2>_phase.tif and <date1>_<date2>_coherence.tif to "
            "keep the dates for detection; the dates are also stored in the GeoTIFF tags. A "
            "whole folder of pairs goes to 'Process a stack of interferograms' directly. An "
            "output may not overwrite an input.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("Product file or pair folder (ISCE2, GAMMA, LiCSAR, HyP3...)")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_INTERFEROGRAM, self.tr("Interferogram (wrapped phase, radians)")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_COHERENCE, self.tr("Coherence [0, 1]")))
        self.addOutput(QgsProcessingOutputString(self.PRODUCT, self.tr("Recognised product")))
        self.addOutput(QgsProcessingOutputNumber(
            self.BASELINE_DAYS, self.tr("Temporal baseline (days; empty when unknown)")))

    def checkParameterValues(self, parameters: dict[str, Any],  # noqa: N802
                             context: QgsProcessingContext) -> tuple[bool, str]:
        """QGIS' file parameter takes files only; a pair folder is accepted here and checked by
        the core (which says what it found in it)."""
        value = parameters.get(self.INPUT)
        if not (isinstance(value, (str, Path)) and str(value).strip() and Path(value).is_dir()):
            return super().checkParameterValues(parameters, context)
        for definition in self.parameterDefinitions():
            if definition.name() != self.INPUT and not definition.checkValueIsAcceptable(
                    parameters.get(definition.name()), context):
                return False, self.tr("Incorrect parameter value for {name}").format(
                    name=definition.name())
        return True, ""

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.insar.product_import import import_product

        source = self.parameterAsFile(parameters, self.INPUT, context)
        interferogram = self.output_path(parameters, self.OUTPUT_INTERFEROGRAM, context)
        coherence = self.output_path(parameters, self.OUTPUT_COHERENCE, context)
        progress, is_canceled = progress_callbacks(feedback)
        result = import_product(source, interferogram, coherence, progress=progress,
                                is_canceled=is_canceled)
        report_notes(feedback, result.notes)
        return {self.OUTPUT_INTERFEROGRAM: str(result.interferogram),
                self.OUTPUT_COHERENCE: str(result.coherence) if result.coherence else None,
                self.PRODUCT: result.product.product.name,
                self.BASELINE_DAYS: result.product.baseline_days}
