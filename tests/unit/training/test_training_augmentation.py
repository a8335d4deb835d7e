"""Augmentation: the phase offset turns (cos, sin) and leaves coherence; flips and rotations
move inputs and mask together; conjugation negates sin."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.training.augmentation import Augmentation, nodata_edge_mask, orient
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
    data = PatchDataset(patches, "coh_cos_sin", Augmentation.only("phase_offset"))
    rng = np.random.default_rng(4)
    offset = Augmentation.only("phase_offset").draw(np.random.default_rng(4), 1).offset[0]
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
    shifted = PatchDataset(patches, "cohcos_cohsin", Augmentation.only("phase_offset")).batch(
        [0], np.random.default_rng(1))[0][0]
    assert np.abs(shifted - plain).max() > 0.1
    np.testing.assert_allclose(np.hypot(*shifted), np.hypot(*plain), atol=2e-3)  # = coherence


@pytest.mark.parametrize("seed", range(6))
def test_flips_and_rotations_move_inputs_and_mask_together(seed):
    patches = _patch()
    data = PatchDataset(patches, "coh_cos_sin", Augmentation.only("flips", "rot90"))
    inputs, masks, labels = data.batch([0], np.random.default_rng(seed))
    draw = Augmentation.only("flips", "rot90").draw(np.random.default_rng(seed), 1)
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
    augmentation = Augmentation.only("conjugate")
    for seed in range(20):
        draw = augmentation.draw(np.random.default_rng(seed), 1)
        if draw.sign[0] < 0:
            out = PatchDataset(patches, "coh_cos_sin", augmentation).batch([0], np.random.default_rng(seed))[0][0]
            np.testing.assert_allclose(out[2], -plain[2], atol=1e-6)
            np.testing.assert_allclose(out[:2], plain[:2], atol=1e-6)
            return
    pytest.fail("no conjugation drawn in 20 seeds")


def test_physics_perturbations_keep_nodata_and_ranges() -> None:
    """Ramp, coherence power and phase noise: NaN stays NaN, coherence stays in [0, 1], a ramp
    is a plane (its second differences vanish), and each is off in Augmentation.none()."""
    from isslide_qgis.core.training.augmentation import augment_coherence, augment_phase

    rng = np.random.default_rng(0)
    phase = np.zeros((64, 20, 20), np.float32)
    phase[:, 0, 0] = np.nan
    coherence = np.full((64, 20, 20), 0.5, np.float32)
    draw = Augmentation.only("ramp", "coherence_gamma").draw(rng, 64)
    ramped, powered = augment_phase(phase.copy(), draw), augment_coherence(coherence, draw)
    assert np.isnan(ramped[:, 0, 0]).all() and np.isfinite(ramped[:, 1:, 1:]).all()
    assert np.allclose(np.diff(ramped[:, 1:, 1:], 2, axis=-1), 0, atol=1e-5)
    assert 0 < np.count_nonzero(draw.ramp.any(axis=1)) < 64  # about half the patches
    assert (powered >= 0).all() and (powered <= 1).all() and np.unique(powered).size > 1
    noisy = augment_phase(phase.copy(), Augmentation.only("phase_noise").draw(rng, 64))
    assert 0 < np.count_nonzero(np.nanstd(noisy, axis=(1, 2)) > 0) < 64
    plain = Augmentation.none().draw(rng, 64)
    assert np.array_equal(augment_phase(phase.copy(), plain), phase, equal_nan=True)
    assert augment_coherence(coherence, plain) is coherence


def test_nodata_edges_blank_inputs_and_mask_along_the_drawn_sides() -> None:
    """No-data edges: the drawn bands are 0 in every channel and 0 in the mask, the rest is the
    plain patch; a patch whose moving pixels are all blanked becomes a negative."""
    patches = _patch()
    plain_inputs, plain_mask, _ = PatchDataset(patches, "coh_cos_sin").batch([0] * 64)
    data = PatchDataset(patches, "coh_cos_sin", Augmentation.only("nodata_edges"))
    draw = Augmentation.only("nodata_edges").draw(np.random.default_rng(11), 64)
    inputs, mask, labels = data.batch([0] * 64, np.random.default_rng(11))
    blanked = nodata_edge_mask(draw, (24, 24))
    assert blanked is not None and 0.05 < blanked.any(axis=(1, 2)).mean() < 0.6
    assert (inputs[np.broadcast_to(blanked[:, None], inputs.shape)] == 0).all()
    assert (mask[blanked] == 0).all()
    kept = ~blanked
    np.testing.assert_array_equal(inputs[np.broadcast_to(kept[:, None], inputs.shape)],
                                  plain_inputs[np.broadcast_to(kept[:, None], inputs.shape)])
    np.testing.assert_array_equal(mask[kept], plain_mask[kept])
    np.testing.assert_array_equal(labels, mask.reshape(64, -1).any(axis=1))
    assert (labels == 0).any()  # some bands cover the whole corner block (a negative now)
    widths = draw.nodata_edges[draw.nodata_edges > 0]
    assert widths.min() >= 0.1 and widths.max() <= 0.6


def test_nodata_edges_off_by_default_keep_the_other_draws() -> None:
    """Off (the default), no no-data edge is drawn and the generator is left where it always
    was, so models trained without it keep reproducible weights."""
    first, second = np.random.default_rng(3), np.random.default_rng(3)
    plain = Augmentation().draw(first, 8)
    edged = Augmentation(nodata_edges=True).draw(second, 8)
    assert plain.nodata_edges is None and edged.nodata_edges is not None
    np.testing.assert_array_equal(plain.rotations, edged.rotations)
    np.testing.assert_array_equal(plain.noise_seed, edged.noise_seed)
    assert first.random() != second.random()  # the edges drew after the others
