"""isslide:classactivationmap: where a model looked, as a georeferenced raster over a whole scene."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..core.cam.registry import CAM_METHODS, CAM_TARGET_TITLES
from ..core.cam.views import DEFAULT_VIEWS
from ..paths import style_path
from . import inputs
from .base import IsslideAlgorithm
from .detect_moving_areas import DEFAULT_MODEL
from .inputs import (
    add_interferogram_parameters,
    add_model_parameters,
    checkpoint_path,
    device_name,
    progress_callbacks,
    raster_crs,
    raster_file,
    report_notes,
    shapely_geometries,
)


class CamStyle(QgsProcessingLayerPostProcessorInterface):
    """Applies the shipped CAM style to the output raster when QGIS loads it."""

    instance: "CamStyle | None" = None

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS API)
        if layer is not None and layer.isValid():
            layer.loadNamedStyle(str(style_path("cam.qml")))
            layer.triggerRepaint()

    @classmethod
    def shared(cls) -> "CamStyle":
        """One instance kept alive for QGIS (it holds only a pointer to it)."""
        if cls.instance is None:
            cls.instance = cls()
        return cls.instance


class ClassActivationMap(IsslideAlgorithm):
    """Grad-CAM, Layer-CAM, Score-CAM or NormGrad of a model over a whole interferogram."""

    ID = "classactivationmap"
    GROUP = "explanation"
    NEEDS_TORCH = True
    METHOD = "METHOD"
    LAYERS = "LAYERS"
    TARGET = "TARGET"
    TARGET_POLYGONS = "TARGET_POLYGONS"
    THRESHOLD = "THRESHOLD"
    SCORECAM_CHANNELS = "SCORECAM_CHANNELS"
    VIEWS = inputs.VIEWS
    OVERLAP = "OVERLAP"
    BATCH_SIZE = "BATCH_SIZE"
    THREADS = "THREADS"
    OUTPUT_CAM = "OUTPUT_CAM"
    TILES_EXPLAINED = "TILES_EXPLAINED"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Class activation map")

    def help_text(self) -> str:
        """The algorithm's help (the accepted values of its lists are appended)."""
        return self.tr(
            "Shows where a model looked to decide: a class activation map (CAM) over a whole "
            "interferogram, written as a float raster in [0, 1] on the interferogram's grid "
            "(nodata kept), styled on load.\n"
            "Methods: Grad-CAM (channel weights = mean gradient), Layer-CAM (positive gradient "
            "x activation per pixel), Score-CAM (channel weights from the score of the input "
            "masked by each channel; no gradient), NormGrad (gradient norm x activation norm; "
            "selective: norm of the positive contributions). Layers: empty takes the default "
            "of the method and the model family, chosen on validation scenes (shipped "
            "ECSPLAIN: Grad-CAM on its five training layers, Layer-CAM and selective NormGrad "
            "at the output of stage 1 with the first convolution of stage 3, Score-CAM and "
            "NormGrad at the last convolution of stage 1; FCN and DeepLabV3: the head's last "
            "activation, Score-CAM stage 4; U-Nets: the decoder or the bottleneck, depending "
            "on the method); or give "
            "names separated by commas: each layer's map is upsampled and normalised per tile, "
            "then the maps are averaged, as ECSPLAIN does.\n"
            "Target: what is explained. 'prediction': for a segmenter, the sum of its logits "
            "over the pixels it detects (probability above the threshold; empty: the model's); "
            "for ECSPLAIN, the logit of the tiles it detects. 'polygons': the given polygons "
            "(segmenters: logits summed inside them; ECSPLAIN: the tiles they touch). 'all': "
            "every tile. Tiles with nothing to explain get 0.\n"
            "The scene streams through the detection engine (same overlapping tiles and "
            "seam-free blending), so memory does not grow with its size. Cost: the gradient "
            "methods cost about two forward passes per tile. Score-CAM costs one forward pass "
            "per kept channel of each layer: with the default 25 % of the channels, 4 masked "
            "passes per tile at the shipped ECSPLAIN's default layer (16 with all channels) and "
            "8 (32) on the FCN; at ECSPLAIN's five training layers, 92 passes per tile (0.13 s "
            "per tile on one CPU thread of a loaded 2-core machine), 368 (0.64 s) with all "
            "channels; every pixel lies in four tiles with the default overlap.") + "\n" + self.tr(
            "Views (advanced): by default each tile's map is the mean of its maps on the eight "
            "rotations and mirror images of the tile, turned back; the networks were trained on "
            "such turned tiles, and the mean points at the moving areas more often than a single "
            "view (ECSPLAIN's Grad-CAM on held-out patches: 0.88 instead of 0.82 of the patches). "
            "It costs eight maps per tile: choose 1 view for a quick look, or with Score-CAM on "
            "large scenes.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        add_interferogram_parameters(self)
        add_model_parameters(self, DEFAULT_MODEL)
        number = QgsProcessingParameterNumber
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Method"), options=list(CAM_METHODS), defaultValue="gradcam",
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString(
            self.LAYERS, self.tr("Layers (names separated by commas; empty: the model's default)"),
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.TARGET, self.tr("Target"), options=list(CAM_TARGET_TITLES),
            defaultValue="prediction", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TARGET_POLYGONS, self.tr("Polygons to explain (target 'polygons')"),
            [Qgis.ProcessingSourceType.VectorPolygon], optional=True))
        advanced = [
            number(self.THRESHOLD, self.tr("Detection threshold of the target 'prediction' "
                                           "(empty: the model's)"),
                   number.Double, optional=True, minValue=0.0, maxValue=1.0),
            number(self.SCORECAM_CHANNELS, self.tr("Score-CAM: share of each layer's channels"),
                   number.Double, defaultValue=0.25, minValue=0.01, maxValue=1.0),
            QgsProcessingParameterEnum(
                self.VIEWS, self.tr("Views averaged per tile (8: its rotations and mirror images; "
                                    "1: eight times faster)"),
                options=inputs.VIEW_CHOICES,
                defaultValue=str(DEFAULT_VIEWS), usesStaticStrings=True),
            number(self.OVERLAP, self.tr("Tile overlap (pixels; empty: half a tile)"),
                   number.Integer, optional=True, minValue=0),
            number(self.BATCH_SIZE, self.tr("Tiles per batch"), number.Integer,
                   defaultValue=8, minValue=1, maxValue=1024),
            number(self.THREADS, self.tr("CPU threads (empty: all)"), number.Integer,
                   optional=True, minValue=1, maxValue=256),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | Qgis.ProcessingParameterFlag.Advanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_CAM, self.tr("Class activation map")))
        self.addOutput(QgsProcessingOutputNumber(self.TILES_EXPLAINED, self.tr("Tiles explained")))

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.cam.raster import CamRasterRequest, class_activation_raster

        polygons = []
        if parameters.get(self.TARGET_POLYGONS):
            crs = raster_crs(self, parameters, inputs.INTERFEROGRAM, context)
            polygons = shapely_geometries(self, parameters, self.TARGET_POLYGONS, context, crs)
        overlap = self.optional_number(parameters, self.OVERLAP, context)
        threads = self.optional_number(parameters, self.THREADS, context)
        output = self.output_path(parameters, self.OUTPUT_CAM, context)
        request = CamRasterRequest(
            phase_path=Path(raster_file(self, parameters, inputs.INTERFEROGRAM, context)),
            coherence_path=(Path(path) if (path := raster_file(
                self, parameters, inputs.COHERENCE, context, optional=True)) else None),
            encoding=self.parameterAsEnumString(parameters, inputs.PHASE_ENCODING, context) or "auto",
            checkpoint=checkpoint_path(self, parameters, context),
            output_path=Path(output),
            method=self.parameterAsEnumString(parameters, self.METHOD, context) or "gradcam",
            layers=self.parameterAsString(parameters, self.LAYERS, context),
            target=self.parameterAsEnumString(parameters, self.TARGET, context) or "prediction",
            polygons=polygons,
            threshold=self.optional_number(parameters, self.THRESHOLD, context),
            scorecam_fraction=self.parameterAsDouble(parameters, self.SCORECAM_CHANNELS, context),
            views=inputs.views_choice(self, parameters, context) or DEFAULT_VIEWS,
            overlap=int(overlap) if overlap is not None else None,
            batch_size=self.parameterAsInt(parameters, self.BATCH_SIZE, context),
            device=device_name(self, parameters, context),
            threads=int(threads) if threads is not None else None)
        progress, is_canceled = progress_callbacks(feedback)
        result = class_activation_raster(request, progress, is_canceled)
        report_notes(feedback, result.notes)
        feedback.pushInfo(self.tr("{method} at layers {layers}: {explained} of {total} tiles "
                                  "explained (target '{target}').").format(
            method=result.method, layers=", ".join(result.layers), explained=result.tiles_explained,
            total=result.summary.tiles_total, target=result.target))
        if context.willLoadLayerOnCompletion(output):
            context.layerToLoadOnCompletionDetails(output).setPostProcessor(CamStyle.shared())
        return {self.OUTPUT_CAM: str(result.path), self.TILES_EXPLAINED: result.tiles_explained}
