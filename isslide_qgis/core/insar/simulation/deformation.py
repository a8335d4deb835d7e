"""Moving bodies (rock glaciers, slow landslides): LOS displacement, truth mask, truth polygons.

The kind of body is chosen by the config: its area (:mod:`.size_distribution`,
``size_model``), its outline (:mod:`.outlines`, ``outline_model``: irregular ellipse or lobate
tongue) and its displacement profile (:mod:`.displacement_profiles`, ``deformation_model``:
smooth bump or plug). The description below is the historical default (``"ellipse"``,
``"bump"``, ``"log_uniform"``); the truth rule and the level-set construction hold for all.

A body is an irregular ellipse: in coordinates (u, v) along and across its major axis, the
normalised radius is ``rho = |(u/a, v/b)| / r(theta)`` with ``r(theta) = 1 + sum_k c_k
cos(k*theta + phi_k)`` (k = 2..5, |c_k| decreasing as 2/k, sum |c_k| <= 0.3). Its LOS
displacement is a smooth bump
``d = D * (1 - rho^p)^q`` for rho < 1 (0 outside; p in [1.5, 3] from domed to plateau-like,
q in [1.5, 2.5]), with ``D = rate * baseline_days`` (linear in the baseline: the steady creep
of rock glaciers and slow landslides, Delaloye et al. 2008; ISSLIDE letter 2024).

Rates are LOS rates: slow bodies 0.5-3.5 mm/day (a "bubble" of < 1 fringe in 6 days), fast
ones 5-12 mm/day (1-3 fringes in 6 days). The sign is that of the projection of downslope
motion onto the LOS (towards the satellite: +), random where the projection is small.

Truth rule: a pixel is "moving" when ``|d| >= max(truth_fraction * |D|, truth_min_mm)``
(defaults 20 % of the peak and 0.5 mm). As d is monotonic in rho, the truth region is the
level set ``rho <= rho0`` with ``(1 - rho0^p)^q = t``: the truth polygon is the analytic
outline at rho0, and the body's area (drawn log-uniformly in 0.05-0.5 km^2) is the area of
that outline at t = truth_fraction.
"""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np
from scipy import ndimage
from shapely.geometry import Polygon

from .config import SceneConfig
from .constants import FRINGE_M
from .displacement_profiles import DEFORMATION_MODELS
from .grid import SimulationGrid
from .outlines import OUTLINE_MODELS, normalised_xy, outline_uv, radius_factor
from .radar_geometry import RadarGeometry
from .size_distribution import draw_body_area_m2
from .terrain import Terrain


@dataclass(frozen=True)
class MovingBody:
    """One moving body in the local metric frame of a scene.

    The outline parameters (``harmonics``, ``front_lobes``, ``taper``) are those of
    :mod:`.outlines`; the displacement profile is ``deformation`` (a key of
    :data:`.displacement_profiles.DEFORMATION_MODELS`) with its parameters (``p``, ``q`` for
    the bump, ``shear_width`` for the plug).
    """

    id: int
    centre_e: float
    centre_n: float
    semi_major_m: float
    semi_minor_m: float
    orientation_rad: float
    harmonics: tuple[tuple[int, float, float], ...]
    rate_mm_per_day: float
    landform: str
    flow_azimuth_deg: float
    p: float = 0.0
    q: float = 0.0
    shear_width: float = 0.0
    deformation: str = "bump"
    front_lobes: tuple[tuple[int, float, float], ...] = ()
    taper: float = 0.0

    def radius(self, theta: np.ndarray) -> np.ndarray:
        """Outline radius factor r(theta)."""
        return radius_factor(theta, self.harmonics, self.front_lobes)

    def local_uv(self, east: np.ndarray, north: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Coordinates (m) along and across the major axis."""
        de, dn = east - self.centre_e, north - self.centre_n
        c, s = math.cos(self.orientation_rad), math.sin(self.orientation_rad)
        return de * c + dn * s, -de * s + dn * c

    def rho(self, east: np.ndarray, north: np.ndarray) -> np.ndarray:
        """Normalised radial coordinate (1 on the outer outline)."""
        u, v = self.local_uv(east, north)
        x, y = normalised_xy(u, v, self.semi_major_m, self.semi_minor_m, self.taper)
        return np.hypot(x, y) / self.radius(np.arctan2(y, x))

    @property
    def profile_params(self) -> dict[str, float]:
        """Parameters of the displacement profile."""
        return dict(p=self.p, q=self.q, shear_width=self.shear_width)

    def profile(self, rho: np.ndarray) -> np.ndarray:
        """Displacement shape f(rho) in [0, 1], 1 at the centre, 0 for rho >= 1."""
        return DEFORMATION_MODELS[self.deformation].profile(rho, self.profile_params)

    def level(self, fraction: float) -> float:
        """rho at which the profile equals ``fraction`` of the peak."""
        return DEFORMATION_MODELS[self.deformation].level(fraction, self.profile_params)

    def peak_los_m(self, baseline_days: float) -> float:
        """Peak LOS displacement (m, + towards the satellite) over the baseline."""
        return self.rate_mm_per_day * baseline_days / 1000.0

    @property
    def outline_vertices(self) -> int:
        """Vertices of the outline polygons (more for lobate fronts)."""
        return 240 if self.front_lobes else 96

    @property
    def bounding_radius_m(self) -> float:
        """Radius (m) of a circle around the centre containing the whole outline."""
        if not self.front_lobes and not self.taper:
            return max(self.semi_major_m, self.semi_minor_m) * (1.0 + sum(abs(c) for _, c, _ in self.harmonics))
        u, v = outline_uv(1.0, self.semi_major_m, self.semi_minor_m, self.harmonics, self.front_lobes,
                          self.taper, n=720)
        return 1.02 * float(np.hypot(u, v).max())

    def outline(self, rho_level: float, n: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Local (east, north) vertices of the outline at ``rho_level``."""
        u, v = outline_uv(rho_level, self.semi_major_m, self.semi_minor_m, self.harmonics, self.front_lobes,
                          self.taper, n or self.outline_vertices)
        c, s = math.cos(self.orientation_rad), math.sin(self.orientation_rad)
        return self.centre_e + u * c - v * s, self.centre_n + u * s + v * c


def truth_threshold(peak_m: float, truth_fraction: float, truth_min_mm: float) -> float:
    """Fraction t of the peak above which a pixel is 'moving' (>= 1: body not detectable)."""
    if peak_m == 0:
        return math.inf
    return max(truth_fraction, truth_min_mm / 1000.0 / abs(peak_m))


def _los_sign(rng: np.random.Generator, geometry: RadarGeometry, flow_az: float, slope: float) -> float:
    """Sign of the LOS projection of downslope motion (+: towards the satellite)."""
    az, s = math.radians(flow_az), math.radians(slope)
    motion = (math.cos(s) * math.sin(az), math.cos(s) * math.cos(az), -math.sin(s))
    proj = sum(m * l for m, l in zip(motion, geometry.los_to_satellite))
    return math.copysign(1.0, proj) if abs(proj) > 0.15 else float(rng.choice([-1.0, 1.0]))


def draw_bodies(
    rng: np.random.Generator,
    grid: SimulationGrid,
    terrain: Terrain,
    geometry: RadarGeometry,
    forbidden: np.ndarray,
    n_bodies: int,
    config: SceneConfig,
    treeline_m: float,
) -> list[MovingBody]:
    """Place up to ``n_bodies`` non-overlapping bodies on suitable, valid ground.

    Suitable ground: slope 6-38 deg at the centre, the whole footprint (rho < 1.15) inside
    the scene and clear of nodata, layover and shadow (``forbidden``), away from other
    bodies. Up to 40 candidate centres are tried per body. Above ``treeline_m + 200`` a body is a rock
    glacier with 80 % probability, below a landslide. Fewer bodies are returned when the
    scene has no room left (e.g. a tiny scene with a wide nodata border).
    """
    if n_bodies == 0:
        return []
    room = ndimage.distance_transform_edt(~forbidden, sampling=grid.spacing) if forbidden.any() else None
    slope, aspect, dem = terrain.slope_deg, terrain.aspect_deg, terrain.dem
    suitable = (slope > 6.0) & (slope < 38.0)
    stride = max(1, int(math.sqrt(grid.height * grid.width / 40000.0)))
    rows, cols = np.mgrid[0 : grid.height : stride, 0 : grid.width : stride]
    east, north = (cols + 0.5) * grid.dx_m, -(rows + 0.5) * grid.dy_m
    to_border = np.minimum.reduce([east, grid.extent_m[1] - east, -north, grid.extent_m[0] + north])
    bodies: list[MovingBody] = []
    outline_model = OUTLINE_MODELS[config.outline_model]
    deformation = DEFORMATION_MODELS[config.deformation_model]
    for _ in range(n_bodies):
        area = draw_body_area_m2(rng, config.size_model, config.body_area_km2)
        shape = outline_model.draw(rng, area, config.truth_fraction, deformation)
        shape["deformation"] = config.deformation_model
        radius = MovingBody(0, 0.0, 0.0, orientation_rad=0.0, rate_mm_per_day=0.0, landform="",
                            flow_azimuth_deg=0.0, **shape).bounding_radius_m
        ok = suitable[rows, cols] & (to_border > radius + 2 * max(grid.spacing))
        if room is not None:
            ok &= room[rows, cols] > 0.3 * radius
        for other in bodies:
            gap = other.bounding_radius_m + radius + 3 * max(grid.spacing)
            ok &= np.hypot(east - other.centre_e, north - other.centre_n) > gap
        for pick in rng.permutation(np.flatnonzero(ok))[:40]:
            r, c = int(rows.flat[pick]), int(cols.flat[pick])
            flow_az = float(aspect[r, c])
            along_flow = rng.random() < 0.7 or outline_model.along_flow_only
            body = MovingBody(
                id=len(bodies) + 1,
                centre_e=float(east.flat[pick]),
                centre_n=float(north.flat[pick]),
                orientation_rad=math.radians(90.0 - flow_az + (0.0 if along_flow else 90.0))
                + rng.normal(0, 0.2),
                rate_mm_per_day=0.0,
                landform=_landform(rng, float(dem[r, c]), treeline_m),
                flow_azimuth_deg=flow_az,
                **shape,
            )
            if _footprint_is_clear(grid, body, forbidden):
                fast = rng.random() < config.fringe_probability
                rlo, rhi = config.fringe_rate_mm_day if fast else config.bubble_rate_mm_day
                rate = math.exp(rng.uniform(math.log(rlo), math.log(rhi)))
                rate *= _los_sign(rng, geometry, flow_az, float(slope[r, c]))
                bodies.append(dataclasses.replace(body, rate_mm_per_day=rate))
                break
    return bodies


def _landform(rng: np.random.Generator, altitude: float, treeline_m: float) -> str:
    """Rock glacier (80 %) above treeline + 200 m, landslide (80 %) below."""
    high = altitude > treeline_m + 200.0
    return "rock_glacier" if high == (rng.random() < 0.8) else "landslide"


def _footprint_is_clear(
    grid: SimulationGrid, body: MovingBody, forbidden: np.ndarray, rho_max: float = 1.15
) -> bool:
    """True when no forbidden pixel lies within ``rho_max`` of the body's outline."""
    rows, cols = grid.pixel_window(body.centre_e, body.centre_n, body.bounding_radius_m * rho_max)
    east, north = grid.window_coordinates(rows, cols)
    return not bool(forbidden[rows, cols][body.rho(east, north) < rho_max].any())


def body_window(grid: SimulationGrid, body: MovingBody) -> tuple[slice, slice]:
    """Pixel window covering a body."""
    return grid.pixel_window(body.centre_e, body.centre_n, body.bounding_radius_m)


def rasterise_bodies(
    grid: SimulationGrid,
    bodies: list[MovingBody],
    baseline_days: float,
    truth_fraction: float,
    truth_min_mm: float,
) -> tuple[np.ndarray, np.ndarray, list[dict]]:
    """LOS displacement (m), truth mask and one record per body.

    Returns:
        ``(displacement_los_m float32, truth uint8, records)``; each record holds ``id``,
        ``geometry`` (shapely Polygon of the truth outline in map coordinates),
        ``rate_mm_per_day``, ``area_m2``, ``peak_los_m``, ``peak_los_mm``, ``fringes``,
        ``kind`` ("bubble" < 1 fringe, else "fringes"), ``landform``, ``baseline_days``,
        ``detectable``, ``peak_row``/``peak_col`` (pixel of the peak), ``n_pixels``.
    """
    disp = np.zeros(grid.shape, np.float32)
    truth = np.zeros(grid.shape, np.uint8)
    records = []
    for body in bodies:
        rows, cols = body_window(grid, body)
        east, north = grid.window_coordinates(rows, cols)
        rho = body.rho(east, north)
        peak = body.peak_los_m(baseline_days)
        disp[rows, cols] += (peak * body.profile(rho)).astype(np.float32)
        t = truth_threshold(peak, truth_fraction, truth_min_mm)
        detectable = t < 1.0
        rho0 = body.level(t if detectable else truth_fraction)
        inside = rho <= rho0
        if detectable:
            truth[rows, cols] |= inside.astype(np.uint8)
        pr, pc = np.unravel_index(int(np.argmin(rho)), rho.shape)
        ve, vn = body.outline(rho0)  # the level set of the truth raster's rule
        polygon_local = Polygon(zip(ve, vn))
        x, y = grid.local_to_map(ve, vn)
        records.append(
            dict(
                id=body.id,
                geometry=Polygon(zip(x.tolist(), y.tolist())),
                rate_mm_per_day=body.rate_mm_per_day,
                area_m2=float(polygon_local.area),
                peak_los_m=peak,
                peak_los_mm=peak * 1000.0,
                fringes=abs(peak) / FRINGE_M,
                kind="bubble" if abs(peak) < FRINGE_M else "fringes",
                landform=body.landform,
                baseline_days=baseline_days,
                detectable=detectable,
                peak_row=int(rows.start + pr),
                peak_col=int(cols.start + pc),
                n_pixels=int(inside.sum()) if detectable else 0,
            )
        )
    return disp, truth, records


def body_support(
    grid: SimulationGrid, bodies: list[MovingBody], jitter: np.ndarray | None = None, rho_max: float = 1.15
) -> np.ndarray:
    """Envelope in [0, 1]: 1 inside the bodies' outlines, fading to 0 at ``rho_max``.

    ``jitter`` (a unit-std field on the grid) makes the edge irregular (+-0.15 in rho).
    """
    env = np.zeros(grid.shape, np.float32)
    for body in bodies:
        rows, cols = grid.pixel_window(body.centre_e, body.centre_n, body.bounding_radius_m * (rho_max + 0.3))
        east, north = grid.window_coordinates(rows, cols)
        rho = body.rho(east, north)
        if jitter is not None:
            rho = rho + 0.15 * jitter[rows, cols]
        env[rows, cols] = np.maximum(env[rows, cols], np.clip((rho_max - rho) / 0.3, 0.0, 1.0))
    return env
