"""Fixtures of the stack tests: tiny simulated stacks and the smallest shipped model."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from isslide_qgis.paths import models_dir

#: the smallest shipped model (0.04 MB): fast enough for stacks of pairs in unit tests
SMALL_MODEL = "sepunet_w8"


@pytest.fixture(scope="session")
def small_checkpoint() -> Path:
    path = models_dir() / f"{SMALL_MODEL}.pt"
    assert path.is_file(), f"the shipped model {path} is missing"
    return path


def tiny_stack(folder: Path, seed: int = 5, size: int = 128, dates: int = 3):
    """A simulated stack of ``dates`` acquisitions 6 days apart (6- and 12-day pairs)."""
    from isslide_qgis.core.insar.simulation import SceneConfig
    from isslide_qgis.core.stack.simulation import simulate_stack, stack_dates

    config = SceneConfig(height=size, width=size, optical=False, n_bodies=(2, 3),
                         n_decoys=(1, 1), nodata_layout="none")
    return simulate_stack(folder, seed, config, stack_dates(dt.date(2021, 8, 2), dates))


@pytest.fixture
def torch_one_thread():
    import torch

    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)
