"""Which PyTorch build to install: CPU, or a CUDA build the NVIDIA driver can run.

PyTorch wheels bundle their CUDA runtime; the only host requirement is the NVIDIA driver.
Sources of :data:`CUDA_BUILDS`, checked in December 2026:

* PyTorch's release compatibility matrix (pytorch/pytorch ``RELEASE.md``): torch 2.13 is built
  for CUDA 12.6 and CUDA 13.0 (stable) and CUDA 13.2 (experimental, not offered here); the
  CUDA 11.8 and 12.8 builds of older releases no longer exist for 2.13. The wheels are on
  ``https://download.pytorch.org/whl/cu126`` and ``.../cu130`` (pytorch.org/get-started).
* NVIDIA's CUDA Compatibility guide ("Minor Version Compatibility", Table 1) and the CUDA
  toolkit release notes: CUDA 13.x runs on drivers >= 580 (13.0 GA ships 580.65.06), CUDA
  12.x on drivers >= 525 (minor version compatibility; 12.6 GA ships 560.28.03 / 560.76).
  Older drivers (CUDA 11.x, < 525) get the CPU build.
"""
from __future__ import annotations

import re
import shutil
import subprocess  # nosec B404
import sys
from dataclasses import dataclass
from typing import Callable

from ..dependencies import TORCH_CPU_INDEX, TORCH_VERSION

PYTORCH_WHEELS = "https://download.pytorch.org/whl"


@dataclass(frozen=True)
class TorchFlavour:
    """One build of torch: its name, pip requirement, wheel index and approximate download."""

    name: str
    requirement: str
    index_url: str | None
    download_mb: int
    min_driver: int = 0


#: CUDA builds of torch, best first: (minimum NVIDIA driver major version, flavour).
CUDA_BUILDS: tuple[TorchFlavour, ...] = (
    TorchFlavour("cu130", f"torch=={TORCH_VERSION}+cu130", f"{PYTORCH_WHEELS}/cu130", 3000, 580),
    TorchFlavour("cu126", f"torch=={TORCH_VERSION}+cu126", f"{PYTORCH_WHEELS}/cu126", 2800, 525),
)

#: the CPU build per platform: macOS wheels (CPU + Apple MPS) come from PyPI, unlabelled.
CPU_BUILDS: dict[str, TorchFlavour] = {
    "darwin": TorchFlavour("cpu", f"torch=={TORCH_VERSION}", None, 80),
    "default": TorchFlavour("cpu", f"torch=={TORCH_VERSION}+cpu", TORCH_CPU_INDEX, 200),
}

Runner = Callable[[list[str]], str]


def _run_nvidia_smi(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=20,  # nosec B603
                          check=False)
    return done.stdout if done.returncode == 0 else ""


def nvidia_driver_version(runner: Runner | None = None) -> str | None:
    """The NVIDIA driver version (e.g. '580.65.06') from ``nvidia-smi``, or None without one."""
    executable = shutil.which("nvidia-smi")
    if runner is None and executable is None:
        return None
    command = [executable or "nvidia-smi", "--query-gpu=driver_version", "--format=csv,noheader"]
    try:
        output = (runner or _run_nvidia_smi)(command)
    except (OSError, subprocess.SubprocessError):
        return None
    versions = [line.strip() for line in output.splitlines() if line.strip()]
    return versions[0] if versions and re.match(r"^\d+(\.\d+)*$", versions[0]) else None


def driver_major(version: str) -> int:
    """The major number of a driver version ('560.28.03' -> 560; 0 when unreadable)."""
    match = re.match(r"^\s*(\d+)", version or "")
    return int(match.group(1)) if match else 0


def torch_flavour(driver_version: str | None, platform: str = sys.platform) -> TorchFlavour:
    """The torch build for this machine: the best CUDA build the driver runs, else CPU."""
    if driver_version and not platform.startswith("darwin"):
        major = driver_major(driver_version)
        for flavour in CUDA_BUILDS:
            if major >= flavour.min_driver:
                return flavour
    return CPU_BUILDS["darwin" if platform.startswith("darwin") else "default"]
