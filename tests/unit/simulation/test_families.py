"""Simulator families: registry, reproducibility, roles, model choices and real density."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.insar.simulation import SceneConfig, random_scene_config, simulate_scene
from isslide_qgis.core.insar.simulation.families import FAMILIES, get_family, list_families
from isslide_qgis.core.insar.simulation.grid import SimulationGrid
from isslide_qgis.core.insar.simulation.models import LEGACY_MODELS, MODEL_CHOICES
from isslide_qgis.core.insar.simulation.random_fields import component_rng
from isslide_qgis.core.insar.simulation.scene import ground_area_km2, poisson_body_count


def test_legacy_family_is_the_historical_simulator() -> None:
    legacy = get_family("legacy")
    assert legacy.role == "training" and legacy.models == LEGACY_MODELS
    for effect, (field, _) in MODEL_CHOICES.items():
        assert getattr(SceneConfig(), field) == LEGACY_MODELS[effect]
    for seed in range(5):
        cfg = legacy.scene_config(np.random.default_rng(seed), 64, 80, density="enriched")
        assert cfg == random_scene_config(np.random.default_rng(seed), 64, 80)


def test_unknown_names_are_reported_with_the_valid_ones() -> None:
    with pytest.raises(InputDataError, match="legacy"):
        get_family("nope")
    with pytest.raises(InputDataError, match="untouched"):
        list_families("nope")
    with pytest.raises(InputDataError, match="enriched"):
        get_family("legacy").scene_config(np.random.default_rng(0), density="dense")
    with pytest.raises(InputDataError, match="turbulence_model"):
        SceneConfig(turbulence_model="nope")
    with pytest.raises(InputDataError, match="not_a_field"):
        get_family("slab").scene_config(np.random.default_rng(0), not_a_field=1)


def test_roles_and_model_choices() -> None:
    assert list_families() == list(FAMILIES.values())
    training = list_families("training")
    assert get_family("legacy") in training and len(training) >= 3
    assert len(list_families("selection")) == 1 and len(list_families("untouched")) == 1
    for family in FAMILIES.values():
        cfg = family.scene_config(np.random.default_rng(3), 64, 64)
        for effect, (field, _) in MODEL_CHOICES.items():
            assert getattr(cfg, field) == family.models[effect], (family.name, effect)
        assert cfg.body_density_per_100km2 == 5.5


def test_untouched_atmosphere_and_coherence_are_used_by_no_other_family() -> None:
    untouched = list_families("untouched")[0]
    others = list_families("training") + list_families("selection")
    for effect in ("turbulence", "coherence"):
        assert all(untouched.models[effect] != f.models[effect] for f in others), effect


def test_families_are_reproducible_and_differ() -> None:
    phases = {}
    for name in FAMILIES:
        family = get_family(name)
        cfg = family.scene_config(np.random.default_rng(11), 96, 96, optical=False)
        assert cfg == family.scene_config(np.random.default_rng(11), 96, 96, optical=False)
        a, b = simulate_scene(11, cfg), simulate_scene(11, cfg)
        np.testing.assert_array_equal(a.phase, b.phase)
        np.testing.assert_array_equal(a.coherence, b.coherence)
        np.testing.assert_array_equal(a.truth, b.truth)
        phases[name] = np.nan_to_num(a.phase)
    names = list(phases)
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            assert not np.array_equal(phases[first], phases[second]), (first, second)


def test_poisson_count_uses_the_ground_area_also_in_degrees() -> None:
    geo = SimulationGrid.build(512, 512, "EPSG:4326", 1.3151e-4, (6.75, 44.8))
    assert ground_area_km2(geo) == pytest.approx(512 * 512 * 14.6 * 10.4 / 1e6, rel=0.01)
    invalid = np.zeros(geo.shape, bool)
    invalid[:128] = True
    assert ground_area_km2(geo, invalid) == pytest.approx(0.75 * ground_area_km2(geo))
    rng = np.random.default_rng(0)
    counts = [poisson_body_count(rng, geo, invalid, 5.5) for _ in range(4000)]
    assert np.mean(counts) == pytest.approx(5.5 * ground_area_km2(geo, invalid) / 100, rel=0.05)


def test_real_density_scenes_have_about_5_5_areas_per_100_km2() -> None:
    family = get_family("untouched")
    bodies, area = 0, 0.0
    for seed in range(20):
        cfg = family.scene_config(np.random.default_rng(seed), 512, 512).replace(
            optical=False, noise=False, goldstein=False, n_decoys=(0, 0)
        )
        scene = simulate_scene(seed, cfg)
        drawn = poisson_body_count(component_rng(seed, "body_count"), cfg.grid(), ~scene.valid, 5.5)
        assert len(scene.bodies) == drawn  # every drawn body found room
        bodies += len(scene.bodies)
        area += ground_area_km2(cfg.grid(), ~scene.valid)
    assert 3.5 < 100 * bodies / area < 7.5


def test_enriched_scenes_have_more_bodies_than_real_ones() -> None:
    family = get_family("lobate")
    real = [family.scene_config(np.random.default_rng(s), 256, 256, density="real") for s in range(30)]
    enriched = [family.scene_config(np.random.default_rng(s), 256, 256, density="enriched") for s in range(30)]
    area = 256 * 256 * 14.64**2 / 1e6  # ~14 km^2: 0.8 bodies on average at the real density
    assert np.mean([sum(c.n_bodies) / 2 for c in enriched]) > 2 * 5.5 * area / 100
    assert all(c.body_density_per_100km2 is None for c in enriched)
    assert all(c.body_density_per_100km2 == 5.5 for c in real)
