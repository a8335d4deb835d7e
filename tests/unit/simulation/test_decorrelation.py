"""Decorrelation noise: estimated coherence and phase from L looks, against theory."""
from __future__ import annotations

import math

import numpy as np
import pytest

from isslide_qgis.core.insar.simulation import expected_coherence_estimate, noisy_interferogram


def _circular_variance(z: np.ndarray) -> float:
    return float(1.0 - np.abs(np.mean(np.exp(1j * np.angle(z)))))


@pytest.mark.parametrize("gamma", [0.1, 0.3, 0.5, 0.7, 0.9])
def test_mean_estimated_coherence_matches_touzi_1999(gamma: float) -> None:
    rng = np.random.default_rng(1)
    g = np.full((300, 400), gamma, np.float32)
    _, coh = noisy_interferogram(rng, g, np.zeros_like(g), 16)
    assert coh.mean() == pytest.approx(float(expected_coherence_estimate(gamma, 16)[0]), abs=0.004)


def test_estimator_is_biased_upwards_at_low_coherence() -> None:
    expected = expected_coherence_estimate(np.array([0.0, 0.1, 0.2, 0.8]), 16)
    # at gamma = 0: E = Gamma(L) Gamma(3/2) / Gamma(L + 1/2)
    assert expected[0] == pytest.approx(np.sqrt(np.pi) / 2 * math.exp(math.lgamma(16) - math.lgamma(16.5)), rel=1e-6)
    assert expected[0] > 0.2 and expected[1] > 0.2 and expected[2] > 0.25
    assert abs(expected[3] - 0.8) < 0.01
    rng = np.random.default_rng(2)
    g = np.zeros((200, 200), np.float32)
    _, coh = noisy_interferogram(rng, g, g, 16)
    assert coh.mean() > 0.2


@pytest.mark.parametrize("coherence_looks", [None, 30])
def test_explicit_looks_and_wishart_samplers_agree_in_law(coherence_looks: int | None) -> None:
    rng = np.random.default_rng(3)
    for gamma in (0.2, 0.6, 0.9):
        g = np.full((150, 200), gamma, np.float32)
        phi = np.full_like(g, 1.0)
        w_ifg, w_coh = noisy_interferogram(rng, g, phi, 16, "wishart", coherence_looks)
        l_ifg, l_coh = noisy_interferogram(rng, g, phi, 16, "looks", coherence_looks)
        assert w_coh.mean() == pytest.approx(l_coh.mean(), abs=0.006)
        assert w_coh.std() == pytest.approx(l_coh.std(), rel=0.06)
        assert _circular_variance(w_ifg) == pytest.approx(_circular_variance(l_ifg), rel=0.08, abs=0.002)
        # the phase is unbiased: its circular mean is the signal phase
        assert np.angle(np.mean(np.exp(1j * np.angle(w_ifg)))) == pytest.approx(1.0, abs=0.02)


def test_estimated_coherence_tracks_true_coherence() -> None:
    rng = np.random.default_rng(4)
    gamma = np.tile(np.linspace(0.05, 0.95, 256, dtype=np.float32), (256, 1))
    _, coh = noisy_interferogram(rng, gamma, np.zeros_like(gamma), 16)
    corr16 = np.corrcoef(coh.ravel(), gamma.ravel())[0, 1]
    # L = 16 on a uniform 0.05-0.95 ramp: corr ~0.89 (estimator noise ~0.1 at mid gamma)
    assert corr16 > 0.87
    high = gamma > 0.5
    assert np.mean(np.abs(coh[high] - gamma[high])) < 0.075  # theory: ~0.065 at L = 16
    # a larger estimation window (same samples + more) tracks the truth more tightly
    _, coh60 = noisy_interferogram(rng, gamma, np.zeros_like(gamma), 16, coherence_looks=60)
    assert np.corrcoef(coh60.ravel(), gamma.ravel())[0, 1] > max(0.95, corr16 + 0.03)
    assert coh60.mean() == pytest.approx(float(np.mean(expected_coherence_estimate(gamma[0], 60))), abs=0.005)


def test_phase_noise_decreases_with_coherence_and_looks() -> None:
    rng = np.random.default_rng(5)
    variances = []
    for gamma, looks in ((0.3, 16), (0.6, 16), (0.9, 16), (0.6, 4)):
        g = np.full((200, 200), gamma, np.float32)
        ifg, _ = noisy_interferogram(rng, g, np.zeros_like(g), looks)
        variances.append(_circular_variance(ifg))
    assert variances[0] > variances[1] > variances[2]
    assert variances[3] > 2 * variances[1]


def test_single_look_coherence_is_one_and_unknown_method_fails() -> None:
    rng = np.random.default_rng(6)
    g = np.full((20, 20), 0.5, np.float32)
    _, coh = noisy_interferogram(rng, g, np.zeros_like(g), 1)
    np.testing.assert_allclose(coh, 1.0, atol=1e-5)
    with pytest.raises(ValueError, match="unknown decorrelation method"):
        noisy_interferogram(rng, g, g, 16, "magic")
