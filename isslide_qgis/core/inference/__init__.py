"""Streaming inference of any registry model over interferograms of any size.

Tiling (:mod:`.tiling`), seamless blending (:mod:`.blending`), window sources for files and
arrays (:mod:`.sources`), one predictor per model task (:mod:`.predictors`), result sinks
(:mod:`.writers`) and the strip-by-strip engine (:mod:`.engine`). Importing this package does
not import torch, rasterio or numpy: names load on first access.
"""
from __future__ import annotations

from ..lazy import lazy_exports

#: public name -> submodule defining it
_EXPORTS: dict[str, str] = {
    "TileGrid": "tiling", "tile_windows": "tiling", "tile_starts": "tiling",
    "check_tiling": "tiling",
    "WEIGHT_WINDOWS": "blending", "WEIGHT_FLOOR": "blending", "weight_window": "blending",
    "StripAccumulator": "blending",
    "WindowSource": "sources", "ArraySource": "sources",
    "PREDICTORS": "predictors", "TilePredictor": "predictors", "TilePrediction": "prediction",
    "make_predictor": "predictors", "resolve_device": "predictors",
    "DEFAULT_CAM_METHOD": "predictors",
    "ResultSink": "writers", "ArraySink": "writers", "GeoTiffSink": "writers",
    "InferenceSummary": "engine", "run_inference": "engine", "predict_array": "engine",
    "predict_raster": "engine", "default_overlap": "engine",
    "DetectionRequest": "detection", "DetectionResult": "detection", "DetectionSettings": "detection",
    "detect_moving_areas": "detection", "map_threshold": "detection",
}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
