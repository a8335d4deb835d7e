"""isslide:preparechannels: the networks' input channels from an interferogram and coherence."""
from __future__ import annotations

from typing import Any

from qgis.core import (
    Qgis,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ..core.insar.conventions import CONVENTIONS, get_convention
from . import inputs
from .base import IsslideAlgorithm
from .inputs import add_interferogram_parameters, open_interferogram, progress_callbacks


class PrepareChannels(IsslideAlgorithm):
    """Write [coherence, cos, sin] or [coh*cos, coh*sin] channels as a GeoTIFF."""

    ID = "preparechannels"
    GROUP = "datapreparation"
    INTERFEROGRAM = inputs.INTERFEROGRAM
    COHERENCE = inputs.COHERENCE
    CONVENTION = "CONVENTION"
    COHERENCE_THRESHOLD = "COHERENCE_THRESHOLD"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Prepare input channels")

    def help_text(self) -> str:
        """The algorithm's help (the accepted values of its lists are appended)."""
        return self.tr(
            "Turns a wrapped interferogram and its coherence into the input channels of the "
            "networks, written as a float GeoTIFF on the interferogram's grid.\n"
            "Conventions: coh_cos_sin = [coherence, cos(phase), sin(phase)] (the 2023 "
            "segmenters FCN, DeepLabV3, UNet, ResUNet, SepUNet); cohcos_cohsin = "
            "[coherence*cos(phase), coherence*sin(phase)] (ECSPLAIN).\n"
            "The interferogram may be a phase in radians (one band), a complex band, two "
            "bands real/imaginary, or two bands cos/sin; the encoding is detected unless you "
            "choose it. Pixels whose coherence is below the threshold, and nodata pixels "
            "(swath borders, masked areas), are nodata in every channel. A coherence raster on "
            "another grid is resampled onto the interferogram's grid. A raster without CRS is "
            "treated as radar geometry: the output keeps its pixel grid.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        add_interferogram_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(
            self.CONVENTION, self.tr("Input convention"), options=list(CONVENTIONS),
            defaultValue="coh_cos_sin", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.COHERENCE_THRESHOLD, self.tr("Coherence threshold (below: nodata)"),
            Qgis.ProcessingNumberParameterType.Double, defaultValue=0.0, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Input channels")))

    def checkParameterValues(self, parameters: dict[str, Any],  # noqa: N802
                             context: QgsProcessingContext) -> tuple[bool, str]:
        convention = get_convention(self.parameterAsEnumString(parameters, self.CONVENTION,
                                                               context))
        if convention.needs_coherence and not parameters.get(self.COHERENCE):
            return False, self.tr("The convention {name} needs a coherence raster.").format(
                name=convention.name)
        return super().checkParameterValues(parameters, context)

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.insar.channels import write_channels_raster

        output = self.output_path(parameters, self.OUTPUT, context)
        progress, is_canceled = progress_callbacks(feedback)
        with open_interferogram(self, parameters, context, feedback) as reader:
            write_channels_raster(
                reader, output,
                self.parameterAsEnumString(parameters, self.CONVENTION, context),
                coherence_threshold=self.parameterAsDouble(parameters, self.COHERENCE_THRESHOLD,
                                                           context),
                progress=progress, is_canceled=is_canceled)
        return {self.OUTPUT: output}
