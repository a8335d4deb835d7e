"""Processing chains: what a processor does to the multilooked interferogram before export.

- ``"goldstein"`` (historical): the Goldstein adaptive filter (:mod:`.goldstein`) when
  ``SceneConfig.goldstein`` is True, nothing otherwise (random configs draw it 85 % on).
- ``"unfiltered"``: the multilooked interferogram as it is (LiCSAR's ``diff_unfiltered_pha``,
  HyP3 without filter).
- ``"boxcar"``: a ``boxcar_window`` x ``boxcar_window`` moving average of the complex
  interferogram on the multilooked grid (extra multilook smoothing kept at full sampling):
  a linear, non-adaptive filter that blurs fringes and noise alike, unlike Goldstein's
  spectrum-weighted one.
Each returns the filtered complex interferogram, or None when the chain leaves it as is.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import numpy as np
from scipy import ndimage

from .goldstein import goldstein_filter, multilook_equivalent_fft

if TYPE_CHECKING:
    from .config import SceneConfig

#: A chain: (interferogram complex64, nodata mask, config) -> filtered interferogram or None.
Chain = Callable[[np.ndarray, np.ndarray, "SceneConfig"], "np.ndarray | None"]


def goldstein_chain(ifg: np.ndarray, invalid: np.ndarray, cfg: "SceneConfig") -> np.ndarray | None:
    """Goldstein filter (FFT size meant at SLC or multilook resolution), if switched on."""
    if not cfg.goldstein:
        return None
    ifg[invalid] = 0  # no data outside the swath, as in the SLC chain
    fft = cfg.goldstein_fft
    if cfg.goldstein_grid == "slc":
        fft = multilook_equivalent_fft(cfg.goldstein_fft, cfg.looks)
    return goldstein_filter(ifg, cfg.goldstein_alpha, fft, cfg.goldstein_window)


def unfiltered_chain(ifg: np.ndarray, invalid: np.ndarray, cfg: "SceneConfig") -> np.ndarray | None:
    """No filter."""
    return None


def boxcar_chain(ifg: np.ndarray, invalid: np.ndarray, cfg: "SceneConfig") -> np.ndarray:
    """Moving average of the complex interferogram (zero outside the swath)."""
    z = ifg.copy()
    z[invalid] = 0
    size = cfg.boxcar_window
    re = ndimage.uniform_filter(z.real, size=size, mode="reflect")
    im = ndimage.uniform_filter(z.imag, size=size, mode="reflect")
    return (re + 1j * im).astype(np.complex64)


#: Processing chains, by name (``SceneConfig.chain``).
CHAINS: dict[str, Chain] = {"goldstein": goldstein_chain, "unfiltered": unfiltered_chain, "boxcar": boxcar_chain}
