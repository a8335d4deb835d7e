"""isslide:vectorizeprobability: moving-area polygons from a probability raster."""
from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ..core.inference.detection import DEFAULT_MIN_AREA_M2
from .base import IsslideAlgorithm
from .inputs import (
    add_baseline_parameter,
    baseline_days,
    progress_callbacks,
    raster_file,
    report_notes,
)
from .styling import style_on_load


class VectorizeProbability(IsslideAlgorithm):
    """Threshold a probability raster and write one polygon per moving area."""

    ID = "vectorizeprobability"
    GROUP = "detection"
    PROBABILITY = "PROBABILITY"
    THRESHOLD = "THRESHOLD"
    MIN_AREA = "MIN_AREA"
    COHERENCE = "COHERENCE"
    SIMPLIFY = "SIMPLIFY"
    SMOOTH = "SMOOTH"
    INTERFEROGRAM_NAME = "INTERFEROGRAM_NAME"
    INTERFEROGRAM = "INTERFEROGRAM"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    AREA_COUNT = "AREA_COUNT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Vectorise probability")

    def help_text(self) -> str:
        """The algorithm's help (the accepted values of its lists are appended)."""
        return self.tr(
            "Turns a probability-of-movement raster (from 'Detect moving areas') into one "
            "polygon per moving area: pixels strictly above the threshold, 8-connected, areas "
            "smaller than the minimum dropped (m²; pixels when the raster has no CRS), "
            "optionally simplified (tolerance in pixels) and smoothed. Attributes: id (by "
            "decreasing maximum probability), maximum and mean probability, area (on the "
            "ellipsoid for lat/lon), mean coherence when a coherence raster is given, "
            "interferogram name, baseline and dates, and a review status for the review "
            "dock. Large rasters are processed in strips; an area crossing strips stays one "
            "polygon.") + "\n" + self.tr(
            "Given the interferogram the probability was computed from (same grid), each "
            "area also gets its kinematics, as in 'Detect moving areas': disp_los_cm (LOS, "
            "cm, positive towards the satellite), disp_los_median_cm, fringes, vel_los_cm_yr "
            "(over the interval from Temporal baseline, the interferogram's name or the "
            "Interferogram name), vel_class (cm/yr) and kin_reliability. Without it these "
            "fields are empty, the class undefined and the reliability low.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        number = QgsProcessingParameterNumber
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.PROBABILITY, self.tr("Probability raster")))
        self.addParameter(number(self.THRESHOLD, self.tr("Threshold"), number.Double,
                                 defaultValue=0.5, minValue=0.0, maxValue=1.0))
        self.addParameter(number(self.MIN_AREA, self.tr("Minimum area (m², pixels without CRS)"),
                                 number.Double, defaultValue=DEFAULT_MIN_AREA_M2, minValue=0.0))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.COHERENCE, self.tr("Coherence (for the mean coherence attribute)"),
            optional=True))
        self.addParameter(number(self.SIMPLIFY, self.tr("Simplification tolerance (pixels)"),
                                 number.Double, defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SMOOTH, self.tr("Smooth outlines"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            self.INTERFEROGRAM_NAME, self.tr("Interferogram name (dates, e.g. 20200701_20200707)"),
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INTERFEROGRAM, self.tr("Interferogram (wrapped phase, for the kinematics)"),
            optional=True))
        add_baseline_parameter(self)
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT_AREAS, self.tr("Moving areas")))
        self.addOutput(QgsProcessingOutputNumber(self.AREA_COUNT, self.tr("Moving areas found")))

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.insar.isslide_layout import ifg_dates
        from ..core.vectorize import vectorize_probability

        name = self.parameterAsString(parameters, self.INTERFEROGRAM_NAME, context)
        dates = ifg_dates(name) if name else []
        output = self.output_path(parameters, self.OUTPUT_AREAS, context)
        progress, is_canceled = progress_callbacks(feedback)
        summary = vectorize_probability(
            raster_file(self, parameters, self.PROBABILITY, context), output,
            threshold=self.parameterAsDouble(parameters, self.THRESHOLD, context),
            min_area_m2=self.parameterAsDouble(parameters, self.MIN_AREA, context),
            coherence_path=raster_file(self, parameters, self.COHERENCE, context, optional=True),
            interferogram_name=name,
            baseline_days=baseline_days(self, parameters, context) or (
                (dates[1] - dates[0]).days if len(dates) >= 2 else None),
            interferogram=raster_file(self, parameters, self.INTERFEROGRAM, context,
                                      optional=True),
            dates=tuple(dates[:2]) if len(dates) >= 2 else (None, None),
            simplify_px=self.parameterAsDouble(parameters, self.SIMPLIFY, context),
            smooth=self.parameterAsBool(parameters, self.SMOOTH, context),
            progress=progress, is_canceled=is_canceled)
        report_notes(feedback, summary.notes)
        style_on_load(context, output, "moving_areas.qml")
        return {self.OUTPUT_AREAS: output, self.AREA_COUNT: summary.count}
