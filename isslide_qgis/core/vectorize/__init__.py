"""Vector outputs for the analyst: moving-area polygons, patch-score grids, their styles.

:mod:`.moving_areas` turns a probability raster into reviewable polygons, streaming it in
row strips (:mod:`.components`) and measuring areas on the ground (:mod:`.ground_area`);
:mod:`.patch_grid` writes ECSPLAIN's patch scores; :mod:`.styles` finds the shipped QML
styles and embeds them in GeoPackages; :mod:`.geopackage` writes GeoPackages all or nothing.
Importing this package imports neither rasterio nor scipy: names load on first access.
"""
from __future__ import annotations

from ..lazy import lazy_exports

#: public name -> submodule defining it
_EXPORTS: dict[str, str] = {
    "vectorize_probability": "moving_areas", "VectorizeSummary": "moving_areas",
    "write_patch_scores": "patch_grid", "PATCH_SCORES_LAYER": "patch_grid",
    "MOVING_AREAS_LAYER": "attributes", "MOVING_AREA_FIELDS": "attributes",
    "REVIEW_STATUSES": "attributes",
    "style_path": "styles", "read_style": "styles", "embed_style": "styles",
    "STYLES_TABLE": "styles",
    "area_measure": "ground_area", "ellipsoidal_area": "ground_area",
    "atomic_geopackage": "geopackage",
}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
