"""isslide:extractpatches: an ISSLIDE-layout training dataset from annotation polygons."""
from __future__ import annotations

from typing import Any

from qgis.core import (
    Qgis,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from . import inputs
from .base import IsslideAlgorithm
from .inputs import (
    add_interferogram_parameters,
    open_interferogram,
    progress_callbacks,
    raster_crs,
    shapely_geometries,
)


class ExtractPatches(IsslideAlgorithm):
    """Cut positive patches around annotations (and negatives away from them)."""

    ID = "extractpatches"
    GROUP = "datapreparation"
    INTERFEROGRAM = inputs.INTERFEROGRAM
    COHERENCE = inputs.COHERENCE
    ANNOTATIONS = "ANNOTATIONS"
    ZONE = "ZONE"
    DELAY = "DELAY"
    INTERFEROGRAM_NAME = "INTERFEROGRAM_NAME"
    PATCH_SIZE = "PATCH_SIZE"
    NEGATIVES = "NEGATIVES"
    SEED = "SEED"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    PATCH_COUNT = "PATCH_COUNT"
    NEGATIVE_COUNT = "NEGATIVE_COUNT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Extract training patches")

    def help_text(self) -> str:
        """The algorithm's help (the accepted values of its lists are appended)."""
        return self.tr(
            "Builds a training dataset in the ISSLIDE folder layout from an interferogram, its "
            "coherence and annotation polygons of moving areas.\n"
            "Positive patches (default 100 x 100 pixels) are centred on the local maxima of "
            "the distance transform of the annotations, as in the ISSLIDE dataset, so the same "
            "patches recur at every date of a zone. Negative patches are drawn at random away "
            "from every annotation (Negatives = how many).\n"
            "Layout: <folder>/<delay>/<zone>/<interferogram>/phase|coherence/<zone>_NNN.tif, "
            "masks in <folder>/<delay>/<zone>/Segmentations/<interferogram>/, negatives in "
            "<folder>/negatives/<delay>/<interferogram>/. Every patch keeps its "
            "georeferencing. Run it once per interferogram into the same folder to build a "
            "multi-date dataset; name interferograms by their dates (e.g. "
            "20200101_20200107) so training can split them chronologically.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        add_interferogram_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ANNOTATIONS, self.tr("Annotations (polygons of moving areas)"),
            [Qgis.ProcessingSourceType.VectorPolygon]))
        self.addParameter(QgsProcessingParameterString(
            self.ZONE, self.tr("Zone name (e.g. Queyras)"), defaultValue="Zone"))
        self.addParameter(QgsProcessingParameterNumber(
            self.DELAY, self.tr("Temporal baseline (days)"), Qgis.ProcessingNumberParameterType.Integer,
            defaultValue=6, minValue=1, maxValue=400))
        self.addParameter(QgsProcessingParameterString(
            self.INTERFEROGRAM_NAME, self.tr("Interferogram name (default: the file name)"),
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.PATCH_SIZE, self.tr("Patch size (pixels)"), Qgis.ProcessingNumberParameterType.Integer,
            defaultValue=100, minValue=16, maxValue=2048))
        self.addParameter(QgsProcessingParameterNumber(
            self.NEGATIVES, self.tr("Negative patches (no movement)"),
            Qgis.ProcessingNumberParameterType.Integer, defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed (negatives)"), Qgis.ProcessingNumberParameterType.Integer,
            defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Dataset folder")))
        self.addOutput(QgsProcessingOutputNumber(self.PATCH_COUNT, self.tr("Positive patches")))
        self.addOutput(QgsProcessingOutputNumber(self.NEGATIVE_COUNT,
                                                 self.tr("Negative patches")))

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.insar.isslide_layout import default_ifg_name
        from ..core.insar.isslide_writer import write_isslide_patches

        annotations = shapely_geometries(self, parameters, self.ANNOTATIONS, context,
                                         raster_crs(self, parameters, self.INTERFEROGRAM, context))
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        progress, is_canceled = progress_callbacks(feedback)
        with open_interferogram(self, parameters, context, feedback) as reader:
            ifg = (self.parameterAsString(parameters, self.INTERFEROGRAM_NAME, context)
                   or default_ifg_name(reader.phase_path))
            records = write_isslide_patches(
                folder, reader, annotations,
                zone=self.parameterAsString(parameters, self.ZONE, context),
                delay=self.parameterAsInt(parameters, self.DELAY, context), ifg=ifg,
                patch_size=self.parameterAsInt(parameters, self.PATCH_SIZE, context),
                negatives=self.parameterAsInt(parameters, self.NEGATIVES, context),
                seed=self.parameterAsInt(parameters, self.SEED, context),
                progress=progress, is_canceled=is_canceled)
        positives = sum(1 for record in records if record.positive)
        feedback.pushInfo(self.tr("{positives} positive and {negatives} negative patches written "
                                  "to {folder}").format(positives=positives,
                                                        negatives=len(records) - positives,
                                                        folder=folder))
        return {self.OUTPUT_FOLDER: folder, self.PATCH_COUNT: positives,
                self.NEGATIVE_COUNT: len(records) - positives}
