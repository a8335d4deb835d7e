"""Goldstein filter: less phase noise, same fringes, seamless, NaN-preserving."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.insar.simulation import goldstein_filter, noisy_interferogram
from isslide_qgis.core.insar.simulation.goldstein import multilook_equivalent_fft


def _fringes(shape: tuple[int, int]) -> np.ndarray:
    y, x = np.mgrid[0 : shape[0], 0 : shape[1]]
    return 2 * np.pi * (x / 23.0 + y / 37.0) + 3.0 * np.exp(-((x - 100) ** 2 + (y - 90) ** 2) / 800.0)


def test_filter_reduces_phase_noise_without_shifting_fringes() -> None:
    phi = _fringes((200, 230))
    noisy, _ = noisy_interferogram(np.random.default_rng(0), np.full(phi.shape, 0.45, np.float32), phi, 4)
    filtered = goldstein_filter(noisy, alpha=1.0, fft_size=64, window=3)
    err_before = np.angle(noisy * np.exp(-1j * phi))
    err_after = np.angle(filtered * np.exp(-1j * phi))
    circ = lambda e: 1.0 - np.abs(np.mean(np.exp(1j * e)))  # noqa: E731
    assert circ(err_after) < 0.25 * circ(err_before)
    assert abs(np.angle(np.mean(np.exp(1j * err_after)))) < 0.03  # no fringe shift
    assert np.percentile(np.abs(err_after), 90) < 0.5


def test_weaker_alpha_filters_less() -> None:
    phi = _fringes((128, 128))
    noisy, _ = noisy_interferogram(np.random.default_rng(1), np.full(phi.shape, 0.5, np.float32), phi, 4)
    errs = [np.std(np.angle(goldstein_filter(noisy, alpha=a) * np.exp(-1j * phi))) for a in (0.0, 0.5, 1.0)]
    assert errs[0] > errs[1] > errs[2]
    np.testing.assert_allclose(goldstein_filter(noisy, alpha=0.0), noisy, rtol=1e-6)


def test_constant_phase_is_preserved_without_block_seams() -> None:
    z = np.full((150, 210), np.exp(0.7j), np.complex64)
    out = goldstein_filter(z, fft_size=32)
    np.testing.assert_allclose(np.angle(out), 0.7, atol=1e-5)
    np.testing.assert_allclose(np.abs(out), np.abs(out).mean(), rtol=1e-4)


def test_nan_stays_nan_and_small_images_work() -> None:
    z = np.exp(1j * _fringes((40, 50))).astype(np.complex64)
    z[5:9, 10:20] = np.nan
    out = goldstein_filter(z, fft_size=64)
    assert out.shape == z.shape
    assert np.isnan(out[5:9, 10:20]).all() and np.isfinite(out[20:, :]).all()


def _phase_std(z: np.ndarray) -> float:
    return float(np.sqrt(-2.0 * np.log(np.abs(np.mean(np.exp(1j * np.angle(z)))))))


@pytest.mark.parametrize("gamma", [0.3, 0.6])
def test_multilook_grid_emulates_the_slc_chain(gamma: float) -> None:
    """Goldstein 64 on single-look SLC samples then 8 x 2 looks (the ISSLIDE chain) leaves
    the same phase noise as Goldstein with the equivalent patch on the multilooked grid."""
    rng = np.random.default_rng(7)
    h, w = 64, 128  # multilooked grid; rows = azimuth (2 looks), columns = range (8 looks)
    slc, _ = noisy_interferogram(rng, np.full((2 * h, 8 * w), gamma, np.float32), np.zeros((2 * h, 8 * w)), 1)
    chain = goldstein_filter(slc, 1.0, 64, 3).reshape(h, 2, w, 8).sum(axis=(1, 3))
    ml, _ = noisy_interferogram(rng, np.full((h, w), gamma, np.float32), np.zeros((h, w)), 16)
    fft = multilook_equivalent_fft(64, 16)
    assert fft == 16
    emulated, naive = goldstein_filter(ml, 1.0, fft, 3), goldstein_filter(ml, 1.0, 64, 3)
    assert _phase_std(emulated) == pytest.approx(_phase_std(chain), rel=0.2)
    assert _phase_std(naive) < 0.5 * _phase_std(chain)
