"""Augmentation: the phase offset turns (cos, sin) and leaves coherence; flips and rotations
move inputs and mask together; conjugation negates sin."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.training.augmentation import Augmentation, orient
from isslide_qgis.core.training.datasets import PatchDataset
from isslide_qgis.core.training.patchset import PatchSet


def _patch(size: int = 24) -> PatchSet:
    rows, cols = np.mgrid[:size, :size]
    mask = ((rows < 8) & (cols > 14)).astype(np.uint8)  # an asymmetric corner block
    phase = np.angle(np.exp(1j * (0.3 * rows + 0.11 * cols * cols / size)))
    coherence = 0.25 + 0.5 * mask + 0.002 * cols  # tied to the mask, and not symmetric
    phase[3, 5] = np.nan  # one no-data pixel
    return PatchSet.from_arrays(phase[None], coherence[None], mask[None], 0, 0)


def test_phase_offset_rotates_cos_sin_and_keeps_coherence():
    patches = _patch()
    plain = PatchDataset(patches, "coh_cos_sin").batch([0])[0][0]
    data = PatchDataset(patches, "coh_cos_sin", Augmentation(True, False, False, False))
    rng = np.random.default_rng(4)
    offset = Augmentation(True, False, False, False).draw(np.random.default_rng(4), 1).offset[0]
    shifted = data.batch([0], rng)[0][0]
    assert 0 <= offset < 2 * np.pi and abs(np.sin(offset)) > 0.05
    np.testing.assert_array_equal(shifted[0], plain[0])  # coherence untouched
    assert np.abs(shifted[1] - plain[1]).max() > 0.1  # cos changed
    # (cos, sin) rotated by the offset: cos(p + o) = cos p cos o - sin p sin o
    expected_cos = plain[1] * np.cos(offset) - plain[2] * np.sin(offset)
    expected_sin = plain[2] * np.cos(offset) + plain[1] * np.sin(offset)
    np.testing.assert_allclose(shifted[1], expected_cos, atol=2e-3)
    np.testing.assert_allclose(shifted[2], expected_sin, atol=2e-3)
    assert shifted[:, 3, 5].tolist() == [0.0, 0.0, 0.0]  # no data stays 0 in every channel


def test_offset_changes_cohcos_cohsin_but_not_their_modulus():
    patches = _patch()
    plain = PatchDataset(patches, "cohcos_cohsin").batch([0])[0][0]
    shifted = PatchDataset(patches, "cohcos_cohsin", Augmentation(True, False, False, False)).batch(
        [0], np.random.default_rng(1))[0][0]
    assert np.abs(shifted - plain).max() > 0.1
    np.testing.assert_allclose(np.hypot(*shifted), np.hypot(*plain), atol=2e-3)  # = coherence


@pytest.mark.parametrize("seed", range(6))
def test_flips_and_rotations_move_inputs_and_mask_together(seed):
    patches = _patch()
    data = PatchDataset(patches, "coh_cos_sin", Augmentation(False, False, True, True))
    inputs, masks, labels = data.batch([0], np.random.default_rng(seed))
    draw = Augmentation(False, False, True, True).draw(np.random.default_rng(seed), 1)
    # coherence was built from the mask: the relation must hold pixel for pixel afterwards
    mask, coherence = masks[0], inputs[0, 0]
    residual = (coherence - 0.25 - 0.5 * mask)[coherence > 0]  # 0.002 * column if aligned
    assert residual.min() > -0.01 and residual.max() < 0.06
    expected = orient(patches.mask[0], draw.rotations[0], draw.flip[0])
    np.testing.assert_array_equal(mask, expected)
    plain = PatchDataset(patches, "coh_cos_sin").batch([0])[0][0]
    np.testing.assert_array_equal(inputs[0], orient(plain, draw.rotations[0], draw.flip[0]))
    assert labels[0] == 1


def test_all_eight_orientations_are_drawn_and_distinct():
    mask = _patch().mask[0]
    draw = Augmentation().draw(np.random.default_rng(0), 200)
    seen = {(int(k), bool(f)) for k, f in zip(draw.rotations, draw.flip)}
    assert len(seen) == 8
    images = {orient(mask, k, f).tobytes() for k, f in seen}
    assert len(images) == 8


def test_conjugation_negates_sin_only():
    patches = _patch()
    plain = PatchDataset(patches, "coh_cos_sin").batch([0])[0][0]
    augmentation = Augmentation(False, True, False, False)
    for seed in range(20):
        draw = augmentation.draw(np.random.default_rng(seed), 1)
        if draw.sign[0] < 0:
            out = PatchDataset(patches, "coh_cos_sin", augmentation).batch([0], np.random.default_rng(seed))[0][0]
            np.testing.assert_allclose(out[2], -plain[2], atol=1e-6)
            np.testing.assert_allclose(out[:2], plain[:2], atol=1e-6)
            return
    pytest.fail("no conjugation drawn in 20 seeds")
