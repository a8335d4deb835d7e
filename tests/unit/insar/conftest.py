"""Fixtures making tiny GeoTIFFs (rasterio, tmp_path) for the InSAR data-core tests."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np
import pytest

from tests.unit.insar.insar_synthetic import synthetic_coherence, synthetic_phase, write_tif


@pytest.fixture
def make_tif(tmp_path: Path) -> Callable[..., Path]:
    """Factory: ``make_tif(name, bands, **write_tif options)`` -> path in tmp_path."""
    def _make(name: str, bands: np.ndarray, **options: object) -> Path:
        return write_tif(tmp_path / name, bands, **options)
    return _make


@pytest.fixture
def ifg_pair(make_tif: Callable[..., Path]) -> tuple[Path, Path, np.ndarray, np.ndarray]:
    """A 40 x 50 UTM phase raster and its coherence on the same grid, with their arrays."""
    phase, coherence = synthetic_phase(), synthetic_coherence()
    return make_tif("phase.tif", phase), make_tif("coherence.tif", coherence), phase, coherence
