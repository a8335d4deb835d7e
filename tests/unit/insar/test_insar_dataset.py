"""ISSLIDE layout: writing patches, reading them back, georeferencing, masks and split."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import rasterio
from rasterio.windows import Window
from shapely.affinity import affine_transform, scale
from shapely.geometry import Point, Polygon

from isslide_qgis.core.errors import InputDataError, OperationCanceled
from isslide_qgis.core.insar.dataset import (
    PatchRecord,
    load_patch,
    read_isslide_dataset,
    split_by_zone_and_date,
    write_isslide_patches,
)
from isslide_qgis.core.insar import isslide_writer
from isslide_qgis.core.insar.isslide_writer import annotation_regions, positive_centres
from isslide_qgis.core.insar.patches import annotation_centres, centred_window, rasterize_annotations
from isslide_qgis.core.insar.reading import InterferogramReader
from tests.unit.insar.insar_synthetic import WGS84, WGS84_TRANSFORM, synthetic_coherence, synthetic_phase

HEIGHT, WIDTH, SIZE = 160, 200, 40
PHASE = synthetic_phase(HEIGHT, WIDTH)
COHERENCE = synthetic_coherence(HEIGHT, WIDTH)
#: Three moving bodies drawn in pixel coordinates (x = column, y = row), vertices off centres.
PIXEL_BODIES = [
    scale(Point(40.3, 50.2).buffer(1.0), 9.1, 5.7),
    Polygon([(120.2, 30.1), (134.7, 36.3), (124.4, 49.6)]),
    Polygon([(90.3, 120.2), (110.6, 118.4), (114.2, 131.7), (99.1, 140.6), (88.4, 133.3)]),
]


def to_map(geometry, transform=WGS84_TRANSFORM):
    t = transform
    return affine_transform(geometry, [t.a, t.b, t.d, t.e, t.c, t.f])


BODIES = [to_map(g) for g in PIXEL_BODIES]


@pytest.fixture
def scene(make_tif):
    """A 200 x 160 EPSG:4326 interferogram (ISSLIDE pixel size) with its coherence."""
    return (make_tif("phase.tif", PHASE, crs=WGS84, transform=WGS84_TRANSFORM),
            make_tif("coh.tif", COHERENCE, crs=WGS84, transform=WGS84_TRANSFORM))


def window_of(path, reader):
    """The window of the source grid a patch file covers (from its transform)."""
    with rasterio.open(path) as ds:
        t, src = ds.transform, reader.grid.transform
        return Window(round((t.c - src.c) / src.a), round((t.f - src.f) / src.e), ds.width, ds.height)


def test_round_trip_georeferencing_and_pixel_exact_masks(scene, tmp_path):
    root = tmp_path / "isslide"
    with InterferogramReader(*scene) as reader:
        records = write_isslide_patches(root, reader, BODIES, "Queyras", 6, "20200701_20200707",
                                        patch_size=SIZE, negatives=2, seed=1)
        full_mask = rasterize_annotations(BODIES, reader.grid)
        centres = annotation_centres(full_mask, SIZE)
        positives = [r for r in records if r.positive]
        assert len(centres) == 3 and len(positives) == 3 and len(records) == 5
        assert [r.name for r in positives] == ["Queyras_000", "Queyras_001", "Queyras_002"]
        assert sorted(read_isslide_dataset(root), key=lambda r: r.name) == sorted(records, key=lambda r: r.name)

        for record, centre in zip(positives, centres):
            assert record.phase_path == root / "6" / "Queyras" / "20200701_20200707" / "phase" / f"{record.name}.tif"
            assert record.mask_path == root / "6" / "Queyras" / "Segmentations" / "20200701_20200707" / f"{record.name}.tif"
            window = centred_window(centre, SIZE, HEIGHT, WIDTH)
            (r0, r1), (c0, c1) = window.toranges()
            with rasterio.open(record.phase_path) as ds:
                assert ds.crs == reader.grid.crs and (ds.width, ds.height) == (SIZE, SIZE)
                assert ds.transform.almost_equals(reader.grid.window_transform(window), precision=1e-12)
                assert ds.dtypes[0] == "float32"
            phase, coherence, mask = load_patch(record)
            np.testing.assert_array_equal(mask, full_mask[r0:r1, c0:c1])
            assert mask.sum() > 20
            np.testing.assert_array_equal(phase, PHASE[r0:r1, c0:c1])
            np.testing.assert_array_equal(coherence, COHERENCE[r0:r1, c0:c1])

        for record in (r for r in records if not r.positive):
            assert record.phase_path.parent == root / "negatives" / "6" / "20200701_20200707" / "phase"
            assert record.name.startswith("Queyras_neg_") and record.mask_path is None
            (r0, r1), (c0, c1) = window_of(record.phase_path, reader).toranges()
            phase, coherence, mask = load_patch(record)
            assert not mask.any() and mask.shape == (SIZE, SIZE)
            np.testing.assert_array_equal(phase, PHASE[r0:r1, c0:c1])
            margin = SIZE // 4
            assert not full_mask[max(r0 - margin, 0): r1 + margin, max(c0 - margin, 0): c1 + margin].any()


def test_the_same_patches_recur_at_every_date(scene, tmp_path):
    with InterferogramReader(*scene) as reader:
        first = write_isslide_patches(tmp_path, reader, BODIES, "Ecrins", 12, "20200701_20200713", patch_size=SIZE)
        # At a later date the second body is not annotated: its patch is skipped, names keep.
        later = write_isslide_patches(tmp_path, reader, [BODIES[0], BODIES[2]], "Ecrins", 12,
                                      "20200713_20200725", patch_size=SIZE, centre_annotations=BODIES)
    assert [r.name for r in first] == ["Ecrins_000", "Ecrins_001", "Ecrins_002"]
    assert sorted(r.name for r in later) == sorted(r.name for r in first if r.name != "Ecrins_000")
    for a, b in zip([r for r in first if r.name != "Ecrins_000"], later):
        with rasterio.open(a.phase_path) as da, rasterio.open(b.phase_path) as db:
            assert da.transform == db.transform


def test_swath_border_nodata_stays_nodata_in_patches(make_tif, tmp_path):
    phase = PHASE.copy()
    phase[:, :35] = np.nan  # outside the swath: the first body's patch straddles the border
    with InterferogramReader(make_tif("p.tif", phase, crs=WGS84, transform=WGS84_TRANSFORM),
                             make_tif("c.tif", COHERENCE, crs=WGS84, transform=WGS84_TRANSFORM)) as reader:
        records = write_isslide_patches(tmp_path / "ds", reader, BODIES, "Vanoise", 6, "20200701_20200707",
                                        patch_size=SIZE)
        windows = [window_of(r.phase_path, reader) for r in records]
    straddling = 0
    for record, window in zip(records, windows):
        patch_phase, patch_coherence, _ = load_patch(record)
        outside = np.isnan(phase[window.toslices()])
        straddling += 0 < outside.sum() < outside.size
        np.testing.assert_array_equal(np.isnan(patch_phase), outside)
        np.testing.assert_array_equal(np.isnan(patch_coherence), outside)
    assert straddling == 1


@pytest.mark.filterwarnings("ignore::rasterio.errors.NotGeoreferencedWarning")
def test_radar_geometry_patches_use_pixel_coordinates_and_no_crs(make_tif, tmp_path):
    with InterferogramReader(make_tif("p.tif", PHASE, crs=None)) as reader:
        records = write_isslide_patches(tmp_path, reader, PIXEL_BODIES, "Radar", 6, "20200701_20200707",
                                        patch_size=SIZE)
        full_mask = rasterize_annotations(PIXEL_BODIES, reader.grid)
    assert len(records) == 3 and all(r.coherence_path is None for r in records)
    with rasterio.open(records[2].phase_path) as ds:
        assert ds.crs is None
        window = Window(ds.transform.c, ds.transform.f, SIZE, SIZE)  # offsets in pixels
    np.testing.assert_array_equal(load_patch(records[2])[2], full_mask[window.toslices()])


def test_annotations_outside_the_raster_are_refused(scene, tmp_path):
    far = [to_map(Point(5000, 5000).buffer(10))]
    with InterferogramReader(*scene) as reader:
        with pytest.raises(InputDataError) as caught:
            write_isslide_patches(tmp_path, reader, far, "Queyras", 6, "20200701_20200707")
    message = str(caught.value)
    assert "phase.tif" in message and "None of the 1 annotation" in message and "reproject" in message


def test_bad_names_are_refused(scene, tmp_path):
    with InterferogramReader(*scene) as reader:
        for zone, ifg in [("Que/yras", "20200701"), ("Queyras", "Segmentations"), ("a_neg_b", "x")]:
            with pytest.raises(InputDataError, match="name"):
                write_isslide_patches(tmp_path, reader, BODIES, zone, 6, ifg)


def test_cancelled_writing_removes_its_files(scene, tmp_path):
    calls = iter([False, False, True])
    with InterferogramReader(*scene) as reader:
        with pytest.raises(OperationCanceled):
            write_isslide_patches(tmp_path / "ds", reader, BODIES, "Queyras", 6, "20200701_20200707",
                                  patch_size=SIZE, is_canceled=lambda: next(calls))
    assert not [p for p in (tmp_path / "ds").rglob("*") if p.is_file()]


def test_layout_errors_name_the_folder(tmp_path):
    with pytest.raises(InputDataError, match="does not exist"):
        read_isslide_dataset(tmp_path / "missing")
    (tmp_path / "empty" / "unrelated").mkdir(parents=True)
    with pytest.raises(InputDataError, match="not an ISSLIDE dataset"):
        read_isslide_dataset(tmp_path / "empty")
    (tmp_path / "bad" / "6" / "Queyras" / "20200701_20200707" / "interferogram").mkdir(parents=True)
    with pytest.raises(InputDataError, match="has no 'phase' folder"):
        read_isslide_dataset(tmp_path / "bad")


def test_patch_without_mask_is_reported(scene, tmp_path):
    with InterferogramReader(*scene) as reader:
        records = write_isslide_patches(tmp_path, reader, BODIES, "Queyras", 6, "20200701_20200707",
                                        patch_size=SIZE)
    records[1].mask_path.unlink()
    with pytest.raises(InputDataError) as caught:
        read_isslide_dataset(tmp_path)
    assert "Queyras_001.tif" in str(caught.value) and "no annotation mask" in str(caught.value)


def test_record_dates():
    record = PatchRecord(6, "Queyras", "S1AB_20200713_20200719_VV", "Queyras_000", None, None, None, True)
    assert record.date == dt.date(2020, 7, 13) and record.second_date == dt.date(2020, 7, 19)
    assert PatchRecord(6, "Q", "june_pair", "Q_000", None, None, None, True).date is None


# Interferograms named so that alphabetical order is NOT chronological order.
IFGS = ["b_20200806_20200812", "a_20200813_20200819", "c_20200701_20200707", "z_20200708_20200714",
        "y_20200715_20200721"]
CHRONO = ["c_20200701_20200707", "z_20200708_20200714", "y_20200715_20200721", "b_20200806_20200812",
          "a_20200813_20200819"]


def test_split_by_zone_and_date_follows_the_papers(scene, tmp_path):
    with InterferogramReader(*scene) as reader:
        for zone in ("Queyras", "Ecrins"):
            for ifg in IFGS:
                write_isslide_patches(tmp_path, reader, BODIES, zone, 6, ifg, patch_size=SIZE, negatives=1)
    records = read_isslide_dataset(tmp_path)
    assert len(records) == 2 * 5 * 4
    train, test = split_by_zone_and_date(records, "Queyras")
    assert {r.zone for r in test} == {"Queyras"} and {r.ifg for r in test} == {CHRONO[4]}
    assert {r.zone for r in train} == {"Ecrins"} and {r.ifg for r in train} == set(CHRONO[:4])
    assert len(test) == 4 and len(train) == 16
    assert sum(not r.positive for r in test) == 1 and sum(not r.positive for r in train) == 4
    train, test = split_by_zone_and_date(records, "Ecrins", test_fraction=0.4)
    assert {r.ifg for r in test} == set(CHRONO[3:]) and {r.ifg for r in train} == set(CHRONO[:3])
    with pytest.raises(InputDataError, match="Ecrins, Queyras"):
        split_by_zone_and_date(records, "Vanoise")


def test_region_by_region_centres_equal_full_grid_centres(scene):
    rng = np.random.default_rng(11)
    discs = [to_map(Point(float(c), float(r)).buffer(float(rad))) for c, r, rad in
             zip(rng.uniform(5, 195, 30), rng.uniform(5, 155, 30), rng.uniform(2, 9, 30))]
    with InterferogramReader(*scene) as reader:
        grid = reader.grid
    regions = annotation_regions(discs, grid, SIZE // 2 + 1)
    assert 1 <= len(regions) < 30  # close bodies were grouped
    expected = annotation_centres(rasterize_annotations(discs, grid), SIZE)
    assert positive_centres(discs, grid, SIZE) == expected


def test_negatives_drawn_on_a_decimated_overview_are_checked_at_full_resolution(scene, tmp_path, monkeypatch):
    monkeypatch.setattr(isslide_writer, "NEGATIVE_OVERVIEW_PIXELS", 2_000)  # 8x coarser than the scene
    phase = PHASE.copy()
    with InterferogramReader(*scene) as reader:
        records = write_isslide_patches(tmp_path, reader, BODIES, "Queyras", 6, "20200701_20200707",
                                        patch_size=SIZE, negatives=3, seed=5)
        full_mask = rasterize_annotations(BODIES, reader.grid)
        negatives = [r for r in records if not r.positive]
        assert len(negatives) == 3
        for record in negatives:
            (r0, r1), (c0, c1) = window_of(record.phase_path, reader).toranges()
            assert not full_mask[max(r0 - 10, 0): r1 + 10, max(c0 - 10, 0): c1 + 10].any()
            np.testing.assert_array_equal(load_patch(record)[0], phase[r0:r1, c0:c1])
