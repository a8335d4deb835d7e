"""All-or-nothing writing of small report files (HTML, CSV, PNG) without extra packages.

The content goes to a temporary file in the destination folder, which is then renamed over the
destination: a reader (or QGIS) never sees a half-written report, and a failure leaves any
previous file untouched. (:func:`isslide_qgis.core.insar.geotiff.atomic_output` does the same
for GeoTIFFs but needs rasterio.)
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..output_paths import move_into_place, output_file


def write_atomically(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (parent folders created); return the path."""
    path = output_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        move_into_place(name, path)
    finally:
        if os.path.exists(name):
            os.unlink(name)
    return path
