"""Seed ranges of the simulated scenes, and seeding of torch and numpy.

Scene ``s`` is ``simulate_scene(s, random_scene_config(numpy.random.default_rng(s), H, W))``.
Three disjoint ranges keep evaluation honest:

- training scenes: seeds in ``[0, 800000)``;
- validation scenes (thresholds, model selection): ``[800000, 900000)``;
- held-out scenes (final quality checks, never used by training or threshold selection):
  ``900000`` and above.
"""
from __future__ import annotations

import random

import numpy as np

from ..messages import translate

TRAINING_SEEDS = range(0, 800_000)
VALIDATION_SEEDS = range(800_000, 900_000)
HELD_OUT_FIRST_SEED = 900_000

#: range name -> seed range (for messages and the model card)
SEED_RANGES: dict[str, range] = {"training": TRAINING_SEEDS, "validation": VALIDATION_SEEDS}


def check_seed_range(name: str, first: int, count: int) -> range:
    """The seeds ``[first, first + count)`` after checking they lie in range ``name``.

    Raises:
        ValueError: the seeds leave the range (e.g. reach the held-out seeds).
    """
    allowed = SEED_RANGES[name]
    seeds = range(first, first + count)
    if count < 0 or (count and (seeds[0] not in allowed or seeds[-1] not in allowed)):
        raise ValueError(translate(
            "IsslideCore",
            "The {name} scene seeds {first}..{last} leave the {name} range {lo}..{hi}; seeds from "
            "{held} on are kept for held-out evaluation. Choose seeds inside the range.").format(
                name=name, first=first, last=first + count - 1, lo=allowed.start,
                hi=allowed.stop - 1, held=HELD_OUT_FIRST_SEED))
    return seeds


def seed_everything(seed: int) -> None:
    """Seed Python's, numpy's legacy and torch's global generators (torch imported here)."""
    import torch

    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)


def derived_seed(*parts: int) -> int:
    """A 63-bit seed mixed from integers (e.g. run seed and epoch), stable across runs."""
    state = np.random.SeedSequence([int(p) for p in parts]).generate_state(1, np.uint64)
    return int(state[0]) % 2**63
