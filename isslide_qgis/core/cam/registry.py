"""The CAM methods by name: one dict that the Processing enums and the dock's combo boxes read."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from isslide_qgis.core.cam.base import CamMethod
from isslide_qgis.core.cam.gradcam import GradCAM
from isslide_qgis.core.cam.layercam import LayerCAM
from isslide_qgis.core.cam.normgrad import NormGrad
from isslide_qgis.core.cam.scorecam import ScoreCAM
from isslide_qgis.core.messages import translate

#: Registry name -> factory of the method (keyword arguments go to the constructor).
CAM_METHODS: dict[str, Callable[..., CamMethod]] = {
    "gradcam": GradCAM,
    "layercam": LayerCAM,
    "scorecam": ScoreCAM,
    "normgrad": NormGrad,
    "normgrad_selective": partial(NormGrad, selective=True),
}

#: Registry name -> label shown to the analyst.
CAM_METHOD_TITLES: dict[str, str] = {
    "gradcam": "Grad-CAM",
    "layercam": "Layer-CAM",
    "scorecam": "Score-CAM",
    "normgrad": "NormGrad",
    "normgrad_selective": "NormGrad (selective)",
}


def list_cam_methods() -> list[str]:
    """Registry names of the CAM methods, in a stable order."""
    return list(CAM_METHODS)


def get_cam_method(name: str, **kwargs: object) -> CamMethod:
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
