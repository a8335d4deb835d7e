"""The reviewed areas as training annotations (input of ``isslide:extractpatches``)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import InputDataError
from ..messages import translate
from ..vectorize.geopackage import atomic_geopackage, create_geopackage, ogr_errors, open_geopackage
from .schema import CORRECTIONS_LAYER
from .store import named_layer
from .vocabulary import is_training_area

#: name of the layer of annotation polygons
ANNOTATIONS_LAYER = "annotations"


@dataclass(frozen=True)
class ExportSummary:
    """What :func:`export_training_annotations` wrote: the file and its polygon count."""

    path: Path
    count: int


def training_fids(layer) -> list[int]:
    """Feature ids of an OGR corrections layer that become annotations (non-empty)."""
    layer.ResetReading()
    fids = [feature.GetFID() for feature in layer
            if is_training_area(feature.GetField("review_status"), feature.GetField("origin"))
            and feature.GetGeometryRef() is not None and not feature.GetGeometryRef().IsEmpty()]
    layer.ResetReading()
    return fids


def export_training_annotations(corrections_path: str | Path, out_path: str | Path
                                ) -> ExportSummary:
    """Write the accepted and added areas of ``corrections_path`` as annotation polygons.

    The output (layer ``annotations``: the corrections' attributes and CRS) is written all or
    nothing.

    Raises:
        InputDataError: not a corrections file, or no area is accepted or added yet.
        IsslideError: the files cannot be read or written.
    """
    corrections_path = Path(corrections_path)
    source = open_geopackage(corrections_path, update=False)
    layer = output = None
    try:
        layer = named_layer(source, corrections_path, CORRECTIONS_LAYER)
        with ogr_errors(corrections_path):
            fids = training_fids(layer)
        if not fids:
            raise InputDataError(translate(
                "IsslideCore", "No area of '{path}' is accepted or added yet: accept the "
                "detections that are real movements (or draw the missing ones) before "
                "fine-tuning.").format(path=corrections_path))
        key = layer.GetFIDColumn() or "fid"
        layer.SetAttributeFilter(f'"{key}" IN ({",".join(str(fid) for fid in fids)})')
        with atomic_geopackage(out_path) as scratch:
            output = create_geopackage(scratch)
            with ogr_errors(Path(out_path)):
                output.CopyLayer(layer, ANNOTATIONS_LAYER)
            output = None
    finally:
        layer = output = source = None  # noqa: F841 (closes the files)
    return ExportSummary(Path(out_path), len(fids))
