"""Helpers of the simulator tests."""
from __future__ import annotations

from isslide_qgis.core.insar.simulation import Scene, SceneConfig, simulate_scene


def scene_with_bodies(config: SceneConfig, first_seed: int = 0, min_bodies: int = 1) -> Scene:
    """The first scene (seeds first_seed, first_seed + 1, ...) with at least ``min_bodies``.

    In steep terrain (much layover) fewer bodies than asked may fit; tests that need bodies
    take the first seed that has them, so they do not depend on one seed's terrain.
    """
    for seed in range(first_seed, first_seed + 15):
        scene = simulate_scene(seed, config)
        if len(scene.bodies) >= min_bodies:
            return scene
    raise AssertionError(f"no scene with {min_bodies} bodies in 15 seeds from {first_seed}")
