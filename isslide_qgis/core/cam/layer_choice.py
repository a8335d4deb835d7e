"""The rule that picks a CAM method's default layers from validation scores.

An explanation first has to *point* at the moving area (its hottest pixel on the body: the
pointing game), then to keep its mass there (energy inside truth). Among the candidate layer
sets, the rule keeps those whose pointing game is within :data:`POINTING_MARGIN` of the best
one, and of these picks the one with the most energy inside truth. Energy alone favours maps
that are dim everywhere but slightly less dim on the body, whose peak may lie on a turbulence
cell (ECSPLAIN's Grad-CAM at the first convolution of stage 2, 2026-12).

Importing this module does not import torch.
"""
from __future__ import annotations

from collections.abc import Mapping

#: Pointing-game gap (share of patches) within which candidates count as pointing equally well.
POINTING_MARGIN = 0.05

#: ``{candidate label: {"energy_inside": {method: score}, "pointing_game": {method: score}}}``
LayerScores = Mapping[str, Mapping[str, Mapping[str, float]]]


def choose_layer_set(rows: LayerScores, method: str, margin: float = POINTING_MARGIN) -> str:
    """The label of ``method``'s default candidate in ``rows`` (see the module notes).

    Raises:
        ValueError: ``rows`` is empty.
    """
    if not rows:
        raise ValueError("no candidate layer sets to choose from")
    best = max(row["pointing_game"][method] for row in rows.values())
    pointing = [label for label, row in rows.items() if row["pointing_game"][method] >= best - margin]
    return max(pointing, key=lambda label: rows[label]["energy_inside"][method])
