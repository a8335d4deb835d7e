"""isslide:simulatescene: a simulated Sentinel-1 interferogram with known moving areas."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
    QgsProject,
)

from ..core.insar.simulation.config import NODATA_LAYOUT_NAMES, SceneConfig, random_scene_config
from ..core.insar.simulation.grid import DEFAULT_ORIGINS
from .base import IsslideAlgorithm
from .inputs import check_canceled

#: atmosphere preset -> (turbulence std in mm of LOS delay, stratification in mm/km)
ATMOSPHERES: dict[str, tuple[float, float]] = {
    "calm": (0.8, 2.0),
    "moderate": (2.5, 5.0),
    "strong": (8.0, 12.0),
}
#: CRS of simulated scenes when none is given: UTM 32N, the French Alps.
DEFAULT_CRS = "EPSG:32632"
#: where scenes lie when the CRS has no default origin: lon/lat of the Queyras-Ecrins area.
ALPS_LONLAT = DEFAULT_ORIGINS["EPSG:4326"]


class SimulateScene(IsslideAlgorithm):
    """Simulate phase, coherence, truth, moving-area polygons, DEM and an optical image."""

    ID = "simulatescene"
    GROUP = "datapreparation"
    SEED = "SEED"
    SIZE = "SIZE"
    BASELINE_DAYS = "BASELINE_DAYS"
    CRS = "CRS"
    RADAR_GEOMETRY = "RADAR_GEOMETRY"
    DECOYS_ONLY = "DECOYS_ONLY"
    ATMOSPHERE = "ATMOSPHERE"
    NODATA_LAYOUT = "NODATA_LAYOUT"
    GOLDSTEIN = "GOLDSTEIN"
    VARIED = "VARIED"
    OUTPUT_PHASE = "OUTPUT_PHASE"
    OUTPUT_COHERENCE = "OUTPUT_COHERENCE"
    OUTPUT_TRUTH = "OUTPUT_TRUTH"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    OUTPUT_DEM = "OUTPUT_DEM"
    OUTPUT_OPTICAL = "OUTPUT_OPTICAL"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Simulate interferogram scene")

    def help_text(self) -> str:
        """The algorithm's help (the accepted values of its lists are appended)."""
        return self.tr(
            "Simulates a Sentinel-1 wrapped interferogram with known moving areas, for "
            "training, testing and learning the tool.\n"
            "Physics: C-band wavelength 5.5466 cm (one fringe = 2.77 cm of line-of-sight "
            "motion); moving bodies (rock glaciers, landslides) of 0.05-0.5 km2 whose "
            "displacement scales with the temporal baseline; turbulent (power law, 8/3) and "
            "stratified (height-dependent) troposphere on an alpine DEM; orbital ramp; "
            "decorrelation noise drawn from the coherence and the number of looks; the "
            "Goldstein filter of the ISSLIDE processing; incoherent zones (forest, snow, "
            "steep slopes); atmospheric blobs that look like movement but are not "
            "(decoys); swath borders and holes as nodata.\n"
            "Outputs: phase (radians), coherence, truth mask, moving-area polygons, DEM and a "
            "SPOT-like optical image at a finer resolution. The same seed gives the same "
            "files. 'Varied configuration' draws the CRS, baseline, atmosphere, noise and "
            "nodata layout from the seed, as for training data; the size is kept.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        integer = Qgis.ProcessingNumberParameterType.Integer
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Seed"), integer, defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SIZE, self.tr("Size (pixels a side)"), integer, defaultValue=512, minValue=64,
            maxValue=16384))
        self.addParameter(QgsProcessingParameterNumber(
            self.BASELINE_DAYS, self.tr("Temporal baseline (days)"), integer, defaultValue=6,
            minValue=1, maxValue=400))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("CRS (ISSLIDE: EPSG:4326; UTM 32N: EPSG:32632)"),
            defaultValue=DEFAULT_CRS, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.RADAR_GEOMETRY, self.tr("Radar geometry (no CRS, pixel grid)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DECOYS_ONLY, self.tr("Atmospheric decoys only (no moving area)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterEnum(
            self.ATMOSPHERE, self.tr("Atmosphere"), options=list(ATMOSPHERES),
            defaultValue="moderate", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.NODATA_LAYOUT, self.tr("Nodata layout"), options=list(NODATA_LAYOUT_NAMES),
            defaultValue="swath", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.GOLDSTEIN, self.tr("Goldstein filter (as in ISSLIDE)"), defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.VARIED, self.tr("Varied configuration drawn from the seed"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_PHASE, self.tr("Wrapped phase")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_COHERENCE, self.tr("Coherence")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_TRUTH, self.tr("Truth mask"), optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT_AREAS, self.tr("Moving areas (truth polygons)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_DEM, self.tr("DEM"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_OPTICAL, self.tr("Optical image (SPOT-like)"), optional=True))

    def _scene_config(self, parameters: dict[str, Any], context: QgsProcessingContext,
                      ) -> SceneConfig:
        size = self.parameterAsInt(parameters, self.SIZE, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        if self.parameterAsBool(parameters, self.VARIED, context):
            return random_scene_config(np.random.default_rng(seed), height=size, width=size)
        crs = None
        origin = None
        if not self.parameterAsBool(parameters, self.RADAR_GEOMETRY, context):
            qgs_crs = self.parameterAsCrs(parameters, self.CRS, context)
            if not qgs_crs.isValid():  # omitted (qgis_process): the default, UTM 32N
                qgs_crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
            crs = qgs_crs.authid() or qgs_crs.toWkt()
            if crs not in DEFAULT_ORIGINS:
                origin = self._alps_origin(qgs_crs, context)
        turbulence, stratification = ATMOSPHERES[
            self.parameterAsEnumString(parameters, self.ATMOSPHERE, context)]
        decoys_only = self.parameterAsBool(parameters, self.DECOYS_ONLY, context)
        extra = {"n_bodies": (0, 0), "n_decoys": (2, 4)} if decoys_only else {}
        return SceneConfig(
            height=size, width=size, crs=crs, origin=origin,
            baseline_days=self.parameterAsInt(parameters, self.BASELINE_DAYS, context),
            turbulence_mm=turbulence, stratification_mm_per_km=stratification,
            nodata_layout=self.parameterAsEnumString(parameters, self.NODATA_LAYOUT, context),
            goldstein=self.parameterAsBool(parameters, self.GOLDSTEIN, context), **extra)

    @staticmethod
    def _alps_origin(crs: QgsCoordinateReferenceSystem, context: QgsProcessingContext,
                     ) -> tuple[float, float]:
        """Place scenes of any CRS in the French Alps (the CRS's own coordinates)."""
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs,
                                           context.transformContext() or QgsProject.instance())
        point = transform.transform(QgsPointXY(*ALPS_LONLAT))
        return point.x(), point.y()

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.insar.simulation.scene import simulate_scene
        from ..core.insar.simulation.writer import write_scene

        config = self._scene_config(parameters, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        feedback.pushInfo(self.tr("Simulating a {h} x {w} scene, {days}-day baseline, CRS "
                                  "{crs}").format(h=config.height, w=config.width,
                                                  days=config.baseline_days,
                                                  crs=config.crs or self.tr("none (radar)")))
        scene = simulate_scene(seed, config)
        feedback.setProgress(70)
        check_canceled(feedback)
        outputs = {name: self.output_path(parameters, name, context)
                   for name in (self.OUTPUT_PHASE, self.OUTPUT_COHERENCE, self.OUTPUT_TRUTH,
                                self.OUTPUT_AREAS, self.OUTPUT_DEM, self.OUTPUT_OPTICAL)}
        keys = {self.OUTPUT_PHASE: "phase_path", self.OUTPUT_COHERENCE: "coherence_path",
                self.OUTPUT_TRUTH: "truth_path", self.OUTPUT_AREAS: "areas_path",
                self.OUTPUT_DEM: "dem_path", self.OUTPUT_OPTICAL: "optical_path"}
        requested = {keys[name]: path for name, path in outputs.items() if path}
        try:
            write_scene(scene, **requested)
        except Exception:
            for path in requested.values():
                Path(path).unlink(missing_ok=True)
            raise
        feedback.pushInfo(self.tr("{bodies} moving areas, {decoys} atmospheric decoys").format(
            bodies=len(scene.detectable_bodies), decoys=len(scene.decoys)))
        return {name: path for name, path in outputs.items() if path}
