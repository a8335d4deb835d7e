"""Versions of the numeric stack and the compute devices, for diagnosis."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field


@dataclass
class EnvironmentReport:
    """Package versions (name -> version or 'missing') and device descriptions."""

    versions: dict[str, str] = field(default_factory=dict)
    devices: list[str] = field(default_factory=list)
    onnx_providers: list[str] = field(default_factory=list)


def _onnx_providers() -> list[str]:
    try:
        import onnxruntime
    except Exception:  # noqa: BLE001 - reported as missing in the versions
        return []
    return list(onnxruntime.get_available_providers())


def _version(module_name: str) -> str:
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:  # report, do not fail: this is a diagnosis
        return f"missing ({exc})"
    return str(getattr(module, "__version__", "unknown"))


def environment_report() -> EnvironmentReport:
    """Import torch, onnxruntime, numpy, rasterio, shapely, GDAL; describe CPU/CUDA devices
    and ONNX Runtime's execution providers."""
    import torch

    report = EnvironmentReport()
    for name in ("torch", "onnxruntime", "numpy", "rasterio", "shapely", "scipy"):
        report.versions[name] = _version(name)
    report.versions["gdal"] = _version("osgeo.gdal")
    report.devices.append(f"cpu ({torch.get_num_threads()} threads)")
    if torch.cuda.is_available():
        for index in range(torch.cuda.device_count()):
            report.devices.append(f"cuda:{index} ({torch.cuda.get_device_name(index)})")
    report.onnx_providers = _onnx_providers()
    return report
