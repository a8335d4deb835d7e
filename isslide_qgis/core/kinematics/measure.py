"""The LOS displacement, velocity and velocity class of one moving area in one interferogram.

Method: the phase is unwrapped over the area and a ring of ground around it, keeping only
usable pixels (finite phase, coherence >= :data:`USABLE_COHERENCE`) connected to both
(:mod:`.unwrapping`); the ring's median is the reference (the ground around is taken as
stable). With ``phase = s * 4 pi d / lambda`` (``s``: the product's phase sign, from the
product registry), ``d = s * (phi - phi_ring) * lambda / (4 pi)``, positive TOWARDS the
satellite. ``disp_los_cm`` is the signed ``d`` of the area pixel at the 95th percentile of
``|d|``; ``vel_los_cm_yr = disp_los_cm / baseline * 365.25``.

Reliability rules (``kin_reliability``, flags in ``kin_flags``):

* **undefined speed and low** when fewer than :data:`MIN_USABLE_SHARE` of the area's pixels
  are usable (``incoherent``), when no usable ground connects the area to a ring of at least
  :data:`MIN_RING_PIXELS` pixels (``no_reference``), or when the pair's interval is unknown
  (``no_baseline``: the displacement is still given);
* otherwise each warning below counts one: median coherence of the area or of the ring under
  :data:`LOW_COHERENCE` (``low_coherence_area``, ``low_coherence_ring``); more than
  :data:`MAX_RESIDUES` phase residues per pixel (``residues``); a phase gradient above
  :data:`MAX_GRADIENT` rad/px in the area (``steep_gradient``: aliasing, the speed may be
  underestimated); a signal under a quarter fringe (``weak_signal``: within the noise);
  no coherence raster (``no_coherence``);
* **high**: no warning; **medium**: one; **low**: two or more.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .unwrapping import unwrap_area
from .velocity_classes import velocity_class

#: Sentinel-1 C-band wavelength (cm) and the LOS displacement of one fringe (2 pi), 2.77 cm
WAVELENGTH_CM = 5.5465763
FRINGE_CM = WAVELENGTH_CM / 2.0
#: the smallest signal told apart from the noise (cm): a quarter fringe
QUARTER_FRINGE_CM = FRINGE_CM / 4.0
DAYS_PER_YEAR = 365.25
#: a pixel is usable when its coherence reaches this
USABLE_COHERENCE = 0.3
#: an area is measured when at least this share of its pixels is usable
MIN_USABLE_SHARE = 0.3
#: usable ring pixels needed for a reference
MIN_RING_PIXELS = 12
#: median coherence under which the area or the ring is flagged
LOW_COHERENCE = 0.5
#: residues per kept pixel above which unwrapping is flagged
MAX_RESIDUES = 0.01
#: phase gradient (rad/px, 90th percentile in the area) above which aliasing is flagged
MAX_GRADIENT = 1.0
#: values of ``kin_reliability``, best first
RELIABILITY_LEVELS: tuple[str, ...] = ("high", "medium", "low")


@dataclass(frozen=True)
class AreaKinematics:
    """What one interferogram says of one area's motion (``None``: not measurable)."""

    disp_los_cm: float | None = None
    disp_los_median_cm: float | None = None
    vel_los_cm_yr: float | None = None
    reliability: str = "low"
    flags: tuple[str, ...] = field(default_factory=tuple)
    baseline_days: float | None = None

    @property
    def fringes(self) -> float | None:
        """``|disp_los_cm|`` in fringes (2.77 cm each)."""
        return None if self.disp_los_cm is None else abs(self.disp_los_cm) / FRINGE_CM

    @property
    def vel_class(self) -> str:
        """The velocity class of ``vel_los_cm_yr`` (undefined without a speed)."""
        return velocity_class(self.vel_los_cm_yr)

    @property
    def shows(self) -> bool:
        """The area's signal reaches a quarter fringe."""
        return self.disp_los_cm is not None and abs(self.disp_los_cm) >= QUARTER_FRINGE_CM

    def values(self) -> dict[str, object]:
        """The fields of a moving area (see :data:`.fields.KINEMATIC_FIELDS`)."""
        return {"disp_los_cm": _rounded(self.disp_los_cm),
                "disp_los_median_cm": _rounded(self.disp_los_median_cm),
                "fringes": _rounded(self.fringes), "vel_los_cm_yr": _rounded(self.vel_los_cm_yr),
                "vel_class": self.vel_class, "kin_reliability": self.reliability,
                "kin_flags": ",".join(self.flags)}


def _rounded(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(float(value), digits)


def unmeasured(*flags: str) -> AreaKinematics:
    """An area whose motion cannot be measured: undefined class, low reliability."""
    return AreaKinematics(flags=tuple(flags))


def velocity(disp_cm: float, baseline_days: float | None) -> float | None:
    """LOS velocity (cm/yr) of ``disp_cm`` over ``baseline_days`` (``None`` without one)."""
    if baseline_days is None or not baseline_days > 0:
        return None
    return disp_cm / baseline_days * DAYS_PER_YEAR


def _reliability(flags: list[str]) -> str:
    return RELIABILITY_LEVELS[min(len(flags), 2)]


def measure_area(phase: np.ndarray, coherence: np.ndarray | None, area: np.ndarray,
                 ring: np.ndarray, phase_sign: float = 1.0,
                 baseline_days: float | None = None,
                 region: np.ndarray | None = None) -> AreaKinematics:
    """Measure one area in one window of an interferogram.

    Args:
        phase: Wrapped phase (rad), NaN where invalid.
        coherence: Coherence in [0, 1] (NaN invalid), ``None`` without a coherence raster.
        area: The area's pixels (bool, same shape).
        ring: The surrounding ground taken as stable (bool, disjoint from ``area``).
        phase_sign: The product's ``phase_sign`` (+1: positive phase is motion towards the
            satellite).
        baseline_days: The pair's interval; ``None``: no velocity.
        region: The pixels unwrapped (default: area, ring and the gap they enclose).
    """
    usable = np.isfinite(phase)
    if coherence is not None:
        with np.errstate(invalid="ignore"):
            usable &= coherence >= USABLE_COHERENCE
    area_pixels = int(area.sum())
    if area_pixels == 0 or usable[area].sum() < max(MIN_USABLE_SHARE * area_pixels, 3):
        return unmeasured("incoherent")
    unwrapped = unwrap_area(phase, usable, area, ring, region)
    inside, reference = unwrapped.kept & area, unwrapped.kept & ring
    if reference.sum() < MIN_RING_PIXELS or inside.sum() < max(MIN_USABLE_SHARE * area_pixels, 3):
        return unmeasured("no_reference")
    d = (phase_sign * (unwrapped.phase[inside] - np.median(unwrapped.phase[reference]))
         * WAVELENGTH_CM / (4 * math.pi))
    order = np.argsort(np.abs(d))
    disp = float(d[order[int(round(0.95 * (d.size - 1)))]])
    flags = _warnings(coherence, area, ring, unwrapped, disp)
    speed = velocity(disp, baseline_days)
    if speed is None:
        flags = ["no_baseline"] + flags
    return AreaKinematics(disp, float(np.median(d)), speed,
                          "low" if speed is None else _reliability(flags), tuple(flags),
                          baseline_days)


def _warnings(coherence: np.ndarray | None, area: np.ndarray, ring: np.ndarray,
              unwrapped, disp: float) -> list[str]:
    flags = []
    if coherence is None:
        flags.append("no_coherence")
    else:
        for name, mask in (("low_coherence_area", area), ("low_coherence_ring", ring)):
            values = coherence[mask]
            values = values[np.isfinite(values)]
            if not values.size or np.median(values) < LOW_COHERENCE:
                flags.append(name)
    if unwrapped.residues > MAX_RESIDUES:
        flags.append("residues")
    if unwrapped.gradient > MAX_GRADIENT:
        flags.append("steep_gradient")
    if abs(disp) < QUARTER_FRINGE_CM:
        flags.append("weak_signal")
    return flags
