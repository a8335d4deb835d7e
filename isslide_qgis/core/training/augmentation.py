"""Training augmentation of interferogram patches: phase offset, conjugation, flips, rotations,
and three perturbations of the physics the simulator cannot pin down.

- **Phase offset**: a constant drawn in [0, 2*pi) is added to the wrapped phase *before*
  cos/sin are taken (the absolute phase of an interferogram is arbitrary: it depends on the
  processor's reference point); coherence is unchanged.
- **Conjugation**: the phase changes sign with probability 1/2 (processors differ in their
  sign convention, and a body moving away looks like one moving towards the satellite).
- **Flips and rotations by 90 degrees**: the same transform for the phase, the coherence and
  the mask (orbit direction and slope aspect vary).
- **Phase ramp** (half of the patches): a plane of up to :data:`MAX_RAMP_RAD_PER_PX` radians per
  pixel in a random direction is added to the phase (long-wavelength atmosphere and orbital
  residuals of another processor or another atmosphere model: a gradient over the whole patch
  is not a moving area).
- **Coherence gamma** (half of the patches): coherence ``c ** g`` with ``log g`` uniform in
  +-:data:`MAX_LOG_GAMMA` (estimators differ in window and bias, processors in calibration).
- **Phase noise** (a third of the patches): white noise of standard deviation up to
  :data:`MAX_NOISE_RAD` radians on the phase (a chain filtered less than the simulator's).
- **No-data edges** (off by default; :data:`NODATA_EDGE_SHARE` of the patches when on): a band
  along one side, or two bands meeting in a corner, each 10-60 % of the patch wide, becomes no
  data (phase and coherence missing, mask 0). Inference reads the tiles at a raster's edge
  boundless, so with the default half-tile overlap every edge tile is half no data (a corner
  tile three quarters); real products also mask water, layover and swath borders. A classifier
  that never saw no data averages it into its score and misses an area lying beside it.

Draws are vectorised per batch (:meth:`Augmentation.draw`) from a numpy generator, so a batch's
augmentation is fixed by the generator's state (reproducible, resumable).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

#: Steepest augmentation ramp (rad/pixel): 0.03 is about 2 rad per km at 15 m pixels.
MAX_RAMP_RAD_PER_PX = 0.03
#: Coherence exponents ``exp(U(-MAX_LOG_GAMMA, MAX_LOG_GAMMA))``.
MAX_LOG_GAMMA = 0.4
#: Largest standard deviation of the added phase noise (rad).
MAX_NOISE_RAD = 0.5
#: Share of the patches given no-data edges when that augmentation is on.
NODATA_EDGE_SHARE = 0.25
#: Width of a no-data band, as a share of the patch side.
NODATA_EDGE_WIDTH = (0.1, 0.6)

@dataclass(frozen=True)
class AugmentationDraw:
    """Random parameters of a batch of ``n`` patches.

    Attributes:
        offset: (n,) phase offsets in [0, 2*pi) added before cos/sin.
        sign: (n,) +1 or -1 multiplying the phase (conjugation).
        rotations: (n,) number of 90-degree counter-clockwise rotations (0-3).
        flip: (n,) True: mirror left-right (after the rotation).
        ramp: (n, 2) phase gradient (rad/pixel) along rows and columns; 0 when not drawn.
        gamma: (n,) exponent of the coherence (1: unchanged).
        noise: (n,) standard deviation (rad) of the phase noise (0: none).
        noise_seed: (n,) seeds of each patch's noise field.
        nodata_edges: (n, 4) width of the no-data band along the top, bottom, left and right
            side, as a share of the patch side (0: none); ``None`` when not drawn.
    """

    offset: np.ndarray
    sign: np.ndarray
    rotations: np.ndarray
    flip: np.ndarray
    ramp: np.ndarray | None = None
    gamma: np.ndarray | None = None
    noise: np.ndarray | None = None
    noise_seed: np.ndarray | None = None
    nodata_edges: np.ndarray | None = None


@dataclass(frozen=True)
class Augmentation:
    """Which augmentations are active (all by default; ``Augmentation.none()`` for none)."""

    phase_offset: bool = True
    conjugate: bool = True
    flips: bool = True
    rot90: bool = True
    ramp: bool = True
    coherence_gamma: bool = True
    phase_noise: bool = True
    nodata_edges: bool = False

    @classmethod
    def none(cls) -> Augmentation:
        """No augmentation (validation, tests)."""
        return cls(**{f.name: False for f in dataclasses.fields(cls)})

    @classmethod
    def only(cls, *names: str) -> Augmentation:
        """Just the augmentations ``names`` (field names), e.g. ``Augmentation.only("flips")``."""
        return dataclasses.replace(cls.none(), **{name: True for name in names})

    def draw(self, rng: np.random.Generator, n: int) -> AugmentationDraw:
        """Draw the parameters of ``n`` patches (always the same number of draws per patch,
        whatever is active, so switching one augmentation off does not shift the others).

        No-data edges, added after the others, are drawn last and only when active, so a model
        trained without them gets the draws it always got (its weights stay reproducible)."""
        offset = rng.uniform(0.0, 2.0 * np.pi, n).astype(np.float32)
        sign = np.where(rng.random(n) < 0.5, -1.0, 1.0).astype(np.float32)
        rotations = rng.integers(0, 4, n)
        flip = rng.random(n) < 0.5
        slope = rng.uniform(0.0, MAX_RAMP_RAD_PER_PX, n) * (rng.random(n) < 0.5)
        angle = rng.uniform(0.0, 2.0 * np.pi, n)
        ramp = np.stack([slope * np.sin(angle), slope * np.cos(angle)], axis=1).astype(np.float32)
        gamma = np.exp(rng.uniform(-MAX_LOG_GAMMA, MAX_LOG_GAMMA, n) * (rng.random(n) < 0.5))
        noise = rng.uniform(0.0, MAX_NOISE_RAD, n) * (rng.random(n) < 1.0 / 3.0)
        noise_seed = rng.integers(0, 2**31, n)
        return AugmentationDraw(
            offset if self.phase_offset else np.zeros(n, np.float32),
            sign if self.conjugate else np.ones(n, np.float32),
            rotations if self.rot90 else np.zeros(n, np.int64),
            flip if self.flips else np.zeros(n, bool),
            ramp if self.ramp else np.zeros((n, 2), np.float32),
            gamma.astype(np.float32) if self.coherence_gamma else np.ones(n, np.float32),
            noise.astype(np.float32) if self.phase_noise else np.zeros(n, np.float32),
            noise_seed,
            draw_nodata_edges(rng, n) if self.nodata_edges else None,
        )


def draw_nodata_edges(rng: np.random.Generator, n: int) -> np.ndarray:
    """``(n, 4)`` no-data band widths (top, bottom, left, right; share of the side): for
    :data:`NODATA_EDGE_SHARE` of the patches one side, or (one time in three) two sides meeting
    in a corner, each :data:`NODATA_EDGE_WIDTH` wide; 0 elsewhere."""
    chosen = rng.random(n) < NODATA_EDGE_SHARE
    corner = rng.random(n) < 1.0 / 3.0
    vertical = rng.integers(0, 2, n)      # top (0) or bottom (1)
    horizontal = rng.integers(2, 4, n)    # left (2) or right (3)
    alone = np.where(rng.random(n) < 0.5, vertical, horizontal)
    widths = rng.uniform(*NODATA_EDGE_WIDTH, (n, 2))
    out = np.zeros((n, 4), np.float32)
    rows = np.flatnonzero(chosen)
    out[rows, alone[rows]] = widths[rows, 0]
    both = np.flatnonzero(chosen & corner)
    out[both, vertical[both]] = widths[both, 0]
    out[both, horizontal[both]] = widths[both, 1]
    return out


def nodata_edge_mask(draw: AugmentationDraw, shape: tuple[int, int]) -> np.ndarray | None:
    """``(n, H, W)`` True where a patch's drawn no-data edges lie; ``None`` when none drawn."""
    if draw.nodata_edges is None or not draw.nodata_edges.any():
        return None
    height, width = shape
    rows = np.arange(height).reshape(1, -1, 1)
    cols = np.arange(width).reshape(1, 1, -1)
    top, bottom, left, right = (np.round(draw.nodata_edges[:, k] * (width if k > 1 else height))
                                .astype(np.int64).reshape(-1, 1, 1) for k in range(4))
    return (rows < top) | (rows >= height - bottom) | (cols < left) | (cols >= width - right)


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
    """The phase of a batch ``(n, H, W)`` conjugated (``sign * phase``), plus the drawn ramp and
    noise (the offset is added by :func:`~isslide_qgis.core.insar.channels.make_channels`,
    before cos/sin; no data stays NaN)."""
    out = phase * draw.sign.reshape(-1, *([1] * (phase.ndim - 1)))
    if draw.ramp is not None and draw.ramp.any():
        rows = np.arange(phase.shape[-2], dtype=np.float32).reshape(1, -1, 1)
        cols = np.arange(phase.shape[-1], dtype=np.float32).reshape(1, 1, -1)
        out = out + draw.ramp[:, 0].reshape(-1, 1, 1) * rows + draw.ramp[:, 1].reshape(-1, 1, 1) * cols
    if draw.noise is not None and draw.noise.any():
        for i in np.flatnonzero(draw.noise):
            field = np.random.default_rng(int(draw.noise_seed[i])).standard_normal(out.shape[1:])
            out[i] = out[i] + draw.noise[i] * field.astype(out.dtype)
    return out.astype(np.float32, copy=False)


def augment_coherence(coherence: np.ndarray, draw: AugmentationDraw) -> np.ndarray:
    """The coherence of a batch ``(n, H, W)`` raised to each patch's drawn exponent."""
    if draw.gamma is None or np.all(draw.gamma == 1):
        return coherence
    gamma = draw.gamma.reshape(-1, *([1] * (coherence.ndim - 1)))
    return np.power(np.clip(coherence, 0.0, 1.0), gamma).astype(np.float32, copy=False)
