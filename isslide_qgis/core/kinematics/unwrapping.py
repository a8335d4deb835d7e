"""Unwrapping the phase over a moving area and the ring of ground around it.

Only the usable pixels (finite phase, coherent enough) are unwrapped, with scikit-image's
reliability-sorting unwrapper (``skimage.restoration.unwrap_phase``, Herráez et al. 2002),
which takes a mask. Usable pixels that do not connect the area to its ring are dropped: a
reference taken across incoherent ground would be a guess.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from ..errors import MissingDependencyError
from ..messages import translate

_FOUR_CONNECTED = ndimage.generate_binary_structure(2, 1)


def require_unwrapper():
    """scikit-image's ``unwrap_phase``.

    Raises:
        MissingDependencyError: scikit-image is not installed (the message says how to fix it).
    """
    try:
        from skimage.restoration import unwrap_phase
    except ImportError as exc:
        raise MissingDependencyError(translate(
            "IsslideCore", "scikit-image is needed to unwrap the phase of the moving areas "
            "(kinematics): install python3-skimage (Debian) or run Plugins > ISSLIDE > "
            "Install dependencies... ({error}). The areas are written without kinematics."
        ).format(error=exc)) from None
    return unwrap_phase


@dataclass
class Unwrapped:
    """The unwrapped window: ``phase`` (rad, NaN outside ``kept``) and its quality.

    Attributes:
        phase: Unwrapped phase, NaN where not kept.
        kept: Usable pixels connected to both the area and the ring (unwrapped together).
        residues: Phase residues (2x2 loops whose wrapped differences do not sum to 0) among
            the kept pixels, per kept pixel.
        gradient: 90th percentile of the wrapped phase difference between neighbouring kept
            pixels of the area (rad/px); aliasing is near above 1 rad/px.
    """

    phase: np.ndarray
    kept: np.ndarray
    residues: float
    gradient: float


def _wrap(values: np.ndarray) -> np.ndarray:
    return (values + np.pi) % (2 * np.pi) - np.pi


def connected_to_both(usable: np.ndarray, area: np.ndarray, ring: np.ndarray) -> np.ndarray:
    """The usable pixels of the connected part holding most of the area's usable pixels and
    some ring (4-connectivity); empty when no part touches both."""
    labels, count = ndimage.label(usable, structure=_FOUR_CONNECTED)
    if not count:
        return np.zeros_like(usable)
    in_area = np.bincount(labels[area & usable], minlength=count + 1)
    in_ring = np.bincount(labels[ring & usable], minlength=count + 1)
    in_area[0] = 0
    in_area[in_ring == 0] = 0
    best = int(np.argmax(in_area))
    return labels == best if in_area[best] > 0 else np.zeros_like(usable)


def residue_density(phase: np.ndarray, kept: np.ndarray) -> float:
    """Residues per kept pixel: 2x2 loops of kept pixels whose wrapped differences sum to
    +-2 pi."""
    loops = kept[:-1, :-1] & kept[1:, :-1] & kept[1:, 1:] & kept[:-1, 1:]
    if not loops.any():
        return 0.0
    p = np.where(kept, phase, 0.0)
    circulation = (_wrap(p[1:, :-1] - p[:-1, :-1]) + _wrap(p[1:, 1:] - p[1:, :-1])
                   + _wrap(p[:-1, 1:] - p[1:, 1:]) + _wrap(p[:-1, :-1] - p[:-1, 1:]))
    residues = np.abs(np.round(circulation / (2 * np.pi)))[loops]
    return float(np.count_nonzero(residues)) / max(int(kept.sum()), 1)


def gradient_p90(phase: np.ndarray, kept: np.ndarray, area: np.ndarray) -> float:
    """90th percentile of |wrapped difference| between neighbouring kept pixels of the area."""
    inside = kept & area
    steps = []
    for axis in (0, 1):
        a = np.take(phase, range(phase.shape[axis] - 1), axis=axis)
        b = np.take(phase, range(1, phase.shape[axis]), axis=axis)
        both = np.take(inside, range(phase.shape[axis] - 1), axis=axis) & np.take(
            inside, range(1, phase.shape[axis]), axis=axis)
        steps.append(np.abs(_wrap(b - a))[both])
    values = np.concatenate(steps)
    return float(np.percentile(values, 90)) if values.size else 0.0


def unwrap_area(phase: np.ndarray, usable: np.ndarray, area: np.ndarray,
                ring: np.ndarray, region: np.ndarray | None = None) -> Unwrapped:
    """Unwrap ``phase`` (wrapped, rad) over the usable pixels joining ``area`` and ``ring``.

    ``region`` bounds the pixels unwrapped (default: the area, the ring and what they
    enclose, i.e. the gap between them).

    Raises:
        MissingDependencyError: scikit-image is not installed.
    """
    unwrap_phase = require_unwrapper()
    if region is None:
        region = ndimage.binary_fill_holes(area | ring)
    kept = connected_to_both(usable & region, area, ring)
    result = np.full(phase.shape, np.nan, dtype=np.float64)
    if kept.sum() >= 2:
        masked = np.ma.masked_array(np.where(kept, phase, 0.0).astype(np.float64), mask=~kept)
        unwrapped = unwrap_phase(masked, seed=0)
        result[kept] = np.ma.getdata(unwrapped)[kept]
    return Unwrapped(result, kept, residue_density(phase, kept), gradient_p90(phase, kept, area))
