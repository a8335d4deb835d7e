"""What a predictor returns for a batch of tiles (shared by every backend; no torch)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class TilePrediction:
    """The predictor's output for a batch of tiles.

    Attributes:
        maps: ``(N, B, T, T)`` float32 in [0, 1], one map per band name.
        scores: ``(N,)`` detection probability per tile (classifiers), else ``None``.
    """

    maps: np.ndarray
    scores: np.ndarray | None
