"""Moving areas vectorised with their kinematics: the truth mask of a simulated scene with
known rates is the probability raster, its interferogram gives the speeds."""
from __future__ import annotations

from html import escape
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr

from isslide_qgis.core.errors import GridMismatchError
from isslide_qgis.core.kinematics.fields import KINEMATIC_FIELDS
from isslide_qgis.core.vectorize import vectorize_probability

pytest.importorskip("skimage")


def _features(path: Path) -> list[dict]:
    ds = ogr.Open(str(path))
    return [feature.items() for feature in ds.GetLayer(0)]


def _default_style(path: Path) -> str:
    ds = ogr.Open(str(path))
    styles = ds.GetLayerByName("layer_styles")
    return next(f.GetField("styleQML") for f in styles if f.GetField("useAsDefault"))


def test_truth_areas_get_their_known_speed(scene_factory, tmp_path: Path) -> None:
    scene, phase, coherence = scene_factory(14, 12, (1.0, 5.0))
    from isslide_qgis.core.insar.simulation import write_scene

    truth = write_scene(scene, truth_path=tmp_path / "truth.tif")["truth"]
    out = tmp_path / "areas.gpkg"
    summary = vectorize_probability(truth, out, threshold=0.5, coherence_path=coherence,
                                    interferogram=phase, baseline_days=12)
    rows = _features(out)
    assert summary.count == len(rows) >= 3
    assert any("not recognised" in note for note in summary.notes)  # sign assumed, said so
    style = _default_style(out)  # GDAL 3.6 keeps no alias: the embedded style carries them
    for spec in KINEMATIC_FIELDS:
        assert f'<alias field="{spec.name}" name="{escape(spec.alias)}"/>' in style
    assert "+ towards the satellite" in style
    true = sorted(abs(r["rate_mm_per_day"]) * 365.25 / 10 for r in scene.bodies if r["detectable"])
    found = sorted(abs(row["vel_los_cm_yr"]) for row in rows)
    assert len(found) == len(true)
    assert np.median(np.abs(np.subtract(found, true)) / true) <= 0.2
    assert all(row["baseline_days"] == 12 and row["kin_reliability"] in ("high", "medium", "low")
               for row in rows)


def test_without_interferogram_the_class_is_undefined(scene_factory, tmp_path: Path) -> None:
    scene, _, coherence = scene_factory(11, 12, (1.0, 5.0))
    from isslide_qgis.core.insar.simulation import write_scene

    truth = write_scene(scene, truth_path=tmp_path / "truth.tif")["truth"]
    vectorize_probability(truth, tmp_path / "a.gpkg", threshold=0.5, coherence_path=coherence)
    rows = _features(tmp_path / "a.gpkg")
    assert rows and all((r["vel_class"], r["kin_reliability"], r["vel_los_cm_yr"]) ==
                        ("undefined", "low", None) for r in rows)


def test_interferogram_on_another_grid_is_refused(scene_factory, tmp_path: Path) -> None:
    scene, phase, _ = scene_factory(11, 12, (1.0, 5.0))
    _, other, _ = scene_factory(12, 12, (1.0, 5.0), size=160)
    from isslide_qgis.core.insar.simulation import write_scene

    truth = write_scene(scene, truth_path=tmp_path / "truth.tif")["truth"]
    out = tmp_path / "never.gpkg"
    with pytest.raises(GridMismatchError, match="not on the grid"):
        vectorize_probability(truth, out, threshold=0.5, interferogram=other)
    assert not out.exists() and not list(tmp_path.glob(".never*"))


def test_without_scikit_image_areas_are_written_unmeasured(scene_factory, tmp_path: Path,
                                                           monkeypatch) -> None:
    from isslide_qgis.core.errors import MissingDependencyError
    from isslide_qgis.core.insar.simulation import write_scene
    from isslide_qgis.core.kinematics import unwrapping

    def missing():
        raise MissingDependencyError("scikit-image is needed (simulated absence)")

    monkeypatch.setattr(unwrapping, "require_unwrapper", missing)
    scene, phase, coherence = scene_factory(14, 12, (1.0, 5.0))
    truth = write_scene(scene, truth_path=tmp_path / "truth.tif")["truth"]
    summary = vectorize_probability(truth, tmp_path / "a.gpkg", threshold=0.5,
                                    coherence_path=coherence, interferogram=phase)
    rows = _features(tmp_path / "a.gpkg")
    assert len(rows) == summary.count >= 3
    assert all((r["vel_class"], r["kin_reliability"], r["kin_flags"]) ==
               ("undefined", "low", "no_unwrapper") for r in rows)
    assert any("scikit-image" in note for note in summary.notes)
