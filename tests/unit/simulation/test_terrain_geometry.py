"""Terrain, radar geometry (layover/shadow) and land cover."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.insar.simulation.grid import SimulationGrid
from isslide_qgis.core.insar.simulation.landcover import LandcoverParams, class_coherence, landcover_weights
from isslide_qgis.core.insar.simulation.radar_geometry import RadarGeometry
from isslide_qgis.core.insar.simulation.terrain import Terrain, alpine_dem, gradients

GRID = SimulationGrid.build(256, 256, "EPSG:32632", 14.64, (320000.0, 4965000.0))


def _plane(slope_deg: float, facing_azimuth: float) -> Terrain:
    """A plane whose downslope direction is ``facing_azimuth`` (deg from north)."""
    g = np.tan(np.radians(slope_deg))
    az = np.radians(facing_azimuth)
    east, north = GRID.east_m(), GRID.north_m()
    dem = 2000.0 - g * (east * np.sin(az) + north * np.cos(az))
    dz_de, dz_dn = gradients(np.broadcast_to(dem, GRID.shape).astype(np.float32), GRID.spacing)
    return Terrain(np.broadcast_to(dem, GRID.shape).astype(np.float32), dz_de, dz_dn)


def test_alpine_dem_range_and_slopes_vary_with_seed() -> None:
    dems = [alpine_dem(np.random.default_rng(s), GRID) for s in range(3)]
    for dem in dems:
        assert 950 <= dem.min() and dem.max() <= 3550
        assert dem.max() - dem.min() > 400
        slope = Terrain(dem, *gradients(dem, GRID.spacing)).slope_deg
        assert 12 < np.median(slope) < 40
    assert not np.allclose(dems[0], dems[1])


def test_layover_and_shadow_follow_the_incidence_angle() -> None:
    asc = RadarGeometry("ascending", 39.0, 100.0)  # looks east-north-east
    facing_radar = _plane(45.0, 270.0 - 12.0)  # faces west-south-west, towards the satellite
    layover, shadow = asc.layover_shadow(facing_radar)
    assert layover[5:-5, 5:-5].all() and not shadow.any()
    gentle = _plane(30.0, 270.0 - 12.0)
    assert not asc.layover_shadow(gentle)[0].any()
    away = _plane(55.0, 90.0 - 12.0)  # faces away, steeper than 90 - 39 = 51 deg
    assert asc.layover_shadow(away)[1][5:-5, 5:-5].all()
    # geometric decorrelation only bites near layover
    assert asc.baseline_coherence(gentle).mean() < asc.baseline_coherence(_plane(5.0, 0.0)).mean()
    assert asc.baseline_coherence(_plane(5.0, 0.0)).mean() > 0.98


def test_los_vector_is_unit_and_points_up_and_west_for_ascending() -> None:
    e, n, u = RadarGeometry("ascending", 39.0, 0.0).los_to_satellite
    assert np.hypot(np.hypot(e, n), u) == pytest.approx(1.0)
    assert u == pytest.approx(np.cos(np.radians(39.0))) and e < 0
    assert RadarGeometry("descending", 39.0, 0.0).los_to_satellite[0] > 0


def test_landcover_weights_sum_to_one_and_follow_altitude() -> None:
    z = np.linspace(1200, 3400, 200, dtype=np.float32)[None, :].repeat(10, 0)
    slope = np.full_like(z, 20.0)
    params = LandcoverParams(treeline_m=2000.0, alpine_m=2400.0, snowline_m=3000.0, cliff_slope_deg=42.0, scree_slope_deg=32.0)
    south = np.full_like(z, 180.0)  # south-facing: snow line 250 m above its flat-ground value
    w = landcover_weights(z, slope, south, params, np.zeros_like(z))
    np.testing.assert_allclose(sum(w.values()), 1.0, atol=1e-5)
    assert w["forest"][0, 0] > 0.9 and w["scree"][0, 150] > 0.6 and w["snow"][0, -1] > 0.9
    north = landcover_weights(z, slope, np.zeros_like(z), params, np.zeros_like(z))
    assert north["snow"][0, 150] > 0.8 and w["snow"][0, 150] < 0.2
    assert class_coherence("forest", 6) < class_coherence("meadow", 6) < class_coherence("scree", 6)
    assert class_coherence("meadow", 18) < class_coherence("meadow", 6)
