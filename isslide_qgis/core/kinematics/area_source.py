"""Reading one moving area's window of an interferogram and measuring it.

A :class:`KinematicsSource` wraps an open
:class:`~isslide_qgis.core.insar.reading.InterferogramReader` with the pair's phase sign (from
the product registry) and interval. For each area it reads only the area's bounding box
grown by the ring (:data:`GAP_PX` + :data:`RING_PX`), so memory does not grow with the
raster. The ring starts :data:`GAP_PX` pixels outside the outline: the edge of a detection
often lies on the moving body's slow margin.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rasterio.features import rasterize
from rasterio.windows import Window
from scipy import ndimage

from ..messages import translate
from .measure import AreaKinematics, measure_area, unmeasured

#: pixels between the outline and the ring
GAP_PX = 3
#: width of the ring of ground taken as stable (pixels)
RING_PX = 10


@dataclass
class KinematicsSource:
    """An interferogram to measure areas in.

    Attributes:
        reader: An open ``InterferogramReader`` (``read(window)`` and ``grid``).
        phase_sign: +1 when positive phase is motion towards the satellite (registry).
        baseline_days: The pair's interval (``None``: displacement only).
        notes: What the analyst should know (sign assumed, no baseline).
        can_unwrap: False when scikit-image is missing: every area is then unmeasured
            (``no_unwrapper``), the rest of the output is written.
    """

    reader: Any
    phase_sign: float = 1.0
    baseline_days: float | None = None
    notes: list[str] = field(default_factory=list)
    can_unwrap: bool = True

    def measure_pixels(self, outline) -> AreaKinematics:
        """Measure the area whose outline is in pixel coordinates (x = column, y = row)."""
        if not self.can_unwrap:
            return unmeasured("no_unwrapper")
        grid = self.reader.grid
        pad = GAP_PX + RING_PX + 1
        x0, y0, x1, y1 = outline.bounds
        c0, r0 = max(int(math.floor(x0)) - pad, 0), max(int(math.floor(y0)) - pad, 0)
        c1 = min(int(math.ceil(x1)) + pad, grid.width)
        r1 = min(int(math.ceil(y1)) + pad, grid.height)
        if c1 <= c0 or r1 <= r0:
            return unmeasured("outside")
        from shapely.affinity import translate as shift

        area = rasterize([shift(outline, -c0, -r0)], out_shape=(r1 - r0, c1 - c0),
                         fill=0, default_value=1, dtype="uint8").astype(bool)
        if not area.any():
            return unmeasured("outside")
        distance = ndimage.distance_transform_edt(~area)
        ring = (distance > GAP_PX) & (distance <= GAP_PX + RING_PX)
        data = self.reader.read(Window(c0, r0, c1 - c0, r1 - r0))
        return measure_area(data.phase, data.coherence, area, ring, self.phase_sign,
                            self.baseline_days, region=distance <= GAP_PX + RING_PX)

    def measure_map(self, geometry) -> AreaKinematics:
        """Measure the area whose outline is in the interferogram's map coordinates."""
        from shapely.affinity import affine_transform

        inverse = ~self.reader.grid.transform
        return self.measure_pixels(affine_transform(
            geometry, [inverse.a, inverse.b, inverse.d, inverse.e, inverse.xoff, inverse.yoff]))


def kinematics_source(reader: Any, baseline_days: float | None) -> KinematicsSource:
    """A source on ``reader`` with the sign of its recognised product (+1, the ISSLIDE and
    simulator convention, when the product is unknown: noted)."""
    product = getattr(reader, "product", None)
    notes: list[str] = []
    if product is None:
        sign = 1.0
        notes.append(translate(
            "IsslideCore", "kinematics: the processor of the interferogram is not recognised, "
            "so positive phase is taken as motion towards the satellite (ISSLIDE convention); "
            "check the sign of disp_los_cm"))
    else:
        sign = float(product.product.phase_sign)
        if not product.product.sign_certain:
            notes.append(translate(
                "IsslideCore", "kinematics: the phase sign of {product} products is uncertain "
                "({source}); the sign of disp_los_cm may be reversed, speeds are not affected"
            ).format(product=product.product.label, source=product.product.sign_source))
    from ..errors import MissingDependencyError
    from .unwrapping import require_unwrapper

    try:
        require_unwrapper()
    except MissingDependencyError as exc:
        notes.append(str(exc))
        return KinematicsSource(reader, sign, baseline_days, notes, can_unwrap=False)
    if baseline_days is None:
        notes.append(translate(
            "IsslideCore", "kinematics: the pair's dates are unknown, so velocities are empty "
            "(give BASELINE_DAYS)"))
    return KinematicsSource(reader, sign, baseline_days, notes)
