"""The true (expected) coherence of a pair: temporal x geometric x deformation-gradient terms.

gamma = gamma_temporal(land cover, baseline) * gamma_baseline(local incidence)
        * gamma_gradient(deformation) * spatial variability,
following the usual product decomposition (Zebker & Villasenor 1992, IEEE TGRS 30):
- temporal: land-cover mixture (:mod:`.landcover`), exponential decay with the baseline;
- geometric: baseline decorrelation on slopes facing the radar (:mod:`.radar_geometry`);
  layover and radar shadow are incoherent (gamma <= 0.08);
- moving bodies are coherent ground (rock-glacier debris, bare landslide material): analysts
  check this, so their outline gets at least the debris coherence of the pair. So do a few
  static debris fields (moraines, talus) of the same shapes, so that a coherent blob alone
  never gives a body away;
- phase gradient within a multilook cell: the average of exp(j*phi) over a cell spanning a
  phase ramp g (rad/pixel) has modulus |sinc(g / 2pi)|, so fast bodies lose coherence where
  their fringes get dense (Massonnet & Feigl 1998, Rev. Geophys. 36: one fringe per pixel
  is the detectable gradient limit);
- 0-3 incoherent patches (wet avalanche deposits, water, fresh snow), and +-10 % spatial
  variability (soil moisture, ~300 m correlation).

That is the ``"landcover"`` model (historical default). ``"texture_decay"`` is another kind
(:func:`texture_decay_coherence`): no land cover at all; the short-term coherence g0, the
long-term coherence g_inf and the decorrelation time tau of each pixel come from three
independent rough random fields (power law k^-3, i.e. patchy textures at all scales), and
``gamma(t) = (g0 - g_inf) exp(-t / tau) + g_inf`` (the exponential decay to a persistent
coherence of Rocca 2007 / Parizzi et al. 2009); slopes enter through the geometric term and
layover/shadow only. ``"parcels"`` (:func:`parcel_coherence`) is a third kind: a patchwork
of parcels with sharp borders, each with its own exponential decay.
"""
from __future__ import annotations

import math
from typing import Callable

import numpy as np
from scipy import ndimage
from scipy.special import expit

from .grid import SimulationGrid
from .landcover import class_coherence, landcover_coherence
from .radar_geometry import RadarGeometry
from .random_fields import power_law_field, smooth_field
from .terrain import Terrain

GAMMA_MIN, GAMMA_MAX = 0.02, 0.97


def ground_coherence(
    rng: np.random.Generator,
    grid: SimulationGrid,
    terrain: Terrain,
    geometry: RadarGeometry,
    weights: dict[str, np.ndarray],
    baseline_days: float,
    time_scale: float,
    body_envelope: np.ndarray,
) -> np.ndarray:
    """True coherence (float32) before the deformation-gradient term.

    ``body_envelope`` (0-1) marks debris ground (moving bodies and static debris fields).
    """
    gamma = landcover_coherence(weights, baseline_days, time_scale)
    debris = class_coherence("scree", baseline_days, time_scale) * rng.uniform(0.85, 1.0)
    gamma = np.maximum(gamma, np.float32(debris) * body_envelope)
    gamma *= 1.0 + 0.1 * smooth_field(rng, grid.shape, 300.0, grid.spacing)
    gamma *= 1.0 + 0.05 * smooth_field(rng, grid.shape, 40.0, grid.spacing)
    for _ in range(int(rng.choice([0, 0, 1, 2, 3]))):
        gamma *= 1.0 - 0.85 * _patch(rng, grid)
    return _geometry_terms(gamma, terrain, geometry)


def _patch(rng: np.random.Generator, grid: SimulationGrid) -> np.ndarray:
    """A soft irregular blob (0-1) of 0.05-1 km^2 somewhere in the scene."""
    radius = math.sqrt(rng.uniform(0.05e6, 1.0e6) / np.pi)
    ce, cn = rng.uniform(0, grid.extent_m[1]), -rng.uniform(0, grid.extent_m[0])
    d = np.hypot(grid.east_m() - ce, grid.north_m() - cn) / radius
    d = d * (1.0 + 0.3 * smooth_field(rng, grid.shape, radius, grid.spacing))
    return np.clip(1.5 - d, 0.0, 1.0).astype(np.float32)


def gradient_coherence(phase: np.ndarray) -> np.ndarray:
    """|sinc| loss of coherence of a multilook cell spanning a phase ramp (float32).

    Args:
        phase: Unwrapped deterministic phase (rad) on the multilooked grid.
    """
    g_row, g_col = np.gradient(phase.astype(np.float32))
    return (np.abs(np.sinc(g_row / (2 * np.pi))) * np.abs(np.sinc(g_col / (2 * np.pi)))).astype(np.float32)


def _geometry_terms(gamma: np.ndarray, terrain: Terrain, geometry: RadarGeometry) -> np.ndarray:
    """``gamma`` times the baseline decorrelation, capped at 0.08 in layover and shadow, clipped."""
    gamma *= geometry.baseline_coherence(terrain)
    layover, shadow = geometry.layover_shadow(terrain)
    gamma[layover | shadow] = np.minimum(gamma[layover | shadow], 0.08)
    return np.clip(gamma, GAMMA_MIN, GAMMA_MAX).astype(np.float32)


def texture_decay_coherence(
    rng: np.random.Generator,
    grid: SimulationGrid,
    terrain: Terrain,
    geometry: RadarGeometry,
    weights: dict[str, np.ndarray],
    baseline_days: float,
    time_scale: float,
    body_envelope: np.ndarray,
) -> np.ndarray:
    """True coherence (float32) of the texture/decay model (``weights`` are not used).

    Per pixel: g0 in [0.55, 0.95], g_inf in [0, 0.45] (mostly low), tau log-normal around
    25 days (x ``time_scale``; 10-90 %: ~6-100 days), each from its own k^-3 random field.
    Debris ground (``body_envelope``) keeps at least a debris coherence (g0 0.92, g_inf 0.5,
    tau 60 days).
    """
    def texture() -> np.ndarray:
        return power_law_field(rng, grid.shape, 3.0, grid.spacing)

    g0 = 0.55 + 0.4 * expit(1.5 * texture())
    g_inf = 0.45 * expit(1.5 * texture() - 1.0)
    tau = 25.0 * time_scale * np.exp(1.1 * texture())
    gamma = (g0 - g_inf) * np.exp(-baseline_days / tau) + g_inf
    debris = (0.92 - 0.5) * math.exp(-baseline_days / (60.0 * time_scale)) + 0.5
    gamma = np.maximum(gamma, np.float32(debris * rng.uniform(0.85, 1.0)) * body_envelope)
    return _geometry_terms(gamma.astype(np.float32), terrain, geometry)


def parcel_coherence(
    rng: np.random.Generator,
    grid: SimulationGrid,
    terrain: Terrain,
    geometry: RadarGeometry,
    weights: dict[str, np.ndarray],
    baseline_days: float,
    time_scale: float,
    body_envelope: np.ndarray,
) -> np.ndarray:
    """True coherence (float32) of the parcel model (``weights`` are not used).

    The ground is a patchwork of parcels (Voronoi cells of ~0.15 km^2 on average, borders
    made irregular by a ~100 m warp: pastures, scree fans, moraines, wet hollows), each with
    its own ``gamma(t) = g0 exp(-t / tau)``, g0 uniform in [0.4, 0.95] and tau log-uniform
    in 3-200 days (x ``time_scale``): sharp coherence contrasts between neighbouring
    parcels, unrelated to altitude. Debris ground keeps at least a debris coherence.
    """
    area_km2 = grid.height * grid.width * grid.pixel_area_m2 / 1e6
    n = int(np.clip(rng.poisson(area_km2 / 0.15), 4, 20000))
    seeds = np.ones(grid.shape, bool)
    seeds[rng.integers(0, grid.height, n), rng.integers(0, grid.width, n)] = False
    _, (near_r, near_c) = ndimage.distance_transform_edt(seeds, sampling=grid.spacing, return_indices=True)
    ids = np.full(grid.shape, -1, np.int64)
    ids[~seeds] = np.arange(int((~seeds).sum()))
    warp = 100.0 / np.array(grid.spacing)
    rows = np.clip(np.arange(grid.height)[:, None] + warp[0] * smooth_field(rng, grid.shape, 150.0, grid.spacing),
                   0, grid.height - 1).astype(np.int64)
    cols = np.clip(np.arange(grid.width)[None, :] + warp[1] * smooth_field(rng, grid.shape, 150.0, grid.spacing),
                   0, grid.width - 1).astype(np.int64)
    parcel = ids[near_r[rows, cols], near_c[rows, cols]]
    n_parcels = int(ids.max()) + 1
    g0 = rng.uniform(0.4, 0.95, n_parcels)
    tau = np.exp(rng.uniform(np.log(3.0), np.log(200.0), n_parcels)) * time_scale
    gamma = (g0 * np.exp(-baseline_days / tau))[parcel].astype(np.float32)
    debris = class_coherence("scree", baseline_days, time_scale) * rng.uniform(0.85, 1.0)
    gamma = np.maximum(gamma, np.float32(debris) * body_envelope)
    return _geometry_terms(gamma, terrain, geometry)


#: A coherence model: (rng, grid, terrain, geometry, land-cover weights, baseline_days,
#: time_scale, debris envelope) -> true coherence before the deformation-gradient term.
CoherenceModel = Callable[..., np.ndarray]

#: Coherence models, by name (``SceneConfig.coherence_model``).
COHERENCE_MODELS: dict[str, CoherenceModel] = {
    "landcover": ground_coherence,
    "texture_decay": texture_decay_coherence,
    "parcels": parcel_coherence,
}
