"""ISSLIDE layout round trip on simulated scenes: two dates of one zone, truth polygons as
annotations; patch count, per-patch georeferencing and mask/phase alignment."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import rasterio
from rasterio.windows import Window

from isslide_qgis.core.insar.dataset import load_patch, read_isslide_dataset, \
    split_by_zone_and_date, write_isslide_patches
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.insar.patches import rasterize_annotations
from isslide_qgis.core.insar.reading import InterferogramReader
from isslide_qgis.core.insar.simulation import SceneConfig, simulate_scene, write_scene

#: two 6-day pairs of one zone; the atmosphere differs, the moving bodies are the same
DATES = {"20200701_20200707": 2.0, "20200707_20200713": 4.0}


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("isslide")
    scenes = {}
    for ifg, turbulence_mm in DATES.items():
        config = SceneConfig(height=320, width=320, turbulence_mm=turbulence_mm, n_bodies=(3, 4),
                             n_decoys=(1, 1), nodata_layout="swath", optical=False)
        scene = simulate_scene(21, config)  # same seed: same bodies at both dates
        folder = root / "scenes" / ifg
        write_scene(scene, phase_path=folder / "phase.tif", coherence_path=folder / "coh.tif")
        scenes[ifg] = scene
    union = [b["geometry"] for s in scenes.values() for b in s.detectable_bodies]
    for ifg, scene in scenes.items():
        folder = root / "scenes" / ifg
        with InterferogramReader(folder / "phase.tif", folder / "coh.tif") as reader:
            write_isslide_patches(root / "dataset", reader,
                                  [b["geometry"] for b in scene.detectable_bodies],
                                  zone="Ecrins", delay=6, ifg=ifg, negatives=2, seed=1,
                                  centre_annotations=union)
    return root, scenes


def _window_of(patch: rasterio.io.DatasetReader, scene) -> Window:
    col = (patch.transform.c - scene.transform.c) / scene.transform.a
    row = (patch.transform.f - scene.transform.f) / scene.transform.e
    assert abs(col - round(col)) < 1e-6 and abs(row - round(row)) < 1e-6  # on the pixel grid
    return Window(round(col), round(row), patch.width, patch.height)


def test_patch_count_and_names_recur_at_every_date(dataset) -> None:
    root, scenes = dataset
    records = read_isslide_dataset(root / "dataset")
    for ifg in DATES:
        positives = [r for r in records if r.positive and r.ifg == ifg]
        assert len(positives) >= len(scenes[ifg].detectable_bodies) >= 1
        assert 1 <= len([r for r in records if not r.positive and r.ifg == ifg]) <= 2
    names = {ifg: {r.name for r in records if r.positive and r.ifg == ifg} for ifg in DATES}
    assert names["20200701_20200707"] == names["20200707_20200713"]


def test_patches_are_georeferenced_and_aligned_with_the_scene(dataset) -> None:
    root, scenes = dataset
    for record in (r for r in read_isslide_dataset(root / "dataset") if r.positive):
        scene = scenes[record.ifg]
        with rasterio.open(record.phase_path) as patch:
            assert patch.crs.to_string() == scene.crs and patch.shape == (100, 100)
            window = _window_of(patch, scene)
        phase, coherence, mask = load_patch(record)
        rows = slice(window.row_off, window.row_off + 100)
        cols = slice(window.col_off, window.col_off + 100)
        np.testing.assert_array_equal(np.isnan(phase), np.isnan(scene.phase[rows, cols]))
        np.testing.assert_allclose(phase, scene.phase[rows, cols], equal_nan=True, atol=1e-6)
        grid = RasterGrid(scene.width, scene.height, scene.transform,
                          rasterio.crs.CRS.from_user_input(scene.crs))
        expected = rasterize_annotations([b["geometry"] for b in scene.detectable_bodies], grid)
        np.testing.assert_array_equal(mask > 0, expected[rows, cols] > 0)
        truth = scene.truth[rows, cols] == 1
        assert (truth & (mask > 0)).sum() >= 0.8 * truth.sum()  # polygons cover the truth


def test_split_by_date(dataset) -> None:
    root, _ = dataset
    records = read_isslide_dataset(root / "dataset")
    train, test = split_by_zone_and_date(records, test_zone="Ecrins", test_fraction=0.5)
    assert {r.ifg for r in test} == {"20200707_20200713"}  # the later pair of the test zone
    assert not {r.ifg for r in train} & {r.ifg for r in test}
