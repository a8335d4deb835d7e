"""Simulator families: registry, reproducibility, roles and model choices."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.insar.simulation import SceneConfig, random_scene_config, simulate_scene
from isslide_qgis.core.insar.simulation.families import FAMILIES, get_family, list_families
from isslide_qgis.core.insar.simulation.models import LEGACY_MODELS, MODEL_CHOICES


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


def test_list_families_by_role() -> None:
    assert list_families() == list(FAMILIES.values())
    assert all(f.role == "training" for f in list_families("training"))
    assert get_family("legacy") in list_families("training")
