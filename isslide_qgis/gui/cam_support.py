"""Whether the core can write a whole-raster class activation map (CAM) layer.

The dock offers its CAM layer only when the core provides ``class_activation_raster``
(``isslide_qgis.core.cam``); the check reads the package's export list and imports nothing
heavy.
"""
from __future__ import annotations

from typing import Callable, Optional

CAM_RASTER_FUNCTION = "class_activation_raster"


def cam_raster_available() -> bool:
    """True when ``core.cam`` exports :data:`CAM_RASTER_FUNCTION` (no torch import)."""
    from ..core import cam

    return CAM_RASTER_FUNCTION in dir(cam)


def cam_raster_function() -> Optional[Callable[..., object]]:
    """The core's whole-raster CAM function, or None when this installation has none."""
    if not cam_raster_available():
        return None
    from ..core import cam

    return getattr(cam, CAM_RASTER_FUNCTION, None)
