"""The data-preparation algorithms through processing.run, as the Toolbox and models run them."""
from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
import rasterio
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsRasterLayer, \
    QgsVectorLayer

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"


def _run(algorithm: str, parameters: dict, feedback: QgsProcessingFeedback | None = None) -> dict:
    import processing

    return processing.run(algorithm, parameters, feedback=feedback or QgsProcessingFeedback())


def _simulate(tmp_path: Path, seed: int, size: int = 128, **extra) -> dict:
    return _run("isslide:simulatescene", {
        "SEED": seed, "SIZE": size, "BASELINE_DAYS": 12,
        "OUTPUT_PHASE": str(tmp_path / "phase.tif"),
        "OUTPUT_COHERENCE": str(tmp_path / "coherence.tif"),
        "OUTPUT_TRUTH": str(tmp_path / "truth.tif"),
        "OUTPUT_AREAS": str(tmp_path / "areas.gpkg"),
        "OUTPUT_OPTICAL": str(tmp_path / "optical.tif"), **extra})


def _digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_simulatescene_writes_georeferenced_layers(isslide_provider, tmp_path: Path) -> None:
    result = _simulate(tmp_path, seed=3)
    phase = QgsRasterLayer(result["OUTPUT_PHASE"], "phase")
    assert phase.isValid() and phase.crs().authid() == "EPSG:32632"
    assert (phase.width(), phase.height()) == (128, 128)
    assert abs(phase.rasterUnitsPerPixelX() - 14.64) < 1e-6
    optical = QgsRasterLayer(result["OUTPUT_OPTICAL"], "optical")
    assert optical.bandCount() == 3 and optical.width() == 3 * 128
    assert optical.extent() == phase.extent()
    areas = QgsVectorLayer(result["OUTPUT_AREAS"], "areas")
    assert areas.isValid() and "rate_mm_day" in areas.fields().names()
    with rasterio.open(result["OUTPUT_TRUTH"]) as truth:
        moving = int((truth.read(1) == 1).sum())
    assert (moving > 0) == (areas.featureCount() > 0)
    again = _simulate(tmp_path / "again", seed=3)
    assert _digest(again["OUTPUT_PHASE"]) == _digest(result["OUTPUT_PHASE"])


def test_simulatescene_radar_geometry_and_other_crs(isslide_provider, tmp_path: Path) -> None:
    radar = _simulate(tmp_path / "radar", seed=1, RADAR_GEOMETRY=True)
    with rasterio.open(radar["OUTPUT_PHASE"]) as dataset:
        assert dataset.crs is None
    lambert = _simulate(tmp_path / "l93", seed=1, CRS="EPSG:2154", DECOYS_ONLY=True)
    layer = QgsRasterLayer(lambert["OUTPUT_PHASE"], "l93")
    assert layer.crs().authid() == "EPSG:2154"
    assert 900_000 < layer.extent().xMinimum() < 1_100_000  # in the French Alps, Lambert-93
    with rasterio.open(lambert["OUTPUT_TRUTH"]) as truth:
        assert not (truth.read(1) == 1).any()  # decoys are not movement


def test_preparechannels_on_sample(isslide_provider, tmp_path: Path) -> None:
    result = _run("isslide:preparechannels", {
        "INTERFEROGRAM": str(SAMPLE / "phase.tif"), "COHERENCE": str(SAMPLE / "coherence.tif"),
        "CONVENTION": "cohcos_cohsin", "COHERENCE_THRESHOLD": 0.3,
        "OUTPUT": str(tmp_path / "channels.tif")})
    with rasterio.open(SAMPLE / "phase.tif") as p, rasterio.open(SAMPLE / "coherence.tif") as c, \
            rasterio.open(result["OUTPUT"]) as out:
        assert out.count == 2 and out.crs == p.crs and out.transform == p.transform
        assert out.shape == p.shape
        phase, coherence, channels = p.read(1), c.read(1), out.read()
    keep = np.isfinite(phase) & (coherence >= 0.3)
    np.testing.assert_allclose(channels[0][keep], (coherence * np.cos(phase))[keep], atol=1e-6)
    np.testing.assert_allclose(channels[1][keep], (coherence * np.sin(phase))[keep], atol=1e-6)
    assert np.isnan(channels[:, ~keep]).all()  # swath border and low coherence stay nodata


def test_extractpatches_builds_isslide_layout(isslide_provider, tmp_path: Path) -> None:
    from isslide_qgis.core.insar.dataset import load_patch, read_isslide_dataset

    folder = tmp_path / "dataset"
    result = _run("isslide:extractpatches", {
        "INTERFEROGRAM": str(SAMPLE / "phase.tif"), "COHERENCE": str(SAMPLE / "coherence.tif"),
        "ANNOTATIONS": str(SAMPLE / "moving_areas.gpkg"), "ZONE": "Sample", "DELAY": 6,
        "INTERFEROGRAM_NAME": "20210704_20210710", "NEGATIVES": 3,
        "OUTPUT_FOLDER": str(folder)})
    records = read_isslide_dataset(folder)
    positives = [r for r in records if r.positive]
    assert len(positives) == result["PATCH_COUNT"] >= 5  # at least one patch per body
    assert len(records) - len(positives) == result["NEGATIVE_COUNT"] == 3
    assert all(r.phase_path.parent == folder / "6" / "Sample" / "20210704_20210710" / "phase"
               for r in positives)
    phase, coherence, mask = load_patch(positives[0])
    assert phase.shape == coherence.shape == mask.shape == (100, 100) and mask.any()


def test_bad_coherence_gives_clear_error_and_no_output(isslide_provider, tmp_path: Path) -> None:
    with rasterio.open(SAMPLE / "coherence.tif") as src:
        profile, values = src.profile, src.read(1)
    scaled = tmp_path / "coherence_255.tif"
    with rasterio.open(scaled, "w", **profile) as dst:
        dst.write(values * 255.0, 1)
    output = tmp_path / "channels.tif"
    with pytest.raises(QgsProcessingException) as raised:
        _run("isslide:preparechannels", {
            "INTERFEROGRAM": str(SAMPLE / "phase.tif"), "COHERENCE": str(scaled),
            "CONVENTION": "coh_cos_sin", "OUTPUT": str(output)})
    message = str(raised.value)
    assert "coherence_255.tif" in message and "255" in message and "Traceback" not in message
    assert not output.exists()


def test_cancelled_preparechannels_leaves_no_output(isslide_provider, tmp_path: Path) -> None:
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    output = tmp_path / "channels.tif"
    with pytest.raises(QgsProcessingException):
        _run("isslide:preparechannels", {
            "INTERFEROGRAM": str(SAMPLE / "phase.tif"), "COHERENCE": str(SAMPLE / "coherence.tif"),
            "CONVENTION": "coh_cos_sin", "OUTPUT": str(output)}, feedback)
    assert not output.exists() and list(tmp_path.iterdir()) == []
