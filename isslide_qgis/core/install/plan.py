"""The installation plan: what will be installed where, shown before anything downloads."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ..messages import translate
from .cuda import TorchFlavour, nvidia_driver_version, torch_flavour
from .folders import active_folder
from .interpreter import ProcessLayout, find_qgis_python
from .pip import TARGET_PLACEHOLDER, pip_command, proxy_environment, redacted
from ..errors import MissingDependencyError
from .profiles import TORCH, Package, get_profile, numpy_constraint
from .verify import folder_problems, probe


@dataclass
class InstallPlan:
    """Everything :func:`~.installer.install` will do, and why."""

    profile: str
    python: Path
    target: Path
    packages: list[Package]
    requirements: list[str]
    pip: list[str]
    flavour: TorchFlavour | None = None
    driver_version: str | None = None
    wheels: Path | None = None
    qgis_numpy: str | None = None
    provided_by_qgis: list[str] = field(default_factory=list)
    active: Path | None = None
    up_to_date: bool = False
    proxy: str | None = None

    @property
    def index_url(self) -> str | None:
        """The extra wheel index pip consults (PyTorch's), if any."""
        return self.flavour.index_url if self.flavour else None

    @property
    def download_mb(self) -> int:
        """Approximate download size in MB."""
        return sum(p.download_mb for p in self.packages) + (
            self.flavour.download_mb if self.flavour else 0)

    def command(self, target: Path | str = TARGET_PLACEHOLDER) -> list[str]:
        """The pip command (into ``target``)."""
        return pip_command(self.pip, target, self.requirements, self.index_url, self.wheels)

    def environment(self) -> dict[str, str]:
        """Variables pip gets beside QGIS' environment (the proxy, unless offline)."""
        return proxy_environment(None if self.wheels else self.proxy)

    def as_dict(self) -> dict[str, Any]:
        """The plan as plain data (JSON output)."""
        return {
            "profile": self.profile, "python": str(self.python), "target": str(self.target),
            "packages": [p.requirement for p in self.packages],
            "torch": self.flavour.name if self.flavour else None,
            "nvidia_driver": self.driver_version, "index_url": self.index_url,
            "wheels": str(self.wheels) if self.wheels else None,
            "qgis_numpy": self.qgis_numpy, "provided_by_qgis": self.provided_by_qgis,
            "download_mb": self.download_mb, "active_folder": str(self.active or ""),
            "up_to_date": self.up_to_date, "pip_command": self.command(),
            "proxy": redacted(self.proxy) if self.proxy else None,
        }

    def as_text(self) -> str:
        """The plan for an analyst to read before confirming."""
        none = translate("IsslideCore", "none")
        lines = [
            translate("IsslideCore", "Installation plan ({profile})").format(profile=self.profile),
            translate("IsslideCore", "  Python of QGIS: {python}").format(python=self.python),
            translate("IsslideCore", "  Target folder: {target} (a new versioned folder inside "
                      "it)").format(target=self.target),
            translate("IsslideCore", "  Packages: {packages}").format(
                packages=", ".join(self.requirements)),
        ]
        if self.flavour is not None and self.wheels is not None:
            lines.append(translate(
                "IsslideCore", "  PyTorch build: the one in the wheels folder (torch {version})")
                .format(version=TORCH.version))
        elif self.flavour is not None:
            lines.append(translate(
                "IsslideCore", "  PyTorch build: {flavour} (NVIDIA driver: {driver})").format(
                flavour=self.flavour.name, driver=self.driver_version or none))
        lines += [
            translate("IsslideCore", "  Already provided by QGIS: {names}").format(
                names=", ".join(self.provided_by_qgis) or none),
            translate("IsslideCore", "  numpy: QGIS' own ({version}); none is kept in the "
                      "folder").format(version=self.qgis_numpy) if self.qgis_numpy else
            translate("IsslideCore", "  numpy: QGIS has none; pip installs one (< 2)"),
            translate("IsslideCore", "  Source: {source}").format(
                source=self.wheels or ("PyPI + " + self.index_url if self.index_url else "PyPI")),
            translate("IsslideCore", "  Download: about {size} MB").format(size=self.download_mb),
            translate("IsslideCore", "  Proxy: {proxy}").format(
                proxy=redacted(self.proxy) if self.environment() else none),
            translate("IsslideCore", "  pip command: {command}").format(
                command=" ".join(self.command())),
        ]
        return "\n".join(lines)


def _driver(driver_version: str | None) -> str | None:
    if driver_version is None:
        return nvidia_driver_version()
    return None if driver_version.lower() in ("", "none", "cpu") else driver_version


def make_plan(profile_name: str, target: Path, python: Path | None = None,
              driver_version: str | None = None, wheels: Path | None = None,
              pip: Sequence[str] | None = None, layout: ProcessLayout | None = None,
              force: bool = False, proxy: str | None = None) -> InstallPlan:
    """Probe QGIS' Python and the active folder, and decide what to install.

    Args:
        profile_name: a key of :data:`~.profiles.PROFILES`.
        target: the packages root (the plugin's packages-folder setting).
        python: QGIS' interpreter (found from ``layout`` when None).
        driver_version: the NVIDIA driver version; None: ask nvidia-smi; 'none': CPU.
        wheels: a local folder of wheels (no internet).
        pip: how to call pip (default ``[python, "-m", "pip"]``).
        layout: the process layout used to find QGIS' Python.
        force: reinstall even when the active folder is complete.
        proxy: the proxy URL for pip (see :func:`~.pip.proxy_url`); None: pip's own settings.
    """
    profile = get_profile(profile_name)
    python = Path(python) if python else find_qgis_python(layout)
    optional = [p for p in profile.packages if p.if_missing]
    system = probe(python, ["numpy", "pip", *[p.module for p in optional]])
    if pip is None and not system["pip"].ok:
        raise MissingDependencyError(translate(
            "IsslideCore", "The Python of QGIS ({python}) has no pip. Install it first "
            "(Debian/Ubuntu: sudo apt install python3-pip; Windows: the OSGeo4W installer, "
            "package python3-pip), then try again.").format(python=python))
    qgis_numpy = system["numpy"].version if system["numpy"].ok else None
    packages = [p for p in profile.packages if not (p.if_missing and system[p.module].ok)]
    flavour = driver = None
    requirements = [p.requirement for p in packages]
    if profile.with_torch:
        driver = _driver(driver_version)
        flavour = torch_flavour(driver)
        requirements.append(TORCH.requirement if wheels else flavour.requirement)
    requirements.append(numpy_constraint(qgis_numpy))
    plan = InstallPlan(
        profile=profile.name, python=python, target=Path(target), packages=packages,
        requirements=requirements, pip=list(pip or [str(python), "-m", "pip"]), flavour=flavour,
        driver_version=driver, wheels=Path(wheels) if wheels else None,
        qgis_numpy=qgis_numpy,
        provided_by_qgis=[p.name for p in optional if system[p.module].ok],
        active=active_folder(Path(target)), proxy=proxy or None)
    if plan.active is not None and not force:
        needed = verified_packages(plan)
        found = probe(python, [p.module for p in needed] + ["numpy"], plan.active)
        plan.up_to_date = not folder_problems(found, needed, plan.active, bool(plan.qgis_numpy))
    return plan


def verified_packages(plan: InstallPlan) -> list[Package]:
    """The packages whose import (and pinned version) proves the installation complete."""
    return plan.packages + ([TORCH] if plan.flavour is not None else [])
