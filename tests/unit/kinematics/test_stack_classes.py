"""Velocity classes across a simulated stack of 6-96-day pairs, with the bodies' truth
outlines as every pair's detection: the temporal-consistency product's kinematic fields."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
import rasterio
from osgeo import ogr
from rasterio.features import rasterize
from shapely import wkb

from isslide_qgis.core.kinematics.measure import QUARTER_FRINGE_CM
from isslide_qgis.core.kinematics.velocity_classes import velocity_class
from isslide_qgis.core.stack.consistency_io import write_consistency
from isslide_qgis.core.stack.pair_task import PAIR_OUTPUTS, pair_folder
from isslide_qgis.core.stack.pairs import discover_pairs
from isslide_qgis.core.vectorize import vectorize_probability

pytest.importorskip("skimage")
#: acquisition days giving 6, 12, 24, 48 and 96-day pairs
DAYS = (0, 6, 12, 24, 48, 96)
BASELINES = (6, 12, 24, 48, 96)


def _truth_detections(stack, pairs, out: Path) -> None:
    """Each pair 'detects' the bodies' truth outlines (probability 1 inside)."""
    for pair in pairs:
        folder = pair_folder(out, pair)
        folder.mkdir(parents=True)
        with rasterio.open(pair.phase_path) as ds:
            profile = ds.profile | {"count": 1, "dtype": "float32", "nodata": None}
            truth = rasterize([(g, 1) for g in stack.bodies], out_shape=ds.shape,
                              transform=ds.transform, dtype="uint8").astype("float32")
        with rasterio.open(folder / PAIR_OUTPUTS["probability"], "w", **profile) as ds:
            ds.write(truth, 1)
        vectorize_probability(folder / PAIR_OUTPUTS["probability"],
                              folder / PAIR_OUTPUTS["areas"], threshold=0.5)


def test_stack_classes_of_known_bodies(tmp_path: Path) -> None:
    from isslide_qgis.core.insar.simulation import SceneConfig
    from isslide_qgis.core.stack.simulation import simulate_stack

    config = SceneConfig(height=192, width=192, optical=False, fringe_probability=0.0,
                         bubble_rate_mm_day=(0.1, 6.0), n_bodies=(4, 5), n_decoys=(0, 0),
                         nodata_layout="none")
    dates = [dt.date(2021, 7, 1) + dt.timedelta(days=d) for d in DAYS]
    stack = simulate_stack(tmp_path / "stack", 16, config, dates=dates, baselines=BASELINES)
    pairs = discover_pairs(tmp_path / "stack")
    assert sorted({p.baseline_days for p in pairs}) == list(BASELINES)
    _truth_detections(stack, pairs, tmp_path / "out")
    product = tmp_path / "consistency.gpkg"
    write_consistency(pairs, tmp_path / "out", product)

    ds = ogr.Open(str(product))
    areas = [(wkb.loads(bytes(f.GetGeometryRef().ExportToWkb())), f.items())
             for f in ds.GetLayer(0)]
    right, judged = 0, 0
    for body, rate in zip(stack.bodies, stack.rates):
        speed = rate * 365.25 / 10.0
        if abs(rate) * max(BASELINES) / 10.0 < QUARTER_FRINGE_CM:
            continue  # never reaches a quarter fringe
        found = [values for geometry, values in areas if geometry.intersects(body.centroid)]
        assert len(found) == 1
        judged += 1
        right += found[0]["vel_class"] == velocity_class(speed)
        if found[0]["vel_los_cm_yr"] is not None:
            assert np.sign(found[0]["vel_los_cm_yr"]) == np.sign(speed)
            assert found[0]["kin_from_days"] <= found[0]["kin_to_days"]
    assert judged >= 3
    assert right / judged >= 0.8
