"""Physical constants of Sentinel-1 interferometry and the phase/displacement conversion.

Sign convention (a parameter everywhere, ``phase_sign``): ``d_LOS > 0`` is motion TOWARDS the
satellite (range shortening). With ``phase_sign=+1`` (the default),
``phase = +4*pi*d_LOS/lambda``; this is the convention of Hanssen (2001, "Radar
Interferometry: Data Interpretation and Error Analysis", Kluwer, ch. 2: phi = -4*pi*dR/lambda
with dR the one-way range change, dR = -d_LOS).
Processors differ (ISCE, SNAP, GAMMA do not agree), hence ``phase_sign=-1`` gives the opposite
convention. One fringe (2*pi) is lambda/2 = 2.77 cm of LOS motion (ISSLIDE letter, Bralet et al.
2024, doi:10.1109/LGRS.2024.3365299).
"""
from __future__ import annotations

import numpy as np

#: Sentinel-1 C-band radar wavelength in metres (ESA Sentinel-1 SAR user guide: 5.405 GHz).
WAVELENGTH_S1: float = 0.055465763
#: LOS displacement giving one fringe (2*pi of interferometric phase), in metres.
FRINGE_M: float = WAVELENGTH_S1 / 2.0
#: Pixel size of the ISSLIDE products in EPSG:4326, degrees (terrain-corrected S-1, 8x2 looks).
PIXEL_SIZE_DEG: float = 1.3151e-4
#: The same pixel size in metres (UTM products, and ground size assumed for radar geometry).
PIXEL_SIZE_M: float = 14.64
#: Number of looks of the ISSLIDE multilook (8 in range x 2 in azimuth).
ISSLIDE_LOOKS: int = 16
#: Goldstein filter settings of the ISSLIDE pipeline (alpha, FFT size, spectrum smoothing window).
ISSLIDE_GOLDSTEIN: tuple[float, int, int] = (1.0, 64, 3)


def displacement_to_phase(
    d_m: np.ndarray | float, phase_sign: float = 1.0, wavelength: float = WAVELENGTH_S1
) -> np.ndarray | float:
    """Unwrapped interferometric phase (rad) of a LOS displacement (m).

    Args:
        d_m: LOS displacement in metres, positive towards the satellite.
        phase_sign: +1 (phase = +4*pi*d/lambda) or -1 (opposite processor convention).
        wavelength: Radar wavelength in metres (Sentinel-1 by default).
    """
    phase = np.asarray(d_m) * (phase_sign * 4.0 * np.pi / wavelength)
    return float(phase) if phase.ndim == 0 else phase


def phase_to_displacement(
    phi: np.ndarray | float, phase_sign: float = 1.0, wavelength: float = WAVELENGTH_S1
) -> np.ndarray | float:
    """LOS displacement (m, positive towards the satellite) of an unwrapped phase (rad).

    The inverse of :func:`displacement_to_phase` for the same ``phase_sign``.
    """
    d_m = np.asarray(phi) * (wavelength / (phase_sign * 4.0 * np.pi))
    return float(d_m) if d_m.ndim == 0 else d_m


def wrap_phase(phi: np.ndarray) -> np.ndarray:
    """Wrap a phase to [-pi, pi) radians, keeping the dtype and NaNs."""
    return (phi + np.pi) % (2.0 * np.pi) - np.pi
