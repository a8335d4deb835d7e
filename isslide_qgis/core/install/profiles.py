"""What each install profile puts into the packages folder.

``detection``: ONNX Runtime (detection without torch) and whichever of rasterio, shapely,
scipy and scikit-image (phase unwrapping) QGIS' Python cannot import. ``everything``: also
PyTorch (training, CAMs, the torch backend) and onnx + onnxscript (exports to ONNX). numpy is
never installed for good: QGIS' own numpy (< 2, which its GDAL bindings need) stays the one
used; ``numpy<2`` is passed to pip only so that what pip resolves agrees with it.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..dependencies import TORCH_VERSION
from ..errors import InputDataError
from ..messages import translate

#: the requirement that keeps pip's resolution compatible with QGIS' numpy (1.x: Debian's)
NUMPY_CONSTRAINT = "numpy<2"


def numpy_constraint(qgis_numpy: str | None) -> str:
    """The numpy requirement matching QGIS' numpy major version (``numpy<2`` for 1.x or none).

    A QGIS whose own numpy is 2.x (built against it) gets ``numpy>=2,<3``: packages resolved
    for numpy 1 would then be imported beside numpy 2.
    """
    major = (qgis_numpy or "1").split(".")[0]
    return f"numpy>={major},<{int(major) + 1}" if major.isdigit() and int(major) >= 2 \
        else NUMPY_CONSTRAINT


@dataclass(frozen=True)
class Package:
    """A package to install: pip name, pinned version (None: any), import name, download size.

    ``if_missing``: installed only when QGIS' Python cannot import it (geospatial packages
    that must keep using QGIS' GDAL/GEOS when QGIS has them).
    """

    name: str
    version: str | None
    module: str
    download_mb: int
    if_missing: bool = False

    @property
    def requirement(self) -> str:
        """The pip requirement (``name==version`` or ``name``)."""
        return f"{self.name}=={self.version}" if self.version else self.name


ONNXRUNTIME = Package("onnxruntime", "1.32.0", "onnxruntime", 17)
GEOSPATIAL = (
    Package("rasterio", None, "rasterio", 25, if_missing=True),
    Package("shapely", None, "shapely", 3, if_missing=True),
    Package("scipy", None, "scipy", 40, if_missing=True),
    Package("scikit-image", None, "skimage", 15, if_missing=True),
)
EXPORT = (
    Package("onnx", "1.23.2", "onnx", 17),
    Package("onnxscript", "0.7.2", "onnxscript", 1),
)
#: torch is listed for verification; its requirement comes from the flavour (cuda.py)
TORCH = Package("torch", TORCH_VERSION, "torch", 0)


@dataclass(frozen=True)
class Profile:
    """A named set of packages; ``with_torch`` adds the PyTorch build chosen for the machine."""

    name: str
    description: str
    packages: tuple[Package, ...]
    with_torch: bool


#: profile name -> profile (the command line's choices and the dialog's list)
PROFILES: dict[str, Profile] = {
    "detection": Profile(
        "detection", "ONNX Runtime for detection (no PyTorch), plus missing geospatial packages",
        (ONNXRUNTIME, *GEOSPATIAL), with_torch=False),
    "everything": Profile(
        "everything", "PyTorch (training, CAMs), ONNX Runtime, ONNX export, geospatial packages",
        (ONNXRUNTIME, *GEOSPATIAL, *EXPORT), with_torch=True),
}


def get_profile(name: str) -> Profile:
    """The profile called ``name``; raises InputDataError listing the valid names."""
    try:
        return PROFILES[name]
    except KeyError:
        raise InputDataError(translate(
            "IsslideCore", "Unknown installation profile '{name}'; choose one of: {names}.")
            .format(name=name, names=", ".join(PROFILES))) from None
