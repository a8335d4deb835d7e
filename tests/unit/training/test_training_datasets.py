"""Patch sources: simulated patches (deterministic, centred, decoys, seed ranges), the compact
storage, network inputs with no data as 0, ISSLIDE folders."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.errors import InputDataError, OperationCanceled
from isslide_qgis.core.training.datasets import (PatchDataset, SimulatedPatches, body_kinds, network_inputs,
                                                 scene_patches, simulated_patches, simulated_scene)
from isslide_qgis.core.training.patchset import PatchSet, dequantise_coherence, kind_code, quantise_coherence
from isslide_qgis.core.training.seeds import HELD_OUT_FIRST_SEED, check_seed_range, derived_seed

from .conftest import TINY


def test_simulated_patches_are_deterministic_and_labelled(tiny_patches):
    again = simulated_patches(TINY)
    for field in ("phase", "coherence", "mask", "kind", "scene"):
        np.testing.assert_array_equal(getattr(again, field), getattr(tiny_patches, field))
    assert tiny_patches.phase.dtype == np.float16 and tiny_patches.coherence.dtype == np.uint8
    assert tiny_patches.nbytes < len(tiny_patches) * 48 * 48 * 4 + 1000
    body = tiny_patches.kind == kind_code("body")
    background = tiny_patches.kind == kind_code("background")
    assert body.any() and background.any()
    assert tiny_patches.labels[body].all() and not tiny_patches.labels[background].any()
    assert set(tiny_patches.scene) <= set(range(TINY.first_seed, TINY.first_seed + TINY.n_scenes))


def test_positive_patches_hold_their_body_near_the_centre():
    spec = SimulatedPatches(first_seed=11, n_scenes=1, scene_size=160, patch_size=64, jitter=0)
    scene = simulated_scene(11, 160)
    patches = scene_patches(11, spec).of_kind("body")
    assert len(patches) >= 1 and scene.truth.any()
    for mask in patches.mask:  # each is centred on a body's deepest point (inside the raster)
        assert mask.sum() > 20
        rows, cols = np.nonzero(mask)
        assert abs(rows.mean() - 32) < 20 and abs(cols.mean() - 32) < 20


def test_bodies_between_a_quarter_and_0_6_fringe_are_faint():
    from types import SimpleNamespace

    from isslide_qgis.core.insar.simulation.constants import FRINGE_M

    truth = np.zeros((40, 60), np.uint8)
    displacement = np.zeros((40, 60), np.float32)
    for col, fringes in ((5, 0.1), (25, 0.3), (45, 1.0)):  # three bodies, peak at their centre
        truth[15:25, col:col + 10] = 1
        displacement[15:25, col:col + 10] = 0.5 * fringes * FRINGE_M
        displacement[20, col + 5] = -fringes * FRINGE_M  # sign does not matter
    scene = SimpleNamespace(truth=truth, displacement_los_m=displacement)
    centres = [(20, 9), (18, 28), (21, 50)]
    assert body_kinds(scene, centres) == ["body", "faint_body", "body"]


def test_block_bodies_near_a_whole_number_of_fringes_are_whole_fringe_plugs():
    from isslide_qgis.core.training.datasets import body_kind

    plug = np.full(100, 2.1)
    plug[:40] = np.linspace(0.0, 2.0, 40)  # the shear zone
    assert body_kind(plug) == "whole_fringe_plug"
    assert body_kind(plug + 0.4) == "body"  # interior offset 0.5 fringe: plainly visible
    assert body_kind(np.linspace(0.0, 2.0, 100)) == "body"  # a bump: its interior shows fringes
    assert body_kind(np.full(10, 0.4)) == "faint_body"
    assert body_kind(np.full(10, 0.1)) == "body"


def test_faint_bodies_only_relabel_body_patches(monkeypatch):
    import isslide_qgis.core.training.datasets as datasets

    spec = SimulatedPatches(first_seed=12, n_scenes=6, scene_size=256, jitter=40,  # seeds with both kinds
                            families=("legacy", "lobate", "slab"))
    split = simulated_patches(spec)
    monkeypatch.setattr(datasets, "FAINT_FRINGES", (np.inf, np.inf))  # no body is faint
    monkeypatch.setattr(datasets, "WHOLE_FRINGE_PLUG", {"min_peak": np.inf, "max_offset": 0.0, "flat": 1.0})
    plain = simulated_patches(spec)
    faint = np.isin(split.kind, [kind_code("faint_body"), kind_code("whole_fringe_plug")])
    assert (split.kind == kind_code("faint_body")).any() and (split.kind == kind_code("whole_fringe_plug")).any()
    assert (plain.kind[faint] == kind_code("body")).all()
    np.testing.assert_array_equal(split.kind[~faint], plain.kind[~faint])
    for field in ("phase", "coherence", "mask", "scene"):  # same pixels, same order
        np.testing.assert_array_equal(getattr(split, field), getattr(plain, field))
    assert split.labels[faint].all()


def test_forced_decoy_only_scenes_have_decoys_and_no_body():
    spec = SimulatedPatches(first_seed=20, n_scenes=2, scene_size=128, patch_size=48,
                            decoy_only_fraction=1.0)
    patches = simulated_patches(spec)
    assert len(patches) and patches.labels.sum() == 0
    assert (patches.kind == kind_code("decoy")).any()


def test_tiles_cover_the_scene():
    spec = SimulatedPatches(first_seed=5, n_scenes=1, scene_size=100, patch_size=50, tiles=True,
                            background_per_scene=0)
    tiles = simulated_patches(spec).of_kind("tile")
    assert len(tiles) == 4


def test_seed_ranges_keep_held_out_scenes_out():
    assert check_seed_range("training", 0, 10) == range(0, 10)
    with pytest.raises(ValueError, match=str(HELD_OUT_FIRST_SEED)):
        check_seed_range("validation", HELD_OUT_FIRST_SEED - 5, 10)
    with pytest.raises(ValueError):
        check_seed_range("training", 799_995, 10)  # would reach the validation seeds
    assert derived_seed(1, 2) == derived_seed(1, 2) != derived_seed(2, 1)


def test_cancel_stops_simulation():
    with pytest.raises(OperationCanceled):
        simulated_patches(TINY, is_canceled=lambda: True)


def test_coherence_quantisation_and_nodata_inputs():
    coherence = np.array([0.0, 0.5, 1.0, np.nan, 1.2], dtype=np.float32)
    back = dequantise_coherence(quantise_coherence(coherence))
    np.testing.assert_allclose(back[:3], [0.0, 0.5, 1.0], atol=1 / 254)
    assert np.isnan(back[3]) and back[4] == 1.0
    phase = np.array([[0.0, np.nan], [np.pi / 2, 1.0]], dtype=np.float32)
    coh = np.array([[0.8, 0.9], [np.nan, 0.5]], dtype=np.float32)
    inputs = network_inputs(phase, coh, "cohcos_cohsin")
    np.testing.assert_allclose(inputs[:, 0, 0], [0.8, 0.0], atol=1e-6)
    assert inputs[:, 0, 1].tolist() == [0.0, 0.0] and inputs[:, 1, 0].tolist() == [0.0, 0.0]
    assert not np.isnan(inputs).any()


def test_dataset_items_and_normalisation(tiny_patches):
    data = PatchDataset(tiny_patches, "coh_cos_sin")
    inputs, mask, label = data[0]
    assert inputs.shape == (3, 48, 48) and inputs.dtype == np.float32 and mask.dtype == np.float32
    assert label == int(mask.any())
    normalised = PatchDataset(tiny_patches, "coh_cos_sin", normalisation={
        "kind": "mean_std", "mean": [0.5, 0.0, 0.0], "std": [0.25, 1.0, 2.0]})[0][0]
    np.testing.assert_allclose(normalised[0], (inputs[0] - 0.5) / 0.25, atol=1e-6)
    np.testing.assert_allclose(normalised[2], inputs[2] / 2.0, atol=1e-6)


def test_patch_sets_refuse_mixed_sizes():
    a = PatchSet.from_arrays(np.zeros((1, 8, 8)), np.ones((1, 8, 8)), np.zeros((1, 8, 8)), 0, 0)
    b = PatchSet.from_arrays(np.zeros((1, 6, 6)), np.ones((1, 6, 6)), np.zeros((1, 6, 6)), 0, 0)
    assert len(PatchSet.concatenate([a, a])) == 2
    with pytest.raises(InputDataError, match="different sizes"):
        PatchSet.concatenate([a, b])
