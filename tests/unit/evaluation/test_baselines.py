"""Non-learned baselines: high on dense fringes, low on flat phase and on noise."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.evaluation.baselines import (
    BASELINES, coherence_baseline, phase_gradient_baseline, wrapped_phase_gradient)

COLUMNS = np.arange(64)[None, :] * np.ones((64, 1))


def _wrapped(phase: np.ndarray) -> np.ndarray:
    return np.angle(np.exp(1j * phase))


def test_dense_fringes_high_flat_phase_low() -> None:
    coherence = np.full((64, 64), 0.9)
    fringes = _wrapped(2 * np.pi * COLUMNS / 10)        # one fringe per 10 px: 0.63 rad/px
    assert phase_gradient_baseline(fringes, coherence) == pytest.approx(0.8, abs=1e-5)
    assert np.all(phase_gradient_baseline(np.full((64, 64), 1.3), coherence) == 0.0)


def test_wrap_jumps_are_not_gradients() -> None:
    ramp = _wrapped(2 * np.pi * COLUMNS / 40 + 2.0)     # wraps every 40 px
    gradient = wrapped_phase_gradient(ramp)
    assert gradient == pytest.approx(2 * np.pi / 40)
    assert np.ptp(phase_gradient_baseline(ramp, np.ones((64, 64)))) < 1e-6


def test_a_fringe_patch_stands_out_and_noise_is_masked() -> None:
    rng = np.random.default_rng(8)
    phase = rng.normal(0, 0.05, (64, 64))
    rows, cols = np.mgrid[:64, :64]
    body = (rows - 32) ** 2 + (cols - 32) ** 2 < 12 ** 2
    phase[body] += 2 * np.pi * cols[body] / 8
    coherence = np.full((64, 64), 0.8)
    coherence[:, :8] = 0.1
    phase[:, :8] = rng.uniform(-np.pi, np.pi, (64, 8))   # decorrelated strip
    result = phase_gradient_baseline(_wrapped(phase), coherence)
    assert result[32, 30] > 0.9 and result[5, 50] < 0.2
    assert np.all(result[:, :8] == 0.0)


def test_nodata_and_parameters() -> None:
    phase = np.zeros((20, 20)); phase[3, 4] = np.nan
    coherence = np.ones((20, 20)); coherence[10, 10] = np.nan
    result = phase_gradient_baseline(phase, coherence)
    assert np.isnan(result[3, 4]) and np.isnan(result[10, 10]) and np.nansum(result) == 0
    with pytest.raises(InputDataError, match="odd number"):
        phase_gradient_baseline(phase, coherence, window=4)


def test_coherence_baseline_and_registry() -> None:
    coherence = np.array([[0.2, 1.2], [np.nan, -0.1]])
    result = coherence_baseline(coherence)
    assert result[0, 0] == pytest.approx(0.2) and result[0, 1] == 1 and result[1, 1] == 0
    assert np.isnan(result[1, 0])
    assert set(BASELINES) == {"phase_gradient", "coherence"}
    np.testing.assert_array_equal(BASELINES["coherence"](np.zeros((2, 2)), coherence), result)
