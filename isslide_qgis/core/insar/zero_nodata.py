"""Exact zeros as nodata: what processors write where there is no data, often undeclared.

SNAP, LiCSAR and HyP3 write 0 outside the swath (and over masked water or unwrapping gaps),
in the phase and in the coherence, frequently without a nodata tag. Rules (applied only when
the phase raster declares no nodata: a declared nodata always wins):

- with a coherence: a pixel whose phase and coherence are both exactly 0 is nodata, in any
  region (a real interferogram almost never has both exactly 0);
- phase alone: exact zeros are nodata where they form connected regions of at least
  :data:`ZERO_REGION_PIXELS` (a model tile); isolated zeros are kept as phase.
"""
from __future__ import annotations

import numpy as np
from scipy import ndimage

#: a model tile (100 x 100 px, the shipped models' patch size): smaller zero regions are phase
ZERO_REGION_PIXELS = 100 * 100


def zero_nodata_mask(phase: np.ndarray, coherence: np.ndarray | None,
                     min_region: float = ZERO_REGION_PIXELS) -> np.ndarray:
    """Pixels to treat as nodata (bool, the shape of ``phase``).

    Args:
        phase: Decoded phase (NaN where already invalid).
        coherence: Coherence on the same grid, or ``None`` for a phase-only input.
        min_region: Smallest connected region of zeros (pixels of this grid) taken as nodata
            when there is no coherence.
    """
    zeros = phase == 0
    if not zeros.any():
        return zeros
    if coherence is not None:
        return zeros & (coherence == 0)
    labels, count = ndimage.label(zeros)
    if count == 0:
        return zeros
    sizes = np.bincount(labels.ravel())
    sizes[0] = 0
    return sizes[labels] >= max(min_region, 1)
