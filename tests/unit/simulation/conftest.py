"""Shared configs for the simulator tests (small scenes, seeded)."""
from __future__ import annotations

import pytest

from isslide_qgis.core.insar.simulation import SceneConfig


@pytest.fixture
def physics_config() -> SceneConfig:
    """Bodies only: no atmosphere, decoys, noise, filter, nodata or optical image."""
    return SceneConfig(
        height=256,
        width=256,
        n_bodies=(3, 3),
        n_decoys=(0, 0),
        fringe_probability=0.0,
        bubble_rate_mm_day=(2.0, 3.0),
        body_area_km2=(0.15, 0.3),
        turbulence_mm=0.0,
        stratification_mm_per_km=0.0,
        ramp_mm_per_km=0.0,
        noise=False,
        goldstein=False,
        reference_phase=0.0,
        nodata_layout="none",
        optical=False,
    )


@pytest.fixture
def small_config() -> SceneConfig:
    """A full-physics but small scene (fast)."""
    return SceneConfig(
        height=160, width=176, n_bodies=(2, 3), n_decoys=(1, 2), body_area_km2=(0.05, 0.2), optical_factor=3
    )
