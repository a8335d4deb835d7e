"""Shared fixtures of the training tests: tiny simulated patches (made once per session)."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from isslide_qgis.core.training.datasets import SimulatedPatches, simulated_patches
from isslide_qgis.core.training.patchset import PatchSet

#: Small scenes and 48-pixel patches keep every test fast; the networks are fully
#: convolutional, so the patch size changes nothing to the code paths.
TINY = SimulatedPatches(first_seed=3, n_scenes=4, scene_size=112, patch_size=48, jitter=4,
                        background_per_scene=2, decoy_only_fraction=0.0)


@pytest.fixture(autouse=True)
def _one_thread():
    """Other engineers share the 2 cores: tests stay on one torch thread."""
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


@pytest.fixture(scope="session")
def tiny_patches() -> PatchSet:
    """A dozen or so simulated 48 x 48 patches, moving and still."""
    patches = simulated_patches(TINY)
    labels = patches.labels
    assert 0 < labels.sum() < len(labels), patches.counts()
    return patches


def synthetic_patches(n: int = 8, size: int = 32, seed: int = 0) -> PatchSet:
    """Patches whose mask is a disc of fringes (phase rises inside) on noise-free ground."""
    rng = np.random.default_rng(seed)
    rows, cols = np.mgrid[:size, :size]
    phase, coherence, mask = [], [], []
    for i in range(n):
        moving = i % 2 == 0
        r0, c0 = rng.integers(size // 4, 3 * size // 4, 2)
        disc = (rows - r0) ** 2 + (cols - c0) ** 2 < (size // 5) ** 2
        body = disc if moving else np.zeros_like(disc)
        phase.append(np.angle(np.exp(1j * (rng.uniform(-3, 3) + 3.0 * body * np.cos(rows / 3.0)))))
        coherence.append(np.clip(0.6 + 0.3 * body + 0.05 * rng.standard_normal((size, size)), 0, 1))
        mask.append(body)
    return PatchSet.from_arrays(np.array(phase), np.array(coherence), np.array(mask), 0, np.arange(n))
