"""The NVIDIA driver decides the PyTorch build; without a driver it is the CPU build."""
from __future__ import annotations

import pytest

from isslide_qgis.core.install.cuda import nvidia_driver_version, torch_flavour


@pytest.mark.parametrize("driver,flavour,index", [
    ("580.65.06", "cu130", "https://download.pytorch.org/whl/cu130"),
    ("595.12", "cu130", "https://download.pytorch.org/whl/cu130"),
    ("575.51.03", "cu126", "https://download.pytorch.org/whl/cu126"),
    ("525.60.13", "cu126", "https://download.pytorch.org/whl/cu126"),
    ("470.256.02", "cpu", "https://download.pytorch.org/whl/cpu"),
    (None, "cpu", "https://download.pytorch.org/whl/cpu"),
])
def test_driver_to_wheel_index(driver, flavour: str, index: str) -> None:
    chosen = torch_flavour(driver, platform="linux")
    assert (chosen.name, chosen.index_url) == (flavour, index)
    assert chosen.requirement == f"torch==2.13.0+{flavour}"


def test_macos_gets_pypi_torch_even_with_a_driver() -> None:
    chosen = torch_flavour("580.65.06", platform="darwin")
    assert chosen.name == "cpu" and chosen.index_url is None
    assert chosen.requirement == "torch==2.13.0"


def test_driver_version_from_nvidia_smi_output() -> None:
    seen = []

    def runner(command: list[str]) -> str:
        seen.append(command)
        return "580.65.06\n580.65.06\n"

    assert nvidia_driver_version(runner) == "580.65.06"
    assert seen[0][1:] == ["--query-gpu=driver_version", "--format=csv,noheader"]


@pytest.mark.parametrize("output", ["", "NVIDIA-SMI has failed because it couldn't communicate"])
def test_no_driver_version_when_nvidia_smi_says_nothing_usable(output: str) -> None:
    assert nvidia_driver_version(lambda command: output) is None


def test_no_driver_version_when_nvidia_smi_cannot_run() -> None:
    def runner(command: list[str]) -> str:
        raise FileNotFoundError("nvidia-smi")

    assert nvidia_driver_version(runner) is None
