"""Class activation maps (CAM) in plain, differentiable torch.

One base class (:class:`~isslide_qgis.core.cam.base.CamMethod`) fixes the order of the steps;
Grad-CAM, Layer-CAM, Score-CAM and NormGrad each override the per-layer map only. The maps
serve ECSPLAIN training (``differentiable=True``) and post-hoc explanation of any classifier or
segmenter. Importing this package does not import torch: names are loaded on first use.
"""
from __future__ import annotations

from ..lazy import lazy_exports

_EXPORTS = {
    "CamMethod": "base", "CamResult": "base", "CamContext": "base",
    "LayerRecorder": "hooks", "UnknownLayerError": "hooks", "record_layer_shapes": "hooks",
    "CamTarget": "targets", "ClassifierLogit": "targets", "MaskedLogitSum": "targets",
    "PredictedAreaLogitSum": "targets",
    "GradCAM": "gradcam", "LayerCAM": "layercam", "ScoreCAM": "scorecam", "NormGrad": "normgrad",
    "estimated_forward_passes": "scorecam", "ScoreCamCost": "scorecam",
    "CAM_METHODS": "registry", "CAM_METHOD_TITLES": "registry", "CAM_TARGET_TITLES": "registry",
    "get_cam_method": "registry", "list_cam_methods": "registry",
    "ecsplain_localisation": "ecsplain",
    "FAMILY_CAM_LAYERS": "layers", "METHOD_CAM_LAYERS": "layers", "default_cam_layers": "layers",
    "cam_layers": "layers",
    "CAM_TARGETS": "tile_targets", "TilePolygons": "tile_targets",
    "CamRasterRequest": "raster", "CamRasterResult": "raster",
    "class_activation_raster": "raster", "class_activation_array": "raster",
}

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
