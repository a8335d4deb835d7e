"""A diagnostics report for support: versions, paths, devices and the last install log.

Core cannot import QGIS or Qt, so their versions are passed in by the caller
(``Qgis.version()``, ``QT_VERSION_STR``). Everything is reported, nothing raises: a missing or
broken package appears as ``missing (reason)``.
"""
from __future__ import annotations

import importlib
import platform
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ..messages import translate
from .folders import read_pointer, resolve_packages_folder
from .pip import last_install_log, log_tail

#: label -> module imported to report it, in the order shown
PACKAGES: dict[str, str] = {
    "numpy": "numpy", "torch": "torch", "onnxruntime": "onnxruntime", "rasterio": "rasterio",
    "GDAL": "osgeo.gdal", "shapely": "shapely", "scipy": "scipy",
    "scikit-image": "skimage", "onnx": "onnx",
    "onnxscript": "onnxscript",
}


@dataclass
class PackageInfo:
    """One package: its version (or why it is missing) and where it was imported from."""

    name: str
    version: str
    path: str = ""


@dataclass
class Diagnostics:
    """What support needs to know about an installation."""

    qgis_version: str
    qt_version: str
    python_version: str
    python_executable: str
    os: str
    plugin_version: str
    packages_folder: str
    active_packages_folder: str
    installed_profile: str
    packages: list[PackageInfo] = field(default_factory=list)
    devices: list[str] = field(default_factory=list)
    install_log: str = ""
    install_log_tail: str = ""

    def version(self, name: str) -> str:
        """The reported version of package ``name`` ('' when not reported)."""
        return next((p.version for p in self.packages if p.name == name), "")

    def as_dict(self) -> dict[str, Any]:
        """The report as plain data (JSON)."""
        return asdict(self)

    def as_text(self) -> str:
        """The report as text to paste into a support request."""
        none = translate("IsslideCore", "(none)")
        lines = [
            f"QGIS: {self.qgis_version or '?'}   Qt: {self.qt_version or '?'}",
            f"Python: {self.python_version} ({self.python_executable})",
            translate("IsslideCore", "Operating system: {os}").format(os=self.os),
            translate("IsslideCore", "Plugin version: {version}").format(
                version=self.plugin_version or "?"),
            translate("IsslideCore", "Extra packages folder: {folder}").format(
                folder=self.packages_folder or none),
        ]
        if self.active_packages_folder != self.packages_folder:
            lines.append(translate("IsslideCore", "Active installation: {folder} ({profile})")
                         .format(folder=self.active_packages_folder,
                                 profile=self.installed_profile or "?"))
        lines += [f"{p.name}: {p.version}" + (f"  [{p.path}]" if p.path else "")
                  for p in self.packages]
        lines.append(translate("IsslideCore", "Devices: {devices}").format(
            devices=", ".join(self.devices) or none))
        lines.append(translate("IsslideCore", "Last install log: {log}").format(
            log=self.install_log or none))
        if self.install_log_tail:
            lines += ["  " + line for line in self.install_log_tail.splitlines()]
        return "\n".join(lines)


def _package(name: str, module_name: str) -> PackageInfo:
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:  # noqa: BLE001 - report, do not fail: this is a diagnosis
        return PackageInfo(name, f"missing ({type(exc).__name__}: {exc})")
    file = getattr(module, "__file__", None)
    return PackageInfo(name, str(getattr(module, "__version__", "unknown")),
                       str(Path(file).parent) if file else "")


def _devices() -> list[str]:
    devices = []
    torch = sys.modules.get("torch")
    if torch is not None:
        devices.append(f"torch cpu ({torch.get_num_threads()} threads)")
        try:
            cuda = torch.cuda.is_available()
        except Exception:  # noqa: BLE001 - a broken CUDA setup is reported as no CUDA
            cuda = False
        if cuda:
            devices += [f"torch cuda:{i} ({torch.cuda.get_device_name(i)})"
                        for i in range(torch.cuda.device_count())]
    onnxruntime = sys.modules.get("onnxruntime")
    if onnxruntime is not None:
        devices.append("onnxruntime " + "/".join(onnxruntime.get_available_providers()))
    return devices


def diagnostics_report(qgis_version: str = "", qt_version: str = "", plugin_version: str = "",
                       packages_folder: str = "", log_dirs: Sequence[Path] = (),
                       log_lines: int = 20) -> Diagnostics:
    """Import the numeric and geospatial packages and describe the installation.

    Args:
        qgis_version: QGIS' version string (from the caller; '' outside QGIS).
        qt_version: Qt's version string (from the caller).
        plugin_version: the plugin's version (metadata.txt).
        packages_folder: the configured extra packages folder (a root managed by the
            installer resolves to its active folder).
        log_dirs: folders of install logs (the QGIS profile's, where the dialog writes, and
            the packages folder, the command line's default); the newest log is shown.
        log_lines: how many lines of the last install log to include.
    """
    pointer = read_pointer(Path(packages_folder)) if packages_folder else None
    log = last_install_log(*log_dirs)
    report = Diagnostics(
        qgis_version=qgis_version, qt_version=qt_version,
        python_version=platform.python_version(), python_executable=sys.executable,
        os=platform.platform(), plugin_version=plugin_version, packages_folder=packages_folder,
        active_packages_folder=resolve_packages_folder(packages_folder),
        installed_profile=str((pointer or {}).get("profile") or ""),
        install_log=str(log or ""), install_log_tail=log_tail(log, log_lines))
    report.packages = [_package(name, module) for name, module in PACKAGES.items()]
    report.devices = _devices()
    return report
