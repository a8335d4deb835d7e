"""Kinematics of simulated bodies with known rates, their truth outlines taken as the areas."""
from __future__ import annotations

import math

import numpy as np
import pytest

from isslide_qgis.core.insar.reading import InterferogramReader
from isslide_qgis.core.kinematics.area_source import kinematics_source
from isslide_qgis.core.kinematics.measure import FRINGE_CM, QUARTER_FRINGE_CM, measure_area
from isslide_qgis.core.kinematics.velocity_classes import UNDEFINED, velocity_class

pytest.importorskip("skimage")


def _measured(scene, phase, coherence, baseline):
    with InterferogramReader(phase, coherence) as reader:
        source = kinematics_source(reader, baseline)
        return [(record, source.measure_map(record["geometry"])) for record in scene.bodies
                if record["detectable"] and abs(record["peak_los_m"]) * 100 >= QUARTER_FRINGE_CM]


def test_velocity_of_known_bodies_within_20_percent(scene_factory) -> None:
    errors, signs = [], []
    for seed, baseline, rates in ((11, 12, (1.0, 5.0)), (12, 48, (0.2, 1.2)), (13, 6, (2.0, 8.0))):
        scene, phase, coherence = scene_factory(seed, baseline, rates)
        for record, found in _measured(scene, phase, coherence, baseline):
            true = record["rate_mm_per_day"] * 365.25 / 10.0
            assert found.vel_los_cm_yr is not None, found
            errors.append(abs(abs(found.vel_los_cm_yr) - abs(true)) / abs(true))
            signs.append(math.copysign(1, found.vel_los_cm_yr) == math.copysign(1, true))
            assert found.vel_class != UNDEFINED
    assert len(errors) >= 4
    assert np.median(errors) <= 0.2, errors
    assert all(signs), "positive disp_los_cm is motion towards the satellite"


def test_reversed_processor_sign_reverses_the_displacement(scene_factory) -> None:
    scene, phase, coherence = scene_factory(11, 12, (1.0, 5.0))
    record, direct = _measured(scene, phase, coherence, 12)[0]
    with InterferogramReader(phase, coherence) as reader:
        source = kinematics_source(reader, 12)
        source.phase_sign = -1.0
        reversed_ = source.measure_map(record["geometry"])
    assert reversed_.disp_los_cm == pytest.approx(-direct.disp_los_cm, abs=1e-6)


def test_incoherent_ground_gets_undefined_and_low(scene_factory) -> None:
    scene, phase, coherence = scene_factory(11, 12, (1.0, 5.0), noise=True)
    rng = np.random.default_rng(0)
    shape = (60, 60)
    yy, xx = np.mgrid[:60, :60]
    area = np.hypot(yy - 30, xx - 30) < 10
    distance = np.hypot(yy - 30, xx - 30)
    ring = (distance > 13) & (distance <= 23)
    noise = rng.uniform(-math.pi, math.pi, shape)
    incoherent = rng.uniform(0.0, 0.2, shape)
    found = measure_area(noise, incoherent, area, ring, 1.0, 12)
    assert (found.vel_class, found.reliability) == (UNDEFINED, "low")
    assert found.vel_los_cm_yr is None and found.disp_los_cm is None
    assert "incoherent" in found.flags
    coherent_ring = np.where(ring, 0.9, incoherent)  # stable ground around, incoherent body
    found = measure_area(noise, coherent_ring, area, ring, 1.0, 12)
    assert (found.vel_class, found.reliability, found.vel_los_cm_yr) == (UNDEFINED, "low", None)


def _bump(fringes: float, size: int = 80):
    yy, xx = np.mgrid[:size, :size]
    distance = np.hypot(yy - size / 2, xx - size / 2)
    d = np.where(distance < 20, fringes * FRINGE_CM * (1 - (distance / 20) ** 2) ** 2, 0.0)
    phase = np.angle(np.exp(1j * (4 * math.pi * d / (2 * FRINGE_CM) + 0.7)))
    return d, phase, distance < 16, (distance > 25) & (distance <= 35)


@pytest.mark.parametrize("fringes", [0.5, 1.5, 3.0])
def test_bump_unwrapped_to_its_p95(fringes: float) -> None:
    d, phase, area, ring = _bump(fringes)
    found = measure_area(phase, np.full(d.shape, 0.9), area, ring, 1.0, 24)
    assert found.disp_los_cm == pytest.approx(np.percentile(d[area], 95), rel=0.02)
    assert found.fringes == pytest.approx(abs(found.disp_los_cm) / FRINGE_CM)
    assert found.vel_los_cm_yr == pytest.approx(found.disp_los_cm / 24 * 365.25)
    assert found.vel_class == velocity_class(found.vel_los_cm_yr)
    assert 0 < found.disp_los_median_cm < found.disp_los_cm


def test_reliability_rules() -> None:
    d, phase, area, ring = _bump(1.0)
    clean = measure_area(phase, np.full(d.shape, 0.9), area, ring, 1.0, 24)
    assert (clean.reliability, clean.flags) == ("high", ())
    no_coherence = measure_area(phase, None, area, ring, 1.0, 24)
    assert (no_coherence.reliability, no_coherence.flags) == ("medium", ("no_coherence",))
    weak = measure_area(*_bump(0.1)[1:2], np.full(d.shape, 0.9), area, ring, 1.0, 24)
    assert "weak_signal" in weak.flags and weak.reliability == "medium"
    steep = measure_area(_bump(6.0)[1], np.full(d.shape, 0.45), area, ring, 1.0, 24)
    assert {"steep_gradient", "low_coherence_area", "low_coherence_ring"} <= set(steep.flags)
    assert steep.reliability == "low" and steep.vel_los_cm_yr is not None
    no_baseline = measure_area(phase, np.full(d.shape, 0.9), area, ring, 1.0, None)
    assert no_baseline.disp_los_cm == pytest.approx(clean.disp_los_cm)
    assert (no_baseline.vel_class, no_baseline.reliability) == (UNDEFINED, "low")
    assert no_baseline.vel_los_cm_yr is None


def test_the_product_registry_gives_the_sign(scene_factory, tmp_path) -> None:
    """A LiCSAR interferogram (positive phase: away from the satellite, phase_sign -1) of
    bodies of known direction: disp_los_cm keeps the sign of the motion."""
    from isslide_qgis.core.insar.simulation import write_scene

    scene, _, _ = scene_factory(14, 12, (1.0, 5.0), phase_sign=-1.0)
    pair = tmp_path / "20200701_20200713"
    phase = pair / "20200701_20200713.geo.diff_pha.tif"
    write_scene(scene, phase_path=phase, coherence_path=pair / "20200701_20200713.geo.cc.tif")
    with InterferogramReader(phase, pair / "20200701_20200713.geo.cc.tif") as reader:
        assert reader.product.product.name == "licsar"
        source = kinematics_source(reader, reader.product.baseline_days)
        assert source.phase_sign == -1.0 and source.notes == []
        for record in scene.bodies:
            found = source.measure_map(record["geometry"])
            assert math.copysign(1, found.disp_los_cm) == math.copysign(1, record["peak_los_m"])
