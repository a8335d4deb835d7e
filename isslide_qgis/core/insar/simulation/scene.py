"""One simulated Sentinel-1 interferogram with its truth: :class:`Scene`, :func:`simulate_scene`.

The phase is built as a real chain would see it:
``phi = wrap(arg(Goldstein(noisy multilook(gamma, phi_def + phi_atm + phi_decoys + phi_0))))``
- ``phi_def = phase_sign * 4*pi*d_LOS/lambda`` of the moving bodies (:mod:`.deformation`);
- ``phi_atm``: turbulent + stratified troposphere and orbital ramp (:mod:`.troposphere`);
- ``phi_decoys``: localised atmospheric blobs, no truth (:mod:`.decoys`);
- a constant reference phase (arbitrary in real interferograms);
- gamma: the true coherence (:mod:`.coherence`), L looks (:mod:`.decorrelation`), the
  coherence estimated from the same samples;
- Goldstein filter (:mod:`.goldstein`), nodata (:mod:`.nodata`) set to NaN last.
Every term draws from its own random stream (:func:`.random_fields.component_rng`): the same
seed and config give identical arrays, and the bodies do not change with the baseline.

Speed measured on one core of the (shared, 2-core) development VM, numpy 1.24: 512 x 512 in
~0.95 s with the optical image (~0.3 s without); 2048 x 2048 in ~14.5 s (~4 s without). The
optical image (9x the pixels, 3 bands) is most of the time.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from affine import Affine
from shapely.geometry.base import BaseGeometry

from .chains import CHAINS
from .coherence import COHERENCE_MODELS, gradient_coherence
from .config import SceneConfig
from .constants import displacement_to_phase, wrap_phase
from .decorrelation import noisy_interferogram
from .decoys import draw_decoys
from .deformation import body_support, draw_bodies, rasterise_bodies
from .grid import SimulationGrid
from .landcover import draw_landcover_params, landcover_coherence, landcover_weights
from .nodata import nodata_mask
from .optical import make_optical
from .radar_geometry import draw_radar_geometry
from .random_fields import component_rng, smooth_field
from .terrain import make_terrain
from .troposphere import atmosphere_phase


@dataclass
class Scene:
    """A simulated interferogram, its truth and context layers (arrays on the same grid).

    Attributes:
        phase: Wrapped phase, float32 radians in [-pi, pi), NaN where no data.
        coherence: Estimated coherence, float32 [0, 1], NaN where no data.
        true_coherence: The coherence the noise was drawn with (float32, everywhere).
        displacement_los_m: LOS displacement of the bodies over the baseline (float32, m,
            + towards the satellite).
        truth: Moving-area mask, uint8 0/1 (see :mod:`.deformation` for the rule).
        bodies: One dict per body: ``geometry`` (shapely Polygon, map coordinates) and
            attributes (``id``, ``rate_mm_per_day``, ``area_m2``, ``peak_los_m``, ...).
        decoys: Outlines of the atmospheric decoys (shapely, map coordinates).
        dem: Altitude, float32 metres.
        optical: SPOT-like RGB image, uint8 ``(3, H*f, W*f)``; None when not asked for.
        transform: Affine transform of the interferogram grid.
        crs: CRS string, or None (radar geometry).
        optical_transform: Affine transform of the optical grid.
        config: The config used.
        seed: The seed used.
        atmosphere_phase: Troposphere + ramp + decoys phase (float32 rad, unwrapped).
        nodata_layout: The nodata layout used ("random" resolved).
        metadata: What was drawn per seed (geometry, atmosphere, land cover...), JSON-friendly.
    """

    phase: np.ndarray
    coherence: np.ndarray
    true_coherence: np.ndarray
    displacement_los_m: np.ndarray
    truth: np.ndarray
    bodies: list[dict]
    decoys: list[BaseGeometry]
    dem: np.ndarray
    optical: np.ndarray | None
    transform: Affine
    crs: str | None
    optical_transform: Affine | None
    config: SceneConfig
    seed: int
    atmosphere_phase: np.ndarray | None = None
    nodata_layout: str = "none"
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def grid(self) -> SimulationGrid:
        """The interferogram grid (transform, CRS, ground spacing)."""
        return self.config.grid()

    @property
    def shape(self) -> tuple[int, int]:
        """``(height, width)`` of the interferogram."""
        return self.phase.shape  # type: ignore[return-value]

    @property
    def height(self) -> int:
        """Rows."""
        return int(self.phase.shape[0])

    @property
    def width(self) -> int:
        """Columns."""
        return int(self.phase.shape[1])

    @property
    def pixel_size(self) -> tuple[float, float]:
        """``(x, y)`` pixel size in map units (degrees, metres, or 1 pixel without CRS)."""
        return abs(self.transform.a), abs(self.transform.e)

    @property
    def valid(self) -> np.ndarray:
        """Boolean mask of pixels with data."""
        return np.isfinite(self.phase)

    @property
    def detectable_bodies(self) -> list[dict]:
        """The bodies that appear in the truth mask."""
        return [b for b in self.bodies if b["detectable"]]


def _count(rng: np.random.Generator, bounds: tuple[int, int]) -> int:
    return int(rng.integers(bounds[0], bounds[1] + 1))


def ground_area_km2(grid: SimulationGrid, invalid: np.ndarray | None = None) -> float:
    """Ground area (km^2) of the scene's valid pixels (ground spacing, also in EPSG:4326)."""
    n = grid.height * grid.width if invalid is None else int((~invalid).sum())
    return n * grid.dx_m * grid.dy_m / 1e6


def poisson_body_count(
    rng: np.random.Generator, grid: SimulationGrid, invalid: np.ndarray | None, density_per_100km2: float
) -> int:
    """Number of bodies, Poisson with mean ``density`` per 100 km^2 of valid ground."""
    return int(rng.poisson(density_per_100km2 * ground_area_km2(grid, invalid) / 100.0))


def _observe(
    cfg: SceneConfig, seed: int, gamma: np.ndarray, signal: np.ndarray, invalid: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Wrapped phase and estimated coherence as the processing chain delivers them."""
    if cfg.noise:
        rng_noise = component_rng(seed, "decorrelation")
        ifg, coherence = noisy_interferogram(
            rng_noise, gamma, signal, cfg.looks, cfg.decorrelation_method, cfg.coherence_looks
        )
    else:
        ifg, coherence = (gamma * np.exp(1j * signal)).astype(np.complex64), gamma.copy()
    filtered = CHAINS[cfg.chain](ifg, invalid, cfg)
    if filtered is not None:
        phase = np.angle(filtered)
    elif cfg.noise:
        phase = np.angle(ifg)
    else:
        phase = wrap_phase(signal)
    phase = phase.astype(np.float32)
    phase[invalid] = np.nan
    coherence[invalid] = np.nan
    return phase, coherence.astype(np.float32, copy=False)


def simulate_scene(seed: int, config: SceneConfig | None = None) -> Scene:
    """Simulate one interferogram (deterministic for ``seed`` and ``config``).

    Args:
        seed: Any non-negative integer.
        config: What to simulate; None uses ``SceneConfig()`` (512 x 512, UTM 32N, 6 days).
            Use :func:`.config.random_scene_config` for varied training scenes.
    """
    cfg = config or SceneConfig()
    grid = cfg.grid()
    terrain = make_terrain(component_rng(seed, "terrain"), grid)
    geometry = draw_radar_geometry(component_rng(seed, "geometry"), cfg.orbit, cfg.incidence_deg)
    layout, invalid = nodata_mask(cfg.nodata_layout, component_rng(seed, "nodata"), grid, terrain, geometry)
    layover, shadow = geometry.layover_shadow(terrain)

    rng_land = component_rng(seed, "landcover")
    land = draw_landcover_params(rng_land, cfg.treeline_m, cfg.snowline_m)
    jitter = smooth_field(rng_land, grid.shape, 250.0, grid.spacing)
    weights = landcover_weights(terrain.dem, terrain.slope_deg, terrain.aspect_deg, land, jitter)

    forbidden = invalid | layover | shadow
    rng_bodies = component_rng(seed, "bodies")
    if cfg.body_density_per_100km2 is None:
        n_bodies = _count(rng_bodies, cfg.n_bodies)
    else:
        n_bodies = poisson_body_count(component_rng(seed, "body_count"), grid, invalid, cfg.body_density_per_100km2)
    bodies = draw_bodies(rng_bodies, grid, terrain, geometry, forbidden, n_bodies, cfg, land.treeline_m)
    disp, truth, records = rasterise_bodies(
        grid, bodies, cfg.baseline_days, cfg.truth_fraction, cfg.truth_min_mm
    )
    phase_def = displacement_to_phase(disp, cfg.phase_sign).astype(np.float32)

    rng_debris = component_rng(seed, "static_debris")
    n_static = int(rng_debris.integers(0, 5))
    static = draw_bodies(rng_debris, grid, terrain, geometry, forbidden, n_static, cfg, land.treeline_m)
    edge_jitter = smooth_field(rng_debris, grid.shape, 60.0, grid.spacing)
    gamma = COHERENCE_MODELS[cfg.coherence_model](
        component_rng(seed, "coherence"), grid, terrain, geometry, weights,
        cfg.baseline_days, cfg.coherence_time_scale, body_support(grid, bodies + static, edge_jitter),
    )
    if bodies:
        gamma *= gradient_coherence(phase_def)

    atmosphere, atmo_draw = atmosphere_phase(
        component_rng(seed, "troposphere"), grid, terrain.dem, cfg.turbulence_mm, cfg.turbulence_beta,
        cfg.stratification_mm_per_km, cfg.ramp_mm_per_km, cfg.turbulence_model,
    )
    rng_decoys = component_rng(seed, "decoys")
    preference = landcover_coherence(weights, 0.0) * ~invalid
    n_decoys = _count(rng_decoys, cfg.n_decoys)
    decoy_phase, decoy_geoms, decoy_records = draw_decoys(
        rng_decoys, grid, terrain.dem, preference, bodies, n_decoys, cfg.decoy_amplitude_fringes
    )
    atmosphere += decoy_phase
    offset = cfg.reference_phase
    if offset is None:
        offset = float(component_rng(seed, "reference_phase").uniform(-np.pi, np.pi))
    signal = phase_def + atmosphere + np.float32(offset)

    phase, coherence = _observe(cfg, seed, gamma, signal, invalid)

    optical, optical_transform = None, None
    if cfg.optical:
        optical, fine = make_optical(
            component_rng(seed, "optical"), grid, terrain, land, jitter, bodies + static, cfg.optical_factor,
            landform_rng=component_rng(seed, "landforms"),
        )
        optical_transform = fine.transform

    metadata = dict(
        nodata_layout=layout,
        reference_phase=round(offset, 4),
        orbit=geometry.orbit,
        heading_deg=geometry.heading_deg,
        incidence_deg=geometry.incidence_deg,
        perpendicular_baseline_m=round(geometry.perpendicular_baseline_m, 3),
        turbulence_std_rad=round(atmo_draw.turbulence_std_rad, 4),
        turbulence_beta=round(atmo_draw.turbulence_beta, 4),
        stratification_rad_per_km=round(atmo_draw.stratification_rad_per_km, 4),
        stratification_scale_height_km=round(atmo_draw.scale_height_km, 3),
        ramp_rad_per_km=round(atmo_draw.ramp_rad_per_km, 4),
        treeline_m=round(land.treeline_m, 1),
        snowline_m=None if land.snowline_m is None else round(land.snowline_m, 1),
        n_bodies=len(records),
        n_decoys=len(decoy_geoms),
        n_static_debris_fields=len(static),
        decoys=[{k: v for k, v in d.items() if k != "geometry"} for d in decoy_records],
        layover_fraction=round(float(layover.mean()), 4),
        shadow_fraction=round(float(shadow.mean()), 4),
        nodata_fraction=round(float(invalid.mean()), 4),
    )
    if atmo_draw.turbulence_scale_m is not None:
        metadata["turbulence_scale_m"] = round(atmo_draw.turbulence_scale_m, 1)
    return Scene(
        phase=phase,
        coherence=coherence,
        true_coherence=gamma.astype(np.float32, copy=False),
        displacement_los_m=disp,
        truth=truth,
        bodies=records,
        decoys=decoy_geoms,
        dem=terrain.dem,
        optical=optical,
        transform=grid.transform,
        crs=grid.crs,
        optical_transform=optical_transform,
        config=cfg,
        seed=int(seed),
        atmosphere_phase=atmosphere,
        nodata_layout=layout,
        metadata=metadata,
    )
