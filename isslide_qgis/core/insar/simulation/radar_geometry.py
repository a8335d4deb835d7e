"""Sentinel-1 viewing geometry over the DEM: LOS vector, layover, shadow, geometric decorrelation.

Sentinel-1 is right-looking; its IW swath spans incidence angles 29-46 deg; the ground track
heading is about -12 deg (350 deg) ascending and 192 deg descending in the Alps (ESA
Sentinel-1 user handbook). Per pixel (no ray tracing), a slope facing the radar steeper than
the incidence angle is in layover, a slope facing away steeper than 90 deg - incidence is in
shadow (Bamler & Hartl 1998, "Synthetic aperture radar interferometry", Inverse Problems 14).
Baseline decorrelation follows Zebker & Villasenor (1992, IEEE TGRS 30):
``gamma = 1 - |B_perp| / B_crit`` with ``B_crit = lambda * R * tan(theta_local) / (2 * rho_r)``,
which matters only on slopes nearly facing the radar (local incidence -> 0).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .constants import WAVELENGTH_S1
from .terrain import Terrain

#: Ground-track heading (degrees clockwise from north) per orbit direction.
HEADING_DEG: dict[str, float] = {"ascending": -12.0, "descending": 192.0}
#: Slant range to the scene (m) and slant-range resolution (m) of Sentinel-1 IW.
SLANT_RANGE_M = 880e3
RANGE_RESOLUTION_M = 2.7


@dataclass(frozen=True)
class RadarGeometry:
    """Viewing geometry of one pair.

    Attributes:
        orbit: ``"ascending"`` or ``"descending"``.
        incidence_deg: Incidence angle on flat ground.
        perpendicular_baseline_m: Perpendicular baseline of the pair (m).
    """

    orbit: str
    incidence_deg: float
    perpendicular_baseline_m: float

    @property
    def heading_deg(self) -> float:
        """Ground-track heading, degrees clockwise from north."""
        return HEADING_DEG[self.orbit]

    @property
    def look_direction(self) -> tuple[float, float]:
        """Horizontal unit vector (east, north) of the radar look (heading + 90 deg)."""
        az = np.radians(self.heading_deg + 90.0)
        return float(np.sin(az)), float(np.cos(az))

    @property
    def los_to_satellite(self) -> tuple[float, float, float]:
        """Unit vector (east, north, up) from the ground to the satellite."""
        le, ln = self.look_direction
        th = np.radians(self.incidence_deg)
        return float(-np.sin(th) * le), float(-np.sin(th) * ln), float(np.cos(th))

    def slope_towards_radar(self, terrain: Terrain) -> np.ndarray:
        """Terrain slope angle (rad) in the look direction; > 0 on slopes facing the radar."""
        le, ln = self.look_direction
        return np.arctan(terrain.dz_de * le + terrain.dz_dn * ln)

    def local_incidence(self, terrain: Terrain) -> np.ndarray:
        """Local incidence angle (rad) in the range plane, signed: < 0 means layover."""
        return np.radians(self.incidence_deg) - self.slope_towards_radar(terrain)

    def layover_shadow(self, terrain: Terrain) -> tuple[np.ndarray, np.ndarray]:
        """Boolean masks of pixels in layover and in radar shadow."""
        slope = self.slope_towards_radar(terrain)
        theta = np.radians(self.incidence_deg)
        return slope > theta, -slope > (np.pi / 2 - theta)

    def baseline_coherence(self, terrain: Terrain) -> np.ndarray:
        """Geometric (baseline) coherence in [0, 1] (Zebker & Villasenor 1992)."""
        local = np.clip(self.local_incidence(terrain), 1e-3, np.pi / 2 - 1e-3)
        b_crit = WAVELENGTH_S1 * SLANT_RANGE_M * np.tan(local) / (2.0 * RANGE_RESOLUTION_M)
        return np.clip(1.0 - abs(self.perpendicular_baseline_m) / b_crit, 0.0, 1.0).astype(np.float32)


def draw_radar_geometry(rng: np.random.Generator, orbit: str, incidence_deg: float) -> RadarGeometry:
    """The pair's geometry: the given orbit/incidence and a perpendicular baseline.

    Sentinel-1's orbital tube keeps |B_perp| below ~150 m (Yague-Martinez et al. 2016).
    """
    return RadarGeometry(orbit, incidence_deg, float(rng.uniform(-150.0, 150.0)))
