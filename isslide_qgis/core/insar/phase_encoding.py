"""How an interferogram file stores its phase, and how to decode it into radians.

Processors export the wrapped interferogram in four ways, one :class:`PhaseEncoding` each:
one band of phase in radians (SNAP "Phase_ifg", LiCSAR, ISCE ``filt_topophase.flat`` phase),
one complex band (ISCE ``.int``, SNAP i/q combined), two bands real/imaginary (SNAP "i_ifg",
"q_ifg"), or two bands cos/sin of the phase (network-ready exports).
"""
from __future__ import annotations

from enum import Enum
from typing import Callable, Sequence

import numpy as np

from isslide_qgis.core.messages import translate

#: A pixel counts as cos/sin when |b1^2 + b2^2 - 1| is below this...
UNIT_CIRCLE_TOLERANCE = 0.01
#: ...for at least this fraction of the valid sampled pixels.
UNIT_CIRCLE_FRACTION = 0.99


class PhaseEncoding(str, Enum):
    """Storage of the wrapped phase in a raster.

    ``AUTO`` resolves, in this order: a complex data type gives ``COMPLEX``; a ``band``
    argument or a single band gives ``PHASE``; two bands give ``COS_SIN`` when the band
    descriptions contain "cos" (band 1) and "sin" (band 2), or when
    ``|b1^2 + b2^2 - 1| < 0.01`` on at least 99% of the valid sampled pixels, and
    ``REAL_IMAG`` otherwise. More than two bands need an explicit ``band``.
    """

    AUTO = "auto"
    PHASE = "phase"
    COMPLEX = "complex"
    REAL_IMAG = "real_imag"
    COS_SIN = "cos_sin"


#: Number of consecutive bands each encoding reads.
BAND_COUNTS: dict[PhaseEncoding, int] = {
    PhaseEncoding.PHASE: 1,
    PhaseEncoding.COMPLEX: 1,
    PhaseEncoding.REAL_IMAG: 2,
    PhaseEncoding.COS_SIN: 2,
}


def parse_encoding(value: str | PhaseEncoding) -> PhaseEncoding:
    """The :class:`PhaseEncoding` named by ``value``.

    Raises:
        ValueError: The name is not an encoding; the message lists the valid names.
    """
    try:
        return PhaseEncoding(value)
    except ValueError:
        names = ", ".join(e.value for e in PhaseEncoding)
        raise ValueError(
            translate("IsslideCore", "Unknown phase encoding {value}; valid encodings: {names}.").format(
                value=repr(value), names=names
            )
        ) from None


def select_bands(
    encoding: PhaseEncoding, count: int, is_complex: bool, band: int | None
) -> tuple[PhaseEncoding, tuple[int, ...]]:
    """The encoding (``AUTO`` kept only for an undecided two-band raster) and the 1-based
    bands to read. Assumes :func:`validation.check_band_count` accepted the combination."""
    if encoding is PhaseEncoding.AUTO:
        if is_complex:
            encoding = PhaseEncoding.COMPLEX
        elif band is not None or count == 1:
            encoding = PhaseEncoding.PHASE
        else:
            return PhaseEncoding.AUTO, (1, 2)
    first = band or 1
    return encoding, tuple(range(first, first + BAND_COUNTS[encoding]))


def nodata_mask(values: np.ndarray, nodata: float | None) -> np.ndarray:
    """Pixels equal to the declared nodata value (NaN nodata matches NaN)."""
    if nodata is None:
        return np.zeros(values.shape, dtype=bool)
    if np.isnan(nodata):
        return np.isnan(values)
    return values == nodata


def _decode_phase(bands: np.ndarray, nodata: Sequence[float | None]) -> np.ndarray:
    phase = bands[0].astype(np.float32, copy=True)
    phase[nodata_mask(bands[0], nodata[0]) | ~np.isfinite(phase)] = np.nan
    return phase


def _decode_complex(bands: np.ndarray, nodata: Sequence[float | None]) -> np.ndarray:
    z = bands[0].astype(np.complex64, copy=False)
    phase = np.angle(z).astype(np.float32)
    phase[nodata_mask(z, nodata[0]) | ~np.isfinite(z) | (z == 0)] = np.nan
    return phase


def _decode_components(bands: np.ndarray, nodata: Sequence[float | None]) -> np.ndarray:
    first = bands[0].astype(np.float32, copy=False)
    second = bands[1].astype(np.float32, copy=False)
    phase = np.arctan2(second, first).astype(np.float32)
    invalid = nodata_mask(bands[0], nodata[0]) & nodata_mask(bands[1], nodata[1])
    invalid |= ~np.isfinite(first) | ~np.isfinite(second) | ((first == 0) & (second == 0))
    phase[invalid] = np.nan
    return phase


#: Decoder of each encoding: (bands read, their nodata values) -> phase in radians, NaN
#: where invalid. Zero-magnitude pixels of complex/two-band encodings have no phase and are
#: invalid (processors write 0 outside the swath, often without declaring it as nodata).
DECODERS: dict[PhaseEncoding, Callable[[np.ndarray, Sequence[float | None]], np.ndarray]] = {
    PhaseEncoding.PHASE: _decode_phase,
    PhaseEncoding.COMPLEX: _decode_complex,
    PhaseEncoding.REAL_IMAG: _decode_components,
    PhaseEncoding.COS_SIN: _decode_components,
}


def decode_phase(
    encoding: PhaseEncoding, bands: np.ndarray, nodata: Sequence[float | None]
) -> np.ndarray:
    """Phase in radians (float32, NaN where invalid) from the raw bands of ``encoding``."""
    return DECODERS[encoding](bands, nodata)


def detect_two_band_encoding(
    descriptions: Sequence[str | None], sample: np.ndarray, nodata: Sequence[float | None]
) -> tuple[PhaseEncoding, str]:
    """Tell ``COS_SIN`` from ``REAL_IMAG`` for a two-band raster (see :class:`PhaseEncoding`).

    Args:
        descriptions: Descriptions of the two bands (``None`` when absent).
        sample: A (2, h, w) sample of the two bands.
        nodata: Nodata values of the two bands.

    Returns:
        The encoding and a sentence saying why.
    """
    first, second = ((d or "").lower() for d in descriptions[:2])
    if "cos" in first and "sin" in second:
        return PhaseEncoding.COS_SIN, translate("IsslideCore", "band descriptions name cos and sin")
    valid = np.isfinite(_decode_components(sample, nodata))
    count = int(valid.sum())
    if count:
        radius = sample[0][valid].astype(np.float64) ** 2 + sample[1][valid].astype(np.float64) ** 2
        on_circle = float(np.mean(np.abs(radius - 1.0) < UNIT_CIRCLE_TOLERANCE))
        if on_circle >= UNIT_CIRCLE_FRACTION:
            return PhaseEncoding.COS_SIN, translate(
                "IsslideCore", "b1^2 + b2^2 = 1 (within {tolerance}) on {fraction} of {count} sampled pixels"
            ).format(tolerance=UNIT_CIRCLE_TOLERANCE, fraction=f"{on_circle:.1%}", count=count)
    return PhaseEncoding.REAL_IMAG, translate(
        "IsslideCore", "two bands whose values are not on the unit circle"
    )
