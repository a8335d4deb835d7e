"""isslide:detectmovingareas: probability raster and moving-area polygons over a whole scene."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
)

from ..core.inference.detection import DEFAULT_MIN_AREA_M2, DEFAULT_MODEL, default_model
from . import inputs
from .base import IsslideAlgorithm
from .inputs import (
    add_backend_parameter,
    add_baseline_parameter,
    add_interferogram_parameters,
    add_model_parameters,
    add_views_parameter,
    backend_name,
    baseline_days,
    checkpoint_path,
    needs_torch,
    progress_callbacks,
    raster_file,
    report_notes,
    without_torch,
)
from .styling import style_on_load

__all__ = ["DetectMovingAreas", "DEFAULT_MODEL", "default_model"]  # from the core, for the dock

class DetectMovingAreas(IsslideAlgorithm):
    """Stream an interferogram through a model; write probabilities and moving areas."""

    ID = "detectmovingareas"
    GROUP = "detection"
    NEEDS_TORCH = True
    THRESHOLD = "THRESHOLD"
    MIN_AREA = "MIN_AREA"
    COHERENCE_THRESHOLD = "COHERENCE_THRESHOLD"
    OVERLAP = "OVERLAP"
    BATCH_SIZE = "BATCH_SIZE"
    THREADS = "THREADS"
    OUTPUT_PROBABILITY = "OUTPUT_PROBABILITY"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    OUTPUT_PATCH_SCORES = "OUTPUT_PATCH_SCORES"
    AREA_COUNT = "AREA_COUNT"
    THRESHOLD_USED = "THRESHOLD_USED"
    #: output -> shipped QML style applied when QGIS loads it
    STYLES = {OUTPUT_PROBABILITY: "probability.qml", OUTPUT_AREAS: "moving_areas.qml",
              OUTPUT_PATCH_SCORES: "patch_scores.qml"}

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Detect moving areas")

    def help_text(self) -> str:
        """The algorithm's help (the accepted values of its lists are appended)."""
        return self.tr(
            "Finds slow ground movements (rock glaciers, slow landslides) on a wrapped "
            "interferogram of any size with a deep-learning model, and writes a probability "
            "raster on the interferogram's grid and one polygon per moving area.\n"
            "Model: a shipped default or a checkpoint file (from the training algorithms). "
            "Segmenters (FCN, DeepLabV3, UNet, ResUNet, SepUNet) give a per-pixel probability; "
            "ECSPLAIN gives a detection score per patch and a localisation map (its class "
            "activation map); its map is the localisation where the blended patch scores "
            "detect a movement, 0 elsewhere (model files trained before 2026-12-08: score "
            "times localisation), with the localisation as band 2 and the patch scores as an "
            "optional grid layer.\n"
            "The raster is read window by window and overlapping tiles are blended, so "
            "memory does not grow with the scene. Overlap: empty = half a tile (each pixel "
            "predicted 4 times). With the U-Nets the map does not depend on where the tile grid "
            "falls; with FCN, DeepLabV3 and ECSPLAIN the edges of areas move by about a pixel "
            "with the grid: an overlap of 90 % of the tile (90 for 100 px tiles) makes their "
            "map independent of the grid, at about 24 times the computing time. Nodata stays nodata and never becomes a "
            "detection. Threshold: empty = the model's own (chosen on validation data). "
            "Areas smaller than the minimum area are dropped. Each area has its id, model, "
            "threshold, maximum and mean probability, area (on the ellipsoid for lat/lon, in "
            "pixels for radar geometry), mean coherence, interferogram name, baseline and "
            "dates (read from names such as 20200701_20200707).") + "\n" + self.tr(
            "Kinematics of each area: the phase is unwrapped over the area and a ring of "
            "ground around it (incoherent pixels masked), the ring's median is the reference. "
            "disp_los_cm: the LOS displacement at the 95th percentile of |d| (cm, positive "
            "towards the satellite, sign from the processor's convention); "
            "disp_los_median_cm; fringes (2.77 cm each); vel_los_cm_yr: disp_los_cm over the "
            "pair's interval (dates from the name, or Temporal baseline; without either: "
            "empty); vel_class: <1, 1-3, 3-10, 10-30, 30-100, 100-300, >300 cm/yr (RGIK "
            "semi-orders) or undefined; kin_reliability: high, medium or low, kin_flags: why "
            "(incoherent, no_reference, low_coherence_area, low_coherence_ring, residues, "
            "steep_gradient, weak_signal, no_coherence, no_baseline). Areas on incoherent "
            "ground get undefined and low. The class is from the LOS velocity, not projected "
            "onto the slope.") + "\n" + self.tr(
            # the default model's recall per area class on the untouched simulator family
            # (docs/out_of_family_validation.json): keep in step with a recalibration
            "Trust: on simulated scenes of a simulator family never used for training or calibration, "
            "at the real density of moving areas, the default model (ECSPLAIN) found 74 % of the "
            "areas over 10 ha, 84 % of those of 3-10 ha and 74 % of those of 1-3 ha (79 % of all "
            "areas of 1 ha or more), with about 0.8 false alarms per 100 km². Trust it for areas "
            "over 3 ha; check smaller ones by eye.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        add_interferogram_parameters(self)
        add_model_parameters(self, default_model())
        number = QgsProcessingParameterNumber
        self.addParameter(number(self.THRESHOLD, self.tr("Threshold (empty: the model's)"),
                                 number.Double, optional=True, minValue=0.0, maxValue=1.0))
        self.addParameter(number(self.MIN_AREA, self.tr("Minimum area (m², pixels without CRS)"),
                                 number.Double, defaultValue=DEFAULT_MIN_AREA_M2, minValue=0.0))
        self.addParameter(number(self.COHERENCE_THRESHOLD,
                                 self.tr("Coherence threshold (tiles below are skipped)"),
                                 number.Double, defaultValue=0.0, minValue=0.0, maxValue=1.0))
        self.addParameter(number(self.OVERLAP, self.tr("Tile overlap (pixels; empty: half a tile)"),
                                 number.Integer, optional=True, minValue=0))
        self.addParameter(number(self.BATCH_SIZE, self.tr("Tiles per batch"), number.Integer,
                                 defaultValue=16, minValue=1, maxValue=1024))
        self.addParameter(number(self.THREADS, self.tr("CPU threads (empty: all)"),
                                 number.Integer, optional=True, minValue=1, maxValue=256))
        add_backend_parameter(self)
        add_views_parameter(self)
        add_baseline_parameter(self)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_PROBABILITY, self.tr("Probability of movement")))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT_AREAS, self.tr("Moving areas"), optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT_PATCH_SCORES, self.tr("Patch scores (ECSPLAIN)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.AREA_COUNT, self.tr("Moving areas found")))
        self.addOutput(QgsProcessingOutputNumber(
            self.THRESHOLD_USED, self.tr("Threshold used (the model's when none was given)")))

    def needs_torch(self, parameters: dict[str, Any], context: QgsProcessingContext) -> bool:
        return needs_torch(self, parameters, context)

    def without_torch(self, parameters: dict[str, Any], context: QgsProcessingContext) -> str:
        return without_torch(self, parameters, context)

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.inference.detection import DetectionRequest, DetectionSettings, detect_moving_areas

        areas = self.output_path(parameters, self.OUTPUT_AREAS, context)
        scores = self.output_path(parameters, self.OUTPUT_PATCH_SCORES, context)
        probability = self.output_path(parameters, self.OUTPUT_PROBABILITY, context)
        request = DetectionRequest(
            phase_path=Path(raster_file(self, parameters, inputs.INTERFEROGRAM, context)),
            coherence_path=(Path(path) if (path := raster_file(
                self, parameters, inputs.COHERENCE, context, optional=True)) else None),
            settings=DetectionSettings(
                checkpoint=checkpoint_path(self, parameters, context),
                encoding=self.parameterAsEnumString(parameters, inputs.PHASE_ENCODING, context) or "auto",
                backend=backend_name(self, parameters, context),
                **self.detection_options(parameters, context)),
            probability_path=Path(probability),
            areas_path=Path(areas) if areas else None,
            patch_scores_path=Path(scores) if scores else None,
            baseline_days=baseline_days(self, parameters, context))
        progress, is_canceled = progress_callbacks(feedback)
        result = detect_moving_areas(request, progress, is_canceled)
        report_notes(feedback, result.notes)
        feedback.pushInfo(self.tr("Inference backend: {backend}").format(backend=result.backend))
        if result.areas_path:
            feedback.pushInfo(self.tr("{count} moving areas found by {model} at threshold "
                                      "{threshold:.2f}").format(
                count=result.areas, model=result.model, threshold=result.threshold))
        else:
            feedback.pushInfo(self.tr("Probability of movement written by {model} (threshold "
                                      "{threshold:.2f}); no moving-areas output was asked for.")
                              .format(model=result.model, threshold=result.threshold))
        outputs = {self.OUTPUT_PROBABILITY: str(result.probability_path),
                   self.AREA_COUNT: result.areas, self.THRESHOLD_USED: result.threshold}
        if result.areas_path:
            outputs[self.OUTPUT_AREAS] = str(result.areas_path)
        if result.patch_scores_path:
            outputs[self.OUTPUT_PATCH_SCORES] = str(result.patch_scores_path)
        destinations = {self.OUTPUT_PROBABILITY: probability, self.OUTPUT_AREAS: areas,
                        self.OUTPUT_PATCH_SCORES: scores}
        for name, qml in self.STYLES.items():
            if name in outputs:  # as given to Processing, which keys the layers to load by it
                style_on_load(context, destinations[name], qml)
        return outputs
