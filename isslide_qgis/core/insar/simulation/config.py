"""What to simulate: :class:`SceneConfig` and :func:`random_scene_config` (varied configs).

A config fixes the sizes, geometry and the strength of each physical term; the seed given
to :func:`~.scene.simulate_scene` draws everything else (terrain, where bodies and decoys
lie, signs, directions). Training data should come from :func:`random_scene_config`, which
varies CRS, baseline, atmosphere, noise, filter settings and nodata layouts from scene to
scene, so that models do not learn the habits of one processing chain.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np

from ...errors import InputDataError
from ...messages import translate
from .constants import ISSLIDE_GOLDSTEIN, ISSLIDE_LOOKS
from .grid import DEFAULT_ORIGINS, ORIGIN_RANGES, SimulationGrid, crs_is_geographic, default_pixel_size

#: Nodata layouts a config may ask for ("random" draws one of the others per seed).
NODATA_LAYOUT_NAMES: tuple[str, ...] = ("none", "swath", "holes", "swath+holes", "random")
#: Sentinel-1 orbit directions (see :mod:`.radar_geometry`).
ORBITS: tuple[str, ...] = ("ascending", "descending")
#: Moving areas per 100 km^2 in the ISSLIDE annotation of the Queyras (38 over ~690 km^2).
REAL_DENSITY_PER_100KM2 = 5.5


@dataclass(frozen=True)
class SceneConfig:
    """Parameters of one simulated interferogram (all optional; defaults mimic ISSLIDE).

    Attributes:
        height, width: Interferogram size in pixels.
        baseline_days: Temporal baseline (6, 12, 18 ... days); displacements scale linearly.
        crs: ``"EPSG:32632"`` (UTM 32N), ``"EPSG:32631"``, ``"EPSG:4326"`` or None (radar
            geometry: identity transform, no CRS).
        pixel_size: Map units per pixel; None picks 14.64 m (projected, and the ground size
            assumed without CRS) or 1.3151e-4 deg (geographic).
        origin: Upper-left corner (x, y) in map units; None picks an Alps default per CRS.
        n_bodies: Inclusive range of the number of moving bodies ((0, 0): decoy-only scene).
        n_decoys: Inclusive range of the number of atmospheric decoys.
        fringe_probability: Chance that a body is drawn from the fast ("fringes") rates.
        bubble_rate_mm_day, fringe_rate_mm_day: Ranges of |LOS rate| (mm/day, log-uniform)
            of slow and fast bodies (0.5-3.5 mm/day: 3-21 mm in 6 days, < 1 fringe).
        body_area_km2: Range of the body (truth polygon) area, km^2 (log-uniform).
        truth_fraction: A body pixel is "moving" in the truth when |d| >= this fraction of the
            body's peak |d| ...
        truth_min_mm: ... and |d| >= this many mm (detectability floor).
        looks: Number of looks of the multilook (ISSLIDE 8x2 = 16).
        coherence_looks: Samples of the coherence estimate: None = the same samples as the
            phase; more (e.g. 30-60) mimics a larger estimation window and gives a less noisy
            coherence, still from the same samples plus others.
        noise: Draw decorrelation noise (False: noiseless phase, coherence = true coherence).
        decorrelation_method: ``"wishart"`` (fast, exact in law) or ``"looks"`` (explicit).
        goldstein, goldstein_alpha, goldstein_fft, goldstein_window: Goldstein filter.
        goldstein_grid: ``"slc"``: the FFT size is meant at full (SLC) resolution, before the
            multilook, as in SNAP/ISSLIDE (emulated on the multilooked grid, see
            :func:`.goldstein.multilook_equivalent_fft`); ``"multilook"``: the filter runs on
            the multilooked interferogram with this FFT size (as GAMMA's adf often does).
        nodata_layout: One of :data:`NODATA_LAYOUT_NAMES`.
        optical, optical_factor: Make the SPOT-like image, with pixels this much finer.
        turbulence_mm, turbulence_beta: Std (mm of LOS delay) and spectral exponent of the
            turbulent troposphere.
        stratification_mm_per_km: |LOS delay gradient with height| of the stratified
            troposphere (mm/km; the sign is drawn per seed).
        ramp_mm_per_km: Gradient of the orbital ramp (mm of LOS per km).
        decoy_amplitude_fringes: Largest |amplitude| of an atmospheric decoy, in fringes.
        phase_sign: Sign convention, phase = phase_sign * 4*pi*d_LOS/lambda.
        reference_phase: Constant phase added to the whole interferogram (rad); None draws it
            uniformly in [-pi, pi) per seed (the absolute phase of a real interferogram is
            arbitrary: it depends on the processor's reference point).
        orbit, incidence_deg: Sentinel-1 viewing geometry.
        treeline_m: Altitude of the upper forest limit (vegetation decorrelates below).
        snowline_m: Altitude above which snow lies (None: no snow).
        coherence_time_scale: Multiplies the decorrelation time constants (> 1: drier, more
            coherent season; < 1: wetter, less coherent).
        size_model: How body areas are drawn: ``"log_uniform"`` in ``body_area_km2`` (the
            historical default) or ``"isslide"`` (the real ISSLIDE area quantiles; ignores
            ``body_area_km2``). See :data:`MODEL_CHOICES`.
        outline_model: Body outline: ``"ellipse"`` (irregular ellipse) or ``"lobate"``
            (tongue elongated downslope with a lobate front).
        deformation_model: Displacement inside a body: ``"bump"`` (smooth dome) or
            ``"plug"`` (near-uniform slab with a steep marginal shear zone).
        turbulence_model: Turbulent troposphere spectrum: ``"power_law"`` (one slope,
            ``turbulence_beta``), ``"two_slope"`` (-8/3 long, -11/3 short wavelengths) or
            ``"von_karman"`` (-11/3 with an outer scale; flat at long wavelengths).
        coherence_model: ``"landcover"`` (land-cover classes, exponential decay),
            ``"texture_decay"`` (random texture fields, decay to a long-term coherence) or
            ``"parcels"`` (patchwork of parcels, each with its own decay).
        chain: Processing chain after the multilook: ``"goldstein"`` (the Goldstein filter
            when ``goldstein`` is True), ``"unfiltered"`` or ``"boxcar"`` (a
            ``boxcar_window`` box average of the complex interferogram).
        boxcar_window: Side (pixels) of the boxcar chain's averaging window.
        body_density_per_100km2: None: the number of bodies is drawn in ``n_bodies``; a
            number: it is Poisson with this mean per 100 km^2 of valid ground (real Queyras
            density: :data:`REAL_DENSITY_PER_100KM2`).
    """

    height: int = 512
    width: int = 512
    baseline_days: int = 6
    crs: str | None = "EPSG:32632"
    pixel_size: float | None = None
    origin: tuple[float, float] | None = None
    n_bodies: tuple[int, int] = (3, 6)
    n_decoys: tuple[int, int] = (1, 2)
    fringe_probability: float = 0.4
    bubble_rate_mm_day: tuple[float, float] = (0.5, 3.5)
    fringe_rate_mm_day: tuple[float, float] = (5.0, 12.0)
    body_area_km2: tuple[float, float] = (0.05, 0.5)
    truth_fraction: float = 0.2
    truth_min_mm: float = 0.5
    looks: float = ISSLIDE_LOOKS
    coherence_looks: float | None = None
    noise: bool = True
    decorrelation_method: str = "wishart"
    goldstein: bool = True
    goldstein_alpha: float = ISSLIDE_GOLDSTEIN[0]
    goldstein_fft: int = ISSLIDE_GOLDSTEIN[1]
    goldstein_window: int = ISSLIDE_GOLDSTEIN[2]
    goldstein_grid: str = "slc"
    nodata_layout: str = "swath"
    optical: bool = True
    optical_factor: int = 3
    turbulence_mm: float = 2.5
    turbulence_beta: float = 8.0 / 3.0
    stratification_mm_per_km: float = 5.0
    ramp_mm_per_km: float = 0.3
    decoy_amplitude_fringes: float = 1.0
    phase_sign: float = 1.0
    reference_phase: float | None = None
    orbit: str = "ascending"
    incidence_deg: float = 39.0
    treeline_m: float = 2100.0
    snowline_m: float | None = 3200.0
    coherence_time_scale: float = 1.0
    size_model: str = "log_uniform"
    outline_model: str = "ellipse"
    deformation_model: str = "bump"
    turbulence_model: str = "power_law"
    coherence_model: str = "landcover"
    chain: str = "goldstein"
    boxcar_window: int = 3
    body_density_per_100km2: float | None = None

    def __post_init__(self) -> None:
        problems = _problems(self)
        if problems:
            raise InputDataError(
                translate("IsslideCore", "Invalid simulation settings: {p}. Fix these values.").format(
                    p="; ".join(problems)
                )
            )

    @property
    def resolved_pixel_size(self) -> float:
        """The pixel size used (``pixel_size`` or the ISSLIDE default for the CRS)."""
        return self.pixel_size if self.pixel_size is not None else default_pixel_size(self.crs)

    @property
    def resolved_origin(self) -> tuple[float, float]:
        """The upper-left corner used (``origin`` or the Alps default for the CRS)."""
        if self.origin is not None:
            return self.origin
        if self.crs in DEFAULT_ORIGINS:
            return DEFAULT_ORIGINS[self.crs]
        return DEFAULT_ORIGINS["EPSG:4326" if crs_is_geographic(self.crs) else "EPSG:32632"]

    def grid(self) -> SimulationGrid:
        """The pixel grid of scenes made with this config."""
        return SimulationGrid.build(
            self.height, self.width, self.crs, self.resolved_pixel_size, self.resolved_origin
        )

    def replace(self, **changes: Any) -> "SceneConfig":
        """A copy with some fields changed (validated)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The fields as plain Python values (JSON-friendly)."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


def _problems(c: SceneConfig) -> list[str]:
    checks = [
        (c.height >= 16 and c.width >= 16, f"height/width {c.height}x{c.width} must be >= 16"),
        (c.baseline_days > 0, f"baseline_days={c.baseline_days} must be > 0"),
        (c.pixel_size is None or c.pixel_size > 0, f"pixel_size={c.pixel_size} must be > 0"),
        (0 <= c.n_bodies[0] <= c.n_bodies[1], f"n_bodies={c.n_bodies} must be (min, max), 0 <= min <= max"),
        (0 <= c.n_decoys[0] <= c.n_decoys[1], f"n_decoys={c.n_decoys} must be (min, max), 0 <= min <= max"),
        (0 < c.bubble_rate_mm_day[0] <= c.bubble_rate_mm_day[1],
         f"bubble_rate_mm_day={c.bubble_rate_mm_day} must be (min, max), 0 < min <= max"),
        (0 < c.fringe_rate_mm_day[0] <= c.fringe_rate_mm_day[1],
         f"fringe_rate_mm_day={c.fringe_rate_mm_day} must be (min, max), 0 < min <= max"),
        (0 < c.body_area_km2[0] <= c.body_area_km2[1],
         f"body_area_km2={c.body_area_km2} must be (min, max), 0 < min <= max"),
        (0 < c.truth_fraction < 1, f"truth_fraction={c.truth_fraction} must be in (0, 1)"),
        (c.looks >= 1, f"looks={c.looks} must be >= 1"),
        (c.coherence_looks is None or c.coherence_looks >= c.looks,
         f"coherence_looks={c.coherence_looks} must be None or >= looks"),
        (c.decorrelation_method in ("wishart", "looks"),
         f"decorrelation_method='{c.decorrelation_method}' must be 'wishart' or 'looks'"),
        (c.goldstein_fft >= 8 and c.goldstein_fft % 2 == 0,
         f"goldstein_fft={c.goldstein_fft} must be even and >= 8"),
        (c.goldstein_window >= 1, f"goldstein_window={c.goldstein_window} must be >= 1"),
        (c.goldstein_grid in ("slc", "multilook"),
         f"goldstein_grid='{c.goldstein_grid}' must be 'slc' or 'multilook'"),
        (c.nodata_layout in NODATA_LAYOUT_NAMES,
         f"nodata_layout='{c.nodata_layout}' must be one of {NODATA_LAYOUT_NAMES}"),
        (c.optical_factor >= 1, f"optical_factor={c.optical_factor} must be >= 1"),
        (min(c.turbulence_mm, c.stratification_mm_per_km, c.ramp_mm_per_km, c.decoy_amplitude_fringes) >= 0,
         "atmosphere strengths must be >= 0"),
        (c.phase_sign in (1.0, -1.0), f"phase_sign={c.phase_sign} must be +1 or -1"),
        (c.orbit in ORBITS, f"orbit='{c.orbit}' must be one of {ORBITS}"),
        (15.0 <= c.incidence_deg <= 60.0, f"incidence_deg={c.incidence_deg} must be in [15, 60]"),
        (c.coherence_time_scale > 0, f"coherence_time_scale={c.coherence_time_scale} must be > 0"),
    ]
    checks.append((c.boxcar_window >= 1, f"boxcar_window={c.boxcar_window} must be >= 1"))
    checks.append((c.body_density_per_100km2 is None or c.body_density_per_100km2 >= 0,
                   f"body_density_per_100km2={c.body_density_per_100km2} must be None or >= 0"))
    from .models import MODEL_CHOICES  # the model modules import this one

    for effect, (field_name, names) in MODEL_CHOICES.items():
        value = getattr(c, field_name)
        checks.append((value in names, f"{field_name}='{value}' ({effect}) must be one of {names}"))
    problems = [msg for ok, msg in checks if not ok]
    if not problems:
        crs_is_geographic(c.crs)  # raises InputDataError on an unknown CRS
    return problems


def _log_uniform(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _random_origin(rng: np.random.Generator, crs: str | None) -> tuple[float, float] | None:
    if crs is None:
        return None
    x0, x1, y0, y1 = ORIGIN_RANGES[crs]
    digits = 6 if crs_is_geographic(crs) else 1
    return round(float(rng.uniform(x0, x1)), digits), round(float(rng.uniform(y0, y1)), digits)


def with_overrides(fields: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """``fields`` updated with ``overrides``, whose names must be SceneConfig fields.

    A CRS given without an origin resets the origin to the CRS' default.

    Raises:
        InputDataError: An override names no field of :class:`SceneConfig`.
    """
    unknown = sorted(set(overrides) - {f.name for f in dataclasses.fields(SceneConfig)})
    if unknown:
        raise InputDataError(
            translate(
                "IsslideCore",
                "Unknown simulation setting(s) {names}; valid names are the fields of SceneConfig."
            ).format(names=", ".join(unknown))
        )
    merged = {**fields, **overrides}
    if "crs" in overrides and "origin" not in overrides:
        merged["origin"] = None
    return merged


def random_scene_config(
    rng: np.random.Generator, height: int = 512, width: int = 512, **overrides: Any
) -> SceneConfig:
    """A varied config: CRS, baseline, atmosphere, noise, filter and nodata drawn at random.

    Draws: CRS among UTM 31N/32N, EPSG:4326 and None (radar geometry); baseline 6/12/18
    days; turbulence from calm (0.3 mm) to strong (12 mm, log-uniform) with beta in
    [2.2, 3.1]; stratification 0-15 mm/km; ramps; decoy-only scenes (15 %); nodata layouts;
    looks, Goldstein strength, sign convention, orbit, incidence, treeline, snow line and
    season (coherence time scale).

    Args:
        rng: The generator to draw from (seed it for reproducible configs).
        height: Rows.
        width: Columns.
        **overrides: Fields to force (applied after drawing, so the draws do not change).

    Raises:
        InputDataError: An override names no field of :class:`SceneConfig` or is invalid.
    """
    crs = [None, "EPSG:32631", "EPSG:32632", "EPSG:4326"][int(rng.choice(4, p=[0.15, 0.2, 0.35, 0.3]))]
    decoy_only = rng.random() < 0.15
    n_max = int(rng.integers(1, 8))
    strong = rng.random() < 0.25
    goldstein = rng.random() < 0.85
    snow = rng.random() < 0.6
    drawn = dict(
        height=height,
        width=width,
        baseline_days=int(rng.choice([6, 12, 18], p=[0.5, 0.3, 0.2])),
        crs=crs,
        origin=_random_origin(rng, crs),
        n_bodies=(0, 0) if decoy_only else (int(rng.integers(1, n_max + 1)), n_max),
        n_decoys=(
            (int(rng.integers(0, 2)), int(rng.integers(2, 6))) if decoy_only else (0, int(rng.integers(0, 4)))
        ),
        fringe_probability=float(rng.uniform(0.2, 0.6)),
        looks=float(rng.choice([10, 16, 16, 16, 24, 32])),
        coherence_looks=[None, None, 40.0, 60.0][int(rng.integers(0, 4))],
        goldstein=goldstein,
        goldstein_alpha=float(rng.uniform(0.4, 1.0)),
        goldstein_fft=int(rng.choice([32, 64, 64])),
        goldstein_grid=str(rng.choice(["slc", "multilook"], p=[0.7, 0.3])),
        nodata_layout=str(rng.choice(["none", "swath", "holes", "swath+holes"], p=[0.25, 0.35, 0.2, 0.2])),
        turbulence_mm=_log_uniform(rng, 2.0, 12.0) if strong else _log_uniform(rng, 0.3, 4.0),
        turbulence_beta=float(rng.uniform(2.2, 3.1)),
        stratification_mm_per_km=float(rng.uniform(0.0, 15.0)),
        ramp_mm_per_km=float(rng.uniform(0.0, 1.0)),
        decoy_amplitude_fringes=float(rng.uniform(0.3, 1.2)),
        phase_sign=float(rng.choice([1.0, -1.0])),
        orbit=str(rng.choice(list(ORBITS))),
        incidence_deg=float(rng.uniform(30.0, 46.0)),
        treeline_m=float(rng.uniform(1700.0, 2300.0)),
        snowline_m=float(rng.uniform(2500.0, 3500.0)) if snow else None,
        coherence_time_scale=_log_uniform(rng, 0.4, 2.5),
    )
    drawn = with_overrides(drawn, overrides)
    return SceneConfig(**drawn)
