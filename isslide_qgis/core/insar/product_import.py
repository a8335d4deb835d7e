"""Importing a processor's product as this plugin's GeoTIFFs (``isslide:importproduct``).

A recognised product (a file, or a pair folder: LiCSAR, HyP3, PyRate, SNAP, ISCE2, GAMMA...)
is read with its processor's conventions (raw binaries through their VRT headers, LiCSAR's
0-255 coherence, undeclared zeros, unwrapped phase re-wrapped) and written, window by window,
as two float32 GeoTIFFs in this plugin's conventions: wrapped phase in radians in [-pi, pi]
with positive phase meaning motion towards the satellite (the processor's sign is undone), and
coherence in [0, 1]; NaN is the declared nodata. Both outputs are written to temporary files
and renamed only when both are complete.
"""
from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
from rasterio.errors import RasterioError

from isslide_qgis.core.errors import OperationCanceled
from isslide_qgis.core.insar.geotiff import atomic_output, geotiff_profile, open_for_writing
from isslide_qgis.core.insar.products import ProductMatch, recognise_input
from isslide_qgis.core.insar.reading import InterferogramReader
from isslide_qgis.core.messages import translate
from isslide_qgis.core.output_paths import check_not_input, output_file, write_failed


@dataclass
class ImportResult:
    """What :func:`import_product` wrote.

    Attributes:
        interferogram: The wrapped-phase GeoTIFF.
        coherence: The coherence GeoTIFF (``None`` when the product has no coherence).
        product: The recognised product.
        notes: What was decided on reading (for the log).
    """

    interferogram: Path
    coherence: Path | None
    product: ProductMatch
    notes: list[str] = field(default_factory=list)


def product_files(found: ProductMatch) -> list[Path]:
    """The analyst's files a product is read from (an output must be none of them)."""
    files = [found.path, found.coherence_path]
    files += [p.with_name(p.name + suffix) for p in filter(None, files) for suffix in (".vrt", ".xml")]
    return [p for p in files if p is not None]


def _tags(found: ProductMatch) -> dict[str, str]:
    tags = {"product": found.product.name, "source": str(found.path),
            "phase_sign": "+1 (positive phase: motion towards the satellite)",
            "source_phase_sign": f"{found.product.phase_sign:+g} ({found.product.sign_source})"}
    if found.date_first is not None:
        tags.update(date_first=found.date_first.isoformat(),
                    date_second=found.date_second.isoformat(),
                    baseline_days=str(found.baseline_days))
    return tags


def import_product(
    source: str | Path,
    interferogram_path: str | Path,
    coherence_path: str | Path | None,
    block_size: int = 512,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write a recognised product's interferogram and coherence as GeoTIFFs.

    Args:
        source: A product file, or a pair folder holding one interferogram.
        interferogram_path: Output wrapped phase (float32 radians, NaN nodata).
        coherence_path: Output coherence (float32 [0, 1], NaN nodata); ``None``: not written.
        block_size: Window size: memory depends on it only, never on the raster's size.
        progress, is_canceled: Progress (percent) and cancellation callables.

    Raises:
        InputDataError: the product is not recognised or not readable, or an output is one of
            its files (checked before anything is written).
        OutputWriteError: an output could not be written (nothing is left).
        OperationCanceled: cancelled (nothing is left).
    """
    found = recognise_input(source)
    outputs = [output_file(interferogram_path)]
    if coherence_path is not None:
        outputs.append(output_file(coherence_path))
        check_not_input(outputs[1], [outputs[0]])
    for output in outputs:
        check_not_input(output, product_files(found))
    with InterferogramReader(found.path, found.coherence_path, product=found) as reader:
        notes = list(reader.notes)
        if found.product.phase_sign < 0:
            notes.append(translate(
                "IsslideCore", "phase sign reversed to this plugin's convention (positive phase "
                "is motion towards the satellite)"))
        if coherence_path is not None and not reader.has_coherence:
            notes.append(translate(
                "IsslideCore", "no coherence found with '{path}': the coherence output is not "
                "written").format(path=found.path))
            outputs = outputs[:1]
        _write(reader, outputs, _tags(found), found.product.phase_sign, block_size, progress,
               is_canceled)
    return ImportResult(outputs[0], outputs[1] if len(outputs) > 1 else None, found, notes)


def _write(reader: InterferogramReader, outputs: list[Path], tags: dict[str, str], sign: float,
           block_size: int, progress: Callable[[float], None] | None,
           is_canceled: Callable[[], bool] | None) -> None:
    """Stream the reader's windows into the outputs (all renamed at the end, or none)."""
    profile = geotiff_profile(reader.grid, 1, "float32", np.nan)
    blocks = list(reader.grid.block_windows(block_size))
    current = outputs[0]
    try:
        with ExitStack() as stack:
            temporaries = [stack.enter_context(atomic_output(path)) for path in outputs]
            datasets = []
            for path, temporary, name in zip(outputs, temporaries, ("wrapped_phase", "coherence")):
                current = path
                dst = stack.enter_context(open_for_writing(temporary, profile))
                dst.set_band_description(1, name)
                dst.update_tags(**tags)
                datasets.append(dst)
            for index, window in enumerate(blocks):
                if is_canceled is not None and is_canceled():
                    raise OperationCanceled(translate(
                        "IsslideCore", "Cancelled: no output was written."))
                data = reader.read(window)
                values = [np.float32(np.sign(sign) or 1) * data.phase, data.coherence]
                for path, dst, array in zip(outputs, datasets, values):
                    current = path
                    dst.write(array.astype(np.float32), 1, window=window)
                if progress is not None:
                    progress(100.0 * (index + 1) / len(blocks))
    except (OSError, RasterioError) as exc:
        raise write_failed(current, exc) from None
