"""Random number streams and Gaussian random fields shared by every simulation term.

Each physical term draws from its own stream, ``component_rng(seed, name)``: a PCG64 generator
seeded from ``SeedSequence(seed, spawn_key=(crc32(name),))``. Switching one term off or
changing its size therefore never changes what the other terms draw (the same seed gives the
same bodies at 6 and 12 days), and the result is identical on every platform.

Power-law fields are made by spectral synthesis (Voss 1985; Turcotte 1997, "Fractals and
Chaos in Geology and Geophysics", ch. 7): complex white noise in the Fourier domain is given
the amplitude ``|k|^(-beta/2)`` and transformed back, so the radially averaged power spectrum
of the field goes as ``|k|^-beta``. The fields are periodic over the grid.
"""
from __future__ import annotations

import zlib

import numpy as np
import scipy.fft


def component_rng(seed: int, component: str) -> np.random.Generator:
    """The PCG64 generator of one simulation term (deterministic for ``seed`` and name)."""
    key = zlib.crc32(component.encode("utf-8"))
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(int(seed), spawn_key=(key,))))


def wavenumbers(shape: tuple[int, int], spacing: tuple[float, float]) -> np.ndarray:
    """Radial wavenumber |k| (cycles per metre) of the half-spectrum of ``rfft2``.

    Args:
        shape: ``(rows, cols)`` of the field.
        spacing: ``(dy, dx)`` ground spacing in metres.
    """
    ky = scipy.fft.fftfreq(shape[0], d=spacing[0]).astype(np.float32)
    kx = scipy.fft.rfftfreq(shape[1], d=spacing[1]).astype(np.float32)
    return np.sqrt(ky[:, None] ** 2 + kx[None, :] ** 2)


def spectral_field(
    rng: np.random.Generator, shape: tuple[int, int], amplitude: np.ndarray
) -> np.ndarray:
    """Real Gaussian field whose Fourier amplitude is ``amplitude`` (rfft2 half-plane).

    The result is normalised to zero mean and unit standard deviation (float32).
    """
    half = (shape[0], shape[1] // 2 + 1)
    spec = rng.standard_normal(half, dtype=np.float32) + 1j * rng.standard_normal(half, dtype=np.float32)
    spec *= amplitude
    spec[0, 0] = 0.0
    field = scipy.fft.irfft2(spec, s=shape, workers=1).astype(np.float32, copy=False)
    std = float(field.std())
    return field / std if std > 0 else field


def power_law_field(
    rng: np.random.Generator,
    shape: tuple[int, int],
    beta: float,
    spacing: tuple[float, float] = (1.0, 1.0),
    outer_scale_m: float | None = None,
) -> np.ndarray:
    """Zero-mean, unit-std field with radial power spectrum ``P(k) ~ k^-beta``.

    Args:
        rng: Generator to draw the white noise from.
        shape: ``(rows, cols)``.
        beta: Spectral exponent of the 2-D power spectrum (8/3: Kolmogorov-like troposphere,
            Hanssen 2001; ~4: topography, Turcotte 1997).
        spacing: ``(dy, dx)`` ground spacing in metres (anisotropic pixels are handled).
        outer_scale_m: If given, the spectrum flattens for wavelengths longer than this
            (``(k^2 + k0^2)^(-beta/2)``), which limits the largest structures.
    """
    k = wavenumbers(shape, spacing)
    k2 = k * k
    if outer_scale_m:
        k2 = k2 + np.float32(1.0 / outer_scale_m) ** 2
    with np.errstate(divide="ignore"):
        amplitude = np.where(k2 > 0, k2 ** np.float32(-beta / 4.0), 0.0).astype(np.float32)
    return spectral_field(rng, shape, amplitude)


def smooth_field(
    rng: np.random.Generator,
    shape: tuple[int, int],
    correlation_m: float,
    spacing: tuple[float, float] = (1.0, 1.0),
) -> np.ndarray:
    """Zero-mean, unit-std field with a Gaussian correlation of length ``correlation_m``."""
    k = wavenumbers(shape, spacing)
    amplitude = np.exp(-((np.pi * correlation_m * k) ** 2)).astype(np.float32)
    return spectral_field(rng, shape, amplitude)


def radial_power_spectrum(
    field: np.ndarray, spacing: tuple[float, float] = (1.0, 1.0), n_bins: int = 30
) -> tuple[np.ndarray, np.ndarray]:
    """Radially averaged power spectrum of a field (Hann-windowed periodogram).

    Returns:
        ``(k, power)``: bin-centre wavenumbers (cycles/m, log-spaced) and mean power; empty
        bins are dropped.
    """
    f = np.asarray(field, dtype=np.float64)
    f = f - f.mean()
    win = np.hanning(f.shape[0])[:, None] * np.hanning(f.shape[1])[None, :]
    power = np.abs(scipy.fft.rfft2(f * win)) ** 2
    k = wavenumbers(f.shape, spacing).astype(np.float64)
    k_lo = 1.0 / (min(f.shape[0] * spacing[0], f.shape[1] * spacing[1]))
    k_hi = 0.5 / max(spacing)
    edges = np.geomspace(k_lo, k_hi, n_bins + 1)
    idx = np.digitize(k.ravel(), edges) - 1
    ok = (idx >= 0) & (idx < n_bins)
    sums = np.bincount(idx[ok], weights=power.ravel()[ok], minlength=n_bins)
    counts = np.bincount(idx[ok], minlength=n_bins)
    centres = np.sqrt(edges[:-1] * edges[1:])
    keep = counts > 0
    return centres[keep], sums[keep] / counts[keep]
