"""Simulated stacks: 6/12/18-day pairs of one ground, with a new atmosphere at every date.

The moving bodies persist (the same seed draws the same terrain and bodies at every baseline;
their displacement grows with it), while the troposphere and the atmospheric decoys belong to
one acquisition each: a pair (d1, d2) sees the difference of the atmospheres of d1 and d2, so
a decoy shows in the pairs that contain its date only. That is the situation temporal
consistency is meant for, and what the stack tests check it on.

Each pair is written in the ISSLIDE convention, ``<folder>/<d1>_<d2>/phase.tif`` and
``coherence.tif``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Sequence

import numpy as np

#: baselines of a default stack (days), as in ISSLIDE
BASELINES: tuple[int, ...] = (6, 12, 18)


@dataclass
class SimulatedStack:
    """A written simulated stack and its truth.

    Attributes:
        folder: Where the pairs were written.
        pairs: ``{pair name: phase path}``.
        bodies: Outlines of the moving bodies detectable at some baseline (map coordinates).
        decoys: ``{pair name: outlines of the decoys that pair sees}``.
        rates: LOS rate of each body of ``bodies`` (mm/day, + towards the satellite): the
            known velocities the kinematics are checked against.
    """

    folder: Path
    pairs: dict[str, Path] = field(default_factory=dict)
    bodies: list[Any] = field(default_factory=list)
    decoys: dict[str, list[Any]] = field(default_factory=dict)
    rates: list[float] = field(default_factory=list)


def stack_dates(start: dt.date, count: int, step_days: int = 6) -> list[dt.date]:
    """``count`` acquisition dates every ``step_days`` (Sentinel-1's 6-day revisit)."""
    return [start + dt.timedelta(days=step_days * k) for k in range(count)]


def stack_pairs(dates: Sequence[dt.date], baselines: Sequence[int] = BASELINES,
                ) -> list[tuple[dt.date, dt.date]]:
    """Every pair of ``dates`` whose baseline is one of ``baselines``."""
    return [(a, b) for i, a in enumerate(dates) for b in dates[i + 1:]
            if (b - a).days in set(baselines)]


def _keep_clear(records: list[dict], dx_m: float, dy_m: float) -> list[SimpleNamespace]:
    """Circles around the bodies (the interface ``draw_decoys`` keeps decoys away from)."""
    return [SimpleNamespace(centre_e=(r["peak_col"] + 0.5) * dx_m, centre_n=-(r["peak_row"] + 0.5) * dy_m,
                            bounding_radius_m=3.0 * math.sqrt(max(r["area_m2"], 1.0) / math.pi))
            for r in records]


def _acquisition_atmosphere(seed: int, date: dt.date, scene, config) -> tuple[np.ndarray, list]:
    """Troposphere + decoys of one acquisition (rad, unwrapped) and the decoys' outlines."""
    from ..insar.simulation.decoys import draw_decoys
    from ..insar.simulation.random_fields import component_rng
    from ..insar.simulation.troposphere import atmosphere_phase

    grid = scene.grid
    tag = date.strftime("%Y%m%d")
    phase, _ = atmosphere_phase(component_rng(seed, f"troposphere-{tag}"), grid, scene.dem,
                                config.turbulence_mm, config.turbulence_beta,
                                config.stratification_mm_per_km, config.ramp_mm_per_km,
                                config.turbulence_model)
    rng = component_rng(seed, f"decoys-{tag}")
    count = int(rng.integers(config.n_decoys[0], config.n_decoys[1] + 1))
    preference = scene.true_coherence * scene.valid
    decoys, outlines, _ = draw_decoys(rng, grid, scene.dem, preference,
                                      _keep_clear(scene.bodies, grid.dx_m, grid.dy_m), count,
                                      config.decoy_amplitude_fringes)
    return phase + decoys, outlines


def simulate_stack(folder: str | Path, seed: int, config=None, dates: Sequence[dt.date] | None = None,
                   baselines: Sequence[int] = BASELINES) -> SimulatedStack:
    """Simulate and write a stack of pairs over one ground.

    Args:
        folder: Output folder (one sub-folder per pair).
        seed: Draws the ground and bodies; each date's atmosphere comes from it and the date.
        config: A ``SceneConfig`` (its atmosphere and decoy settings are per acquisition);
            ``None``: 256 x 256 px, UTM 32N, no optical image.
        dates: Acquisition dates (default: 4 dates 6 days apart from 2020-07-01).
        baselines: Baselines of the pairs to form.
    """
    from ..insar.simulation import SceneConfig, simulate_scene, wrap_phase, write_scene

    config = config or SceneConfig(height=256, width=256, optical=False)
    dates = list(dates or stack_dates(dt.date(2020, 7, 1), 4))
    calm = config.replace(n_decoys=(0, 0), turbulence_mm=0.0, stratification_mm_per_km=0.0,
                          ramp_mm_per_km=0.0, optical=False)
    stack = SimulatedStack(Path(folder))
    bodies: dict[int, Any] = {}
    rates: dict[int, float] = {}
    bases: dict[int, Any] = {}
    atmospheres: dict[dt.date, tuple[np.ndarray, list]] = {}
    for first, second in stack_pairs(dates, baselines):
        days = (second - first).days
        if days not in bases:
            bases[days] = simulate_scene(seed, calm.replace(baseline_days=days))
            for record in bases[days].bodies:  # the same bodies, larger truth at longer baselines
                if record["detectable"] and record["geometry"].area > getattr(
                        bodies.get(record["id"]), "area", 0.0):
                    bodies[record["id"]] = record["geometry"]
                    rates[record["id"]] = float(record["rate_mm_per_day"])
        base = bases[days]
        for date in (first, second):
            if date not in atmospheres:
                atmospheres[date] = _acquisition_atmosphere(seed, date, base, config)
        delay = atmospheres[second][0] - atmospheres[first][0]
        phase = np.where(base.valid, wrap_phase(base.phase + delay), np.nan).astype(np.float32)
        name = f"{first:%Y%m%d}_{second:%Y%m%d}"
        pair_dir = stack.folder / name
        write_scene(dataclasses.replace(base, phase=phase), phase_path=pair_dir / "phase.tif",
                    coherence_path=pair_dir / "coherence.tif")
        stack.pairs[name] = pair_dir / "phase.tif"
        stack.decoys[name] = atmospheres[first][1] + atmospheres[second][1]
    stack.bodies = [bodies[key] for key in sorted(bodies)]
    stack.rates = [rates[key] for key in sorted(bodies)]
    return stack
