"""Simulated scenes with known rates, written as GeoTIFFs, for the kinematics tests."""
from __future__ import annotations

from pathlib import Path

import pytest


def known_rate_scene(folder: Path, seed: int, baseline_days: int, rate_mm_day: tuple,
                     size: int = 192, **changes):
    """Write a scene whose bodies move at ``rate_mm_day`` (range, mm/day LOS); return
    ``(scene, phase path, coherence path)``."""
    from isslide_qgis.core.insar.simulation import SceneConfig, simulate_scene, write_scene

    config = SceneConfig(height=size, width=size, baseline_days=baseline_days, optical=False,
                         fringe_probability=0.0, bubble_rate_mm_day=rate_mm_day,
                         n_bodies=(3, 4), n_decoys=(0, 0), nodata_layout="none", **changes)
    scene = simulate_scene(seed, config)
    folder.mkdir(parents=True, exist_ok=True)
    phase, coherence = folder / "phase.tif", folder / "coherence.tif"
    write_scene(scene, phase_path=phase, coherence_path=coherence)
    return scene, phase, coherence


@pytest.fixture
def scene_factory(tmp_path: Path):
    def make(seed: int, baseline_days: int, rate_mm_day: tuple, **changes):
        return known_rate_scene(tmp_path / f"s{seed}_{baseline_days}", seed, baseline_days,
                                rate_mm_day, **changes)
    return make
