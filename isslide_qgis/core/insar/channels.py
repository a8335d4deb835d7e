"""Network input channels made from phase and coherence, and their streamed raster export.

Two conventions from the ISSLIDE/ECSPLAIN papers: ``coh_cos_sin`` = [coherence, cos(phase),
sin(phase)] (the 2023 segmenters) and ``cohcos_cohsin`` = [coh*cos(phase), coh*sin(phase)]
(ECSPLAIN 2025). The absolute phase is meaningless, so the papers augment training data by
adding a random constant ``phase_offset`` before cos/sin.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np

from isslide_qgis.core.errors import InputDataError, OperationCanceled
from isslide_qgis.core.insar.geotiff import atomic_output, geotiff_profile, open_for_writing, set_descriptions
from isslide_qgis.core.insar.conventions import CONVENTIONS, ChannelConvention, get_convention
from isslide_qgis.core.insar.reading import InterferogramReader
from isslide_qgis.core.messages import translate


#: Formula of each channel name from (cos(phase), sin(phase), coherence).
CHANNEL_FORMULAS: dict[str, Callable[[np.ndarray, np.ndarray, np.ndarray | None], np.ndarray]] = {
    "coherence": lambda cos, sin, coh: coh,
    "cos_phase": lambda cos, sin, coh: cos,
    "sin_phase": lambda cos, sin, coh: sin,
    "coh_cos_phase": lambda cos, sin, coh: coh * cos,
    "coh_sin_phase": lambda cos, sin, coh: coh * sin,
}


def make_channels(
    phase: np.ndarray,
    coherence: np.ndarray | None,
    convention: str | ChannelConvention,
    coherence_threshold: float = 0.0,
    phase_offset: float | np.ndarray = 0.0,
) -> np.ndarray:
    """Stack the input channels of ``convention``.

    Args:
        phase: Wrapped phase in radians, (H, W) or a batch (N, H, W); NaN where invalid.
        coherence: Coherence of the same shape, or ``None`` when the convention needs none.
        convention: Convention name or object.
        coherence_threshold: Pixels whose coherence is below it become NaN.
        phase_offset: Constant added to the phase before cos/sin (augmentation); a scalar or,
            for a batch, one value per image (shape (N,)).

    Returns:
        float32 (C, H, W), or (N, C, H, W) for a batch; NaN in every channel where the
        phase or coherence is invalid or the coherence is below the threshold.
    """
    conv = get_convention(convention)
    if conv.needs_coherence and coherence is None:
        raise InputDataError(
            translate(
                "IsslideCore",
                "Channel convention '{name}' ({description}) needs a coherence raster: "
                "give the coherence of the interferogram."
            ).format(name=conv.name, description=conv.translated_description())
        )
    phase = np.asarray(phase, dtype=np.float32)
    offset = np.asarray(phase_offset, dtype=np.float32)
    if offset.ndim == 1:
        offset = offset.reshape(-1, *([1] * (phase.ndim - 1)))
    shifted = phase + offset
    cos, sin = np.cos(shifted), np.sin(shifted)
    invalid = ~np.isfinite(phase)
    if coherence is not None:
        coherence = np.asarray(coherence, dtype=np.float32)
        with np.errstate(invalid="ignore"):
            invalid |= ~np.isfinite(coherence) | (coherence < coherence_threshold)
    channels = np.stack(
        [CHANNEL_FORMULAS[name](cos, sin, coherence) for name in conv.band_names], axis=-3
    )
    return np.where(np.expand_dims(invalid, -3), np.float32(np.nan), channels).astype(np.float32)


def write_channels_raster(
    reader: InterferogramReader,
    out_path: str | Path,
    convention: str | ChannelConvention,
    coherence_threshold: float = 0.0,
    block_size: int = 512,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> Path:
    """Write the channels of a whole interferogram, block by block, to a GeoTIFF.

    The output lies on the phase grid (same size, transform and CRS; no CRS for radar
    geometry), float32, nodata NaN, tiled 256, DEFLATE, BigTIFF if needed, with the channel
    names as band descriptions. It is written to a temporary file in the output folder and
    renamed at the end: a cancelled or failed run leaves neither ``out_path`` nor a
    temporary file. Memory depends on ``block_size`` only.

    Raises:
        OperationCanceled: ``is_canceled()`` returned True.
        InputDataError: The convention needs coherence and the reader has none.
    """
    conv = get_convention(convention)
    out_path = Path(out_path)
    if conv.needs_coherence and not reader.has_coherence:
        raise InputDataError(
            translate(
                "IsslideCore",
                "Channel convention '{name}' ({description}) needs a coherence raster, "
                "but only the phase '{phase}' was given. Add its coherence raster."
            ).format(name=conv.name, description=conv.translated_description(), phase=reader.phase_path)
        )
    profile = geotiff_profile(reader.grid, len(conv.band_names), "float32", np.nan)
    blocks = list(reader.grid.block_windows(block_size))
    with atomic_output(out_path) as temporary:
        with open_for_writing(temporary, profile) as dst:
            set_descriptions(dst, conv.band_names)
            dst.update_tags(convention=conv.name, phase=str(reader.phase_path),
                            coherence=str(reader.coherence_path or ""))
            for index, window in enumerate(blocks):
                if is_canceled is not None and is_canceled():
                    raise OperationCanceled(
                        translate(
                            "IsslideCore",
                            "Writing the channels to '{path}' was cancelled; no file was written."
                        ).format(path=out_path)
                    )
                data = reader.read(window)
                dst.write(
                    make_channels(data.phase, data.coherence, conv, coherence_threshold), window=window
                )
                if progress is not None:
                    progress(100.0 * (index + 1) / len(blocks))
    return out_path
