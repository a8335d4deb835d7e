"""Training augmentation of interferogram patches: phase offset, conjugation, flips, rotations.

- **Phase offset**: a constant drawn in [0, 2*pi) is added to the wrapped phase *before*
  cos/sin are taken (the absolute phase of an interferogram is arbitrary: it depends on the
  processor's reference point); coherence is unchanged.
- **Conjugation**: the phase changes sign with probability 1/2 (processors differ in their
  sign convention, and a body moving away looks like one moving towards the satellite).
- **Flips and rotations by 90 degrees**: the same transform for the phase, the coherence and
  the mask (orbit direction and slope aspect vary).

Draws are vectorised per batch (:meth:`Augmentation.draw`) from a numpy generator, so a batch's
augmentation is fixed by the generator's state (reproducible, resumable).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class AugmentationDraw:
    """Random parameters of a batch of ``n`` patches.

    Attributes:
        offset: (n,) phase offsets in [0, 2*pi) added before cos/sin.
        sign: (n,) +1 or -1 multiplying the phase (conjugation).
        rotations: (n,) number of 90-degree counter-clockwise rotations (0-3).
        flip: (n,) True: mirror left-right (after the rotation).
    """

    offset: np.ndarray
    sign: np.ndarray
    rotations: np.ndarray
    flip: np.ndarray


@dataclass(frozen=True)
class Augmentation:
    """Which augmentations are active (all by default; ``Augmentation.none()`` for none)."""

    phase_offset: bool = True
    conjugate: bool = True
    flips: bool = True
    rot90: bool = True

    @classmethod
    def none(cls) -> Augmentation:
        """No augmentation (validation, tests)."""
        return cls(False, False, False, False)

    def draw(self, rng: np.random.Generator, n: int) -> AugmentationDraw:
        """Draw the parameters of ``n`` patches (always the same number of draws per patch,
        whatever is active, so switching one augmentation off does not shift the others)."""
        offset = rng.uniform(0.0, 2.0 * np.pi, n).astype(np.float32)
        sign = np.where(rng.random(n) < 0.5, -1.0, 1.0).astype(np.float32)
        rotations = rng.integers(0, 4, n)
        flip = rng.random(n) < 0.5
        return AugmentationDraw(
            offset if self.phase_offset else np.zeros(n, np.float32),
            sign if self.conjugate else np.ones(n, np.float32),
            rotations if self.rot90 else np.zeros(n, np.int64),
            flip if self.flips else np.zeros(n, bool),
        )


def orient(array: np.ndarray, rotations: int, flip: bool) -> np.ndarray:
    """Rotate the last two axes by ``rotations`` x 90 degrees, then mirror left-right if ``flip``.

    Apply it with the same arguments to every array of a patch (phase, coherence, mask) so
    they stay aligned.
    """
    out = np.rot90(array, int(rotations), axes=(-2, -1))
    return np.flip(out, axis=-1) if flip else out


def orient_batch(array: np.ndarray, draw: AugmentationDraw) -> np.ndarray:
    """:func:`orient` of each patch of a batch ``(n, ..., H, W)`` (square patches), contiguous."""
    return np.ascontiguousarray(np.stack(
        [orient(a, k, f) for a, k, f in zip(array, draw.rotations, draw.flip)]))


def augment_phase(phase: np.ndarray, draw: AugmentationDraw) -> np.ndarray:
    """The conjugated phase ``sign * phase`` of a batch ``(n, H, W)`` (the offset is added by
    :func:`~isslide_qgis.core.insar.channels.make_channels`, before cos/sin)."""
    return phase * draw.sign.reshape(-1, *([1] * (phase.ndim - 1)))
