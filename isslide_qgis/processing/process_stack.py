"""isslide:processstack: detection on every pair of a stack, resumable, with temporal consistency."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ..core.inference.detection import DEFAULT_MIN_AREA_M2
from .base import IsslideAlgorithm
from .detect_moving_areas import default_model
from .inputs import (add_backend_parameter, add_model_parameters, add_views_parameter,
                     backend_name, checkpoint_path, needs_torch, progress_callbacks,
                     without_torch)


class ProcessStack(IsslideAlgorithm):
    """Run detection over a stack of interferograms and measure each area's persistence."""

    ID = "processstack"
    GROUP = "workflows"
    NEEDS_TORCH = True
    INTERFEROGRAMS = "INTERFEROGRAMS"
    PAIRS_TABLE = "PAIRS_TABLE"
    SCHEDULER = "SCHEDULER"
    THRESHOLD = "THRESHOLD"
    MIN_AREA = "MIN_AREA"
    COHERENCE_THRESHOLD = "COHERENCE_THRESHOLD"
    COVERAGE = "COVERAGE"
    OVERLAP = "OVERLAP"
    BATCH_SIZE = "BATCH_SIZE"
    THREADS = "THREADS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    OUTPUT_CONSISTENCY = "OUTPUT_CONSISTENCY"
    PAIRS_DONE = "PAIRS_DONE"
    PAIRS_SKIPPED = "PAIRS_SKIPPED"
    PAIRS_FAILED = "PAIRS_FAILED"
    AREA_COUNT = "AREA_COUNT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Process a stack of interferograms")

    def help_text(self) -> str:
        """The algorithm's help (the accepted values of its lists are appended)."""
        return self.tr(
            "Runs moving-area detection on every interferogram of a stack (an archive of 6, 12 "
            "and 18-day pairs) and tells which areas persist across pairs.\n"
            "Interferograms: files, or a folder scanned with its sub-folders. Dates and "
            "coherence are read from the names of SNAP (Phase_ifg_IW2_VV_01Jan2020_13Jan2020.tif "
            "+ coh_...), LiCSAR (20200101_20200113.geo.diff_pha.tif + .geo.cc.tif) and ISSLIDE "
            "(20200101_20200113/phase.tif + coherence.tif); other names need a pairs table, a "
            "CSV with columns interferogram, coherence, date_first, date_second.\n"
            "Each pair's probability raster and moving areas go to <output folder>/<pair>/; a "
            "done-marker is written when both are complete. Running again with the same output "
            "folder skips the pairs already done (with the same inputs, model and settings) and "
            "redoes interrupted ones; a pair that fails is reported and the others go on "
            "(stack_manifest.json lists each pair's state and error).\n"
            "Temporal consistency: the areas of all pairs are merged where they overlap; each "
            "merged area tells in how many pairs and at which baselines it was detected, how "
            "many pairs cover it with valid data, its persistence (detected / covering pairs) "
            "and a consistency-weighted score: the highest, over the baselines b, of the median "
            "maximum probability of the covering pairs at least b days long. Movement grows with "
            "the baseline and persists; one date's atmosphere shows in few pairs.\n"
            "Kinematics: each merged area is measured in every pair covering it (LOS "
            "displacement of the unwrapped phase against a ring of ground around it). Its "
            "velocity class is decided from the pairs where it reaches a quarter fringe and "
            "stays coherent without aliasing (kin_from_days to kin_to_days): vel_los_cm_yr is "
            "their median velocity (cm/yr, positive towards the satellite), vel_class its class "
            "(<1, 1-3, 3-10, 10-30, 30-100, 100-300, >300 cm/yr, or undefined); "
            "vel_median_cm_yr and vel_spread_cm_yr are the median and interquartile range of "
            "every pair's velocity; kin_reliability drops when few pairs count, when they "
            "disagree, or when the median's class differs. A second style, 'velocity class', "
            "colours the areas by class (Layer Properties > Style). The class is from the LOS "
            "velocity, not projected onto the slope.\n"
            "Scheduler: the address of a Dask scheduler (e.g. tcp://host:8786) runs each pair as "
            "a task on the cluster (dask.distributed needed; the workers must see the files at "
            "the same paths and have the plugin and torch); empty: pairs run here, one after "
            "the other.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        number = QgsProcessingParameterNumber
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INTERFEROGRAMS, self.tr("Interferograms (files, or a folder to scan)"),
            Qgis.ProcessingSourceType.File, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.PAIRS_TABLE, self.tr("Pairs table (CSV; when names do not tell the dates)"),
            extension="csv", optional=True))
        add_model_parameters(self, default_model())
        add_backend_parameter(self)
        add_views_parameter(self)
        self.addParameter(number(self.THRESHOLD, self.tr("Threshold (empty: the model's)"),
                                 number.Double, optional=True, minValue=0.0, maxValue=1.0))
        self.addParameter(number(self.MIN_AREA, self.tr("Minimum area (m², pixels without CRS)"),
                                 number.Double, defaultValue=DEFAULT_MIN_AREA_M2, minValue=0.0))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEDULER, self.tr("Dask scheduler address (empty: run here)"), optional=True))
        advanced = [
            number(self.COHERENCE_THRESHOLD, self.tr("Coherence threshold (tiles below are "
                                                     "skipped)"),
                   number.Double, defaultValue=0.0, minValue=0.0, maxValue=1.0),
            number(self.COVERAGE, self.tr("Share of an area with valid data for a pair to cover it"),
                   number.Double, defaultValue=0.5, minValue=0.01, maxValue=1.0),
            number(self.OVERLAP, self.tr("Tile overlap (pixels; empty: half a tile)"),
                   number.Integer, optional=True, minValue=0),
            number(self.BATCH_SIZE, self.tr("Tiles per batch"), number.Integer,
                   defaultValue=16, minValue=1, maxValue=1024),
            number(self.THREADS, self.tr("CPU threads per pair (empty: all here, 1 per Dask "
                                         "task)"),
                   number.Integer, optional=True, minValue=1, maxValue=256),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | Qgis.ProcessingParameterFlag.Advanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Output folder (per-pair outputs; reuse it to resume)")))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT_CONSISTENCY, self.tr("Temporal consistency")))
        for name, title in ((self.PAIRS_DONE, self.tr("Pairs processed")),
                            (self.PAIRS_SKIPPED, self.tr("Pairs already done (skipped)")),
                            (self.PAIRS_FAILED, self.tr("Pairs failed")),
                            (self.AREA_COUNT, self.tr("Merged areas"))):
            self.addOutput(QgsProcessingOutputNumber(name, title))

    def checkParameterValues(self, parameters: dict[str, Any],  # noqa: N802
                             context: QgsProcessingContext) -> tuple[bool, str]:
        if not parameters.get(self.INTERFEROGRAMS) and not parameters.get(self.PAIRS_TABLE):
            return False, self.tr("Give the interferograms (files or a folder) or a pairs table.")
        return super().checkParameterValues(parameters, context)

    def needs_torch(self, parameters: dict[str, Any], context: QgsProcessingContext) -> bool:
        return needs_torch(self, parameters, context)

    def without_torch(self, parameters: dict[str, Any], context: QgsProcessingContext) -> str:
        return without_torch(self, parameters, context)

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.stack import DetectionSettings, StackRequest, process_stack

        settings = DetectionSettings(checkpoint=checkpoint_path(self, parameters, context),
                                     backend=backend_name(self, parameters, context),
                                     **self.detection_options(parameters, context))
        table = self.parameterAsFile(parameters, self.PAIRS_TABLE, context)
        request = StackRequest(
            inputs=self.parameterAsFileList(parameters, self.INTERFEROGRAMS, context),
            output_folder=Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)),
            settings=settings, pairs_table=Path(table) if table else None,
            consistency_path=Path(self.output_path(
                parameters, self.OUTPUT_CONSISTENCY, context)),
            scheduler=self.parameterAsString(parameters, self.SCHEDULER, context).strip() or None,
            coverage_fraction=self.parameterAsDouble(parameters, self.COVERAGE, context))
        progress, is_canceled = progress_callbacks(feedback)

        def report(outcome) -> None:
            if outcome.status == "failed":
                feedback.reportError(self.tr("Pair {name} failed: {error}").format(
                    name=outcome.name, error=outcome.error))
            else:
                feedback.pushInfo(self.tr("Pair {name}: {status}, {areas} areas").format(
                    name=outcome.name, status=outcome.status, areas=outcome.areas))

        result = process_stack(request, progress, is_canceled, report=report)
        feedback.pushInfo(self.tr("{count} merged areas over {pairs} pairs").format(
            count=result.consistent_areas, pairs=len(result.pairs)))
        return {self.OUTPUT_FOLDER: str(request.output_folder),
                self.OUTPUT_CONSISTENCY: str(result.consistency_path),
                self.PAIRS_DONE: len(result.names("done")),
                self.PAIRS_SKIPPED: len(result.names("skipped")),
                self.PAIRS_FAILED: len(result.names("failed")),
                self.AREA_COUNT: result.consistent_areas}
