"""The CAM methods by name: one dict that the Processing enums and the dock's combo boxes read."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from isslide_qgis.core.messages import translate

if TYPE_CHECKING:
    from isslide_qgis.core.cam.base import CamMethod


class _LazyMethod:
    """A factory that imports its method's module (and torch) only when called, so that
    Processing enums and the dock can list the methods while the plugin loads."""

    def __init__(self, module: str, class_name: str, **fixed: Any) -> None:
        self.module, self.class_name, self.fixed = module, class_name, fixed

    def __call__(self, **kwargs: Any) -> "CamMethod":
        cls = getattr(importlib.import_module(f"isslide_qgis.core.cam.{self.module}"),
                      self.class_name)
        return cls(**{**self.fixed, **kwargs})


#: Registry name -> factory of the method (keyword arguments go to the constructor).
CAM_METHODS: dict[str, Callable[..., "CamMethod"]] = {
    "gradcam": _LazyMethod("gradcam", "GradCAM"),
    "layercam": _LazyMethod("layercam", "LayerCAM"),
    "scorecam": _LazyMethod("scorecam", "ScoreCAM"),
    "normgrad": _LazyMethod("normgrad", "NormGrad"),
    "normgrad_selective": _LazyMethod("normgrad", "NormGrad", selective=True),
}

#: Registry name -> label shown to the analyst.
CAM_METHOD_TITLES: dict[str, str] = {
    "gradcam": "Grad-CAM",
    "layercam": "Layer-CAM",
    "scorecam": "Score-CAM",
    "normgrad": "NormGrad",
    "normgrad_selective": "NormGrad (selective)",
}

#: Whole-raster CAM target -> label shown to the analyst (the region functions, which need
#: torch, are :data:`isslide_qgis.core.cam.tile_targets.CAM_TARGETS`, with the same keys).
CAM_TARGET_TITLES: dict[str, str] = {
    "prediction": "What the model detected",
    "polygons": "The given polygons",
    "all": "Every tile",
}


def list_cam_methods() -> list[str]:
    """Registry names of the CAM methods, in a stable order."""
    return list(CAM_METHODS)


def get_cam_method(name: str, **kwargs: object) -> "CamMethod":
    """Build the CAM method registered as ``name``.

    Args:
        name: a key of :data:`CAM_METHODS` (e.g. ``"gradcam"``).
        **kwargs: constructor options (e.g. ``channel_fraction=0.25`` for Score-CAM).

    Raises:
        ValueError: unknown name (the message lists the valid names), or options the
            method does not accept.
    """
    if name not in CAM_METHODS:
        raise ValueError(
            translate("IsslideCore", "Unknown CAM method {name}; choose one of: {valid}.").format(
                name=repr(name), valid=", ".join(CAM_METHODS)
            )
        )
    try:
        return CAM_METHODS[name](**kwargs)
    except TypeError as error:
        raise ValueError(f"Invalid options {sorted(kwargs)} for CAM method {name!r}: {error}") from error
