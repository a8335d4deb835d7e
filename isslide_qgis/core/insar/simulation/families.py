"""Simulator families: one choice of physical model per effect, with a role.

One simulator is one opinion (domain notes): a detector trained on it may learn its quirks.
A family fixes one model per effect (body sizes, outlines, deformation field, turbulence,
coherence, processing chain; the names of :data:`.models.MODEL_CHOICES`) and draws
everything else per scene as :func:`.config.random_scene_config` does (CRS incl. EPSG:4326
and radar geometry, baselines 6/12/18 days, atmosphere strengths, nodata, looks ...).

Roles: ``"training"`` families make training data, the ``"selection"`` family picks models
and thresholds, the ``"untouched"`` family measures generalisation: its turbulence and
coherence models are used by no training family (nor by the selection family).

Typical use::

    fam = get_family("lobate")
    cfg = fam.scene_config(numpy.random.default_rng(seed), 512, 512, density="real")
    scene = simulate_scene(seed, cfg)
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ...errors import InputDataError
from ...messages import translate
from .config import REAL_DENSITY_PER_100KM2, SceneConfig, random_scene_config, with_overrides
from .models import LEGACY_MODELS, MODEL_CHOICES

#: Family roles.
ROLES: tuple[str, ...] = ("training", "selection", "untouched")
#: Scene densities :meth:`SimulationFamily.scene_config` accepts.
DENSITIES: tuple[str, ...] = ("real", "enriched")


@dataclass(frozen=True)
class SimulationFamily:
    """A named set of model choices (effect -> model name) and its role."""

    name: str
    role: str
    models: dict[str, str]
    description: str

    def __post_init__(self) -> None:
        if self.role not in ROLES or set(self.models) != set(MODEL_CHOICES):
            raise ValueError(f"family {self.name}: role must be in {ROLES}, models must name {sorted(MODEL_CHOICES)}")
        for effect, model in self.models.items():
            if model not in MODEL_CHOICES[effect][1]:
                raise ValueError(f"family {self.name}: unknown {effect} model '{model}'")

    def scene_config(
        self,
        rng: np.random.Generator,
        height: int = 512,
        width: int = 512,
        density: str = "real",
        **overrides: Any,
    ) -> SceneConfig:
        """A varied config of this family (deterministic for the generator's state).

        Draws the scene as :func:`.config.random_scene_config` does, then applies the
        family's models (and draws their own settings, e.g. the boxcar window, after it).

        Args:
            rng: The generator to draw from.
            height: Rows.
            width: Columns.
            density: ``"real"``: Poisson number of bodies at the ISSLIDE density (5.5 per
                100 km^2 of valid ground), for validation; ``"enriched"``: the 1-7 bodies per
                scene of ``random_scene_config`` (15 % decoy-only scenes), for training. The
                ``legacy`` family with ``"enriched"`` is exactly ``random_scene_config``.
            **overrides: SceneConfig fields to force (applied last).

        Raises:
            InputDataError: Unknown density or override, or an invalid value.
        """
        if density not in DENSITIES:
            raise InputDataError(
                translate("IsslideCore", "Unknown scene density '{d}'; use one of: {names}.").format(
                    d=density, names=", ".join(DENSITIES)
                )
            )
        fields = {MODEL_CHOICES[effect][0]: model for effect, model in self.models.items()}
        changed: dict[str, Any] = {f: m for f, m in fields.items() if m != getattr(SceneConfig, f)}
        config = random_scene_config(rng, height, width)
        if self.models["chain"] == "boxcar":
            changed["boxcar_window"] = int(rng.choice([3, 3, 5]))
        if density == "real":
            changed["body_density_per_100km2"] = REAL_DENSITY_PER_100KM2
        return _replace_checked(config, {**changed, **overrides})


def _replace_checked(config: SceneConfig, changes: dict[str, Any]) -> SceneConfig:
    changes = with_overrides({}, changes)
    return config.replace(**changes) if changes else config


def _family(name: str, role: str, description: str, **models: str) -> SimulationFamily:
    return SimulationFamily(name, role, {**LEGACY_MODELS, **models}, description)


#: The families, by name.
FAMILIES: dict[str, SimulationFamily] = {
    f.name: f
    for f in (
        _family("legacy", "training", "The historical simulator: log-uniform 0.05-0.5 km^2 irregular ellipses, "
                "smooth bumps, one-slope turbulence, land-cover coherence, Goldstein (85 % of scenes)."),
        _family("lobate", "training", "Real ISSLIDE sizes, lobate tongues with smooth bumps, two-slope "
                "(-8/3, -11/3) turbulence, land-cover coherence, Goldstein.",
                sizes="isslide", outline="lobate", turbulence="two_slope"),
        _family("slab", "training", "Real ISSLIDE sizes, lobate slabs (plug flow, marginal shear zone), "
                "one-slope turbulence, parcel-patchwork coherence, unfiltered chain.",
                sizes="isslide", outline="lobate", deformation="plug", coherence="parcels", chain="unfiltered"),
        _family("selection", "selection", "Real ISSLIDE sizes, lobate slabs, two-slope turbulence, land-cover "
                "coherence, boxcar-smoothed chain (a chain no training family uses).",
                sizes="isslide", outline="lobate", deformation="plug", turbulence="two_slope", chain="boxcar"),
        _family("untouched", "untouched", "Real ISSLIDE sizes, lobate tongues with smooth bumps, von Karman "
                "turbulence and texture/decay coherence (models no training or selection family uses), "
                "Goldstein.",
                sizes="isslide", outline="lobate", turbulence="von_karman", coherence="texture_decay"),
    )
}


def get_family(name: str) -> SimulationFamily:
    """The family called ``name``.

    Raises:
        InputDataError: No such family (the message lists the valid names).
    """
    try:
        return FAMILIES[name]
    except KeyError:
        raise InputDataError(
            translate("IsslideCore", "Unknown simulator family '{name}'; valid families: {names}.").format(
                name=name, names=", ".join(FAMILIES)
            )
        ) from None


def list_families(role: str | None = None) -> list[SimulationFamily]:
    """The families (of one role if given), in registry order.

    Raises:
        InputDataError: ``role`` is not one of :data:`ROLES`.
    """
    if role is not None and role not in ROLES:
        raise InputDataError(
            translate("IsslideCore", "Unknown simulator family role '{role}'; use one of: {names}.").format(
                role=role, names=", ".join(ROLES)
            )
        )
    return [f for f in FAMILIES.values() if role is None or f.role == role]
