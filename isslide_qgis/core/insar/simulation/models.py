"""The physical models a scene may use, per effect: the names :class:`.config.SceneConfig`
accepts and the families (:mod:`.families`) combine.

Each effect has a registry in the module that implements it; this module only gathers
their names (config validation imports it lazily, as those modules import the config).
"""
from __future__ import annotations

from .chains import CHAINS
from .coherence import COHERENCE_MODELS
from .displacement_profiles import DEFORMATION_MODELS
from .outlines import OUTLINE_MODELS
from .size_distribution import SIZE_MODELS
from .turbulence import TURBULENCE_MODELS

#: effect -> (SceneConfig field, valid model names); the effects are the keys of
#: ``SimulationFamily.models``.
MODEL_CHOICES: dict[str, tuple[str, tuple[str, ...]]] = {
    "sizes": ("size_model", tuple(SIZE_MODELS)),
    "outline": ("outline_model", tuple(OUTLINE_MODELS)),
    "deformation": ("deformation_model", tuple(DEFORMATION_MODELS)),
    "turbulence": ("turbulence_model", tuple(TURBULENCE_MODELS)),
    "coherence": ("coherence_model", tuple(COHERENCE_MODELS)),
    "chain": ("chain", tuple(CHAINS)),
}

#: The models of the historical simulator (the SceneConfig defaults), per effect.
LEGACY_MODELS: dict[str, str] = {
    "sizes": "log_uniform", "outline": "ellipse", "deformation": "bump",
    "turbulence": "power_law", "coherence": "landcover", "chain": "goldstein",
}
