"""Sentinel-1 constants and the phase <-> LOS displacement conversion."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.insar.simulation import (
    FRINGE_M,
    WAVELENGTH_S1,
    displacement_to_phase,
    phase_to_displacement,
    wrap_phase,
)


def test_one_fringe_is_half_a_wavelength() -> None:
    assert WAVELENGTH_S1 == pytest.approx(0.055465763)
    assert FRINGE_M == pytest.approx(0.0277328815)
    assert displacement_to_phase(FRINGE_M) == pytest.approx(2 * np.pi)


def test_rock_glacier_at_one_metre_per_year_is_about_half_a_fringe_in_six_days() -> None:
    d = 1.0 / 365.25 * 6
    assert displacement_to_phase(d) / (2 * np.pi) == pytest.approx(0.59, abs=0.01)


def test_sign_convention_and_inverse() -> None:
    d = np.array([-0.02, 0.0, 0.013], dtype=np.float32)
    plus, minus = displacement_to_phase(d, 1.0), displacement_to_phase(d, -1.0)
    np.testing.assert_allclose(plus, -minus)
    np.testing.assert_allclose(plus, 4 * np.pi * d / WAVELENGTH_S1, rtol=1e-6)
    np.testing.assert_allclose(phase_to_displacement(minus, -1.0), d, rtol=1e-6)
    assert plus.dtype == np.float32


def test_wrap_phase_range() -> None:
    phi = np.linspace(-20, 20, 1001)
    w = wrap_phase(phi)
    assert w.min() >= -np.pi and w.max() < np.pi
    np.testing.assert_allclose(np.exp(1j * w), np.exp(1j * phi), atol=1e-9)
