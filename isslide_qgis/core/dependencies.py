"""Optional heavy dependencies (torch), imported only when an operation needs them.

QGIS desktop and ``qgis_process`` embed Debian's system Python, which is "externally managed"
and must keep numpy < 2, so torch usually lives in an extra packages folder that the plugin
appends to ``sys.path``. When torch cannot be imported, the operations that need it fail with
:func:`torch_fix_message`, which gives the exact commands to fix the installation.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType

from .errors import MissingDependencyError
from .messages import translate

#: The torch release the plugin is built and tested against (CPU wheel; CUDA builds also work).
TORCH_VERSION = "2.13.0"
#: Where the CPU-only torch wheels are published (a plain ``pip install torch`` pulls CUDA, GBs).
TORCH_CPU_INDEX = "https://download.pytorch.org/whl/cpu"


def torch_available() -> bool:
    """Tell whether torch can be found on ``sys.path`` without importing it."""
    return importlib.util.find_spec("torch") is not None if "torch" not in sys.modules \
        else sys.modules["torch"] is not None


def system_python() -> str:
    """Return the interpreter that QGIS embeds (its ``bin/python3``), for commands in messages."""
    if sys.platform.startswith("win"):
        return "python3"
    return f"{sys.base_prefix.rstrip('/')}/bin/python3"


def install_menu_entry() -> str:
    """The menu entry of the dependency installer, as the analyst sees it in QGIS."""
    return translate("IsslideCore", "Plugins ▸ ISSLIDE ▸ Install dependencies…")


def install_hint(profile: str) -> str:
    """One line sending the analyst to the installer with ``profile`` ('Detection only' or
    'Everything', as the dialog names them)."""
    return translate("IsslideCore", "In one click: {menu}, choose '{profile}', then restart "
                     "QGIS.").format(menu=install_menu_entry(), profile=profile)


def torch_fix_message(packages_folder: str, reason: str = "", who: str = "",
                      note: str = "") -> str:
    """Explain how to make torch importable in QGIS: the installer's menu entry first, then
    copy-pasteable commands.

    Args:
        packages_folder: the extra packages folder configured in the plugin (or the one to use).
        reason: the import error, shown so that an unusual failure can be diagnosed.
        who: what needs torch (default: 'This algorithm').
        note: a line shown second (e.g. how to do the same without torch).
    """
    python = system_python()
    lines = [
        translate("IsslideCore", "{who} needs PyTorch (torch {version}), which the Python "
                  "used by QGIS cannot import ({reason}).").format(
            who=who or translate("IsslideCore", "This algorithm"), version=TORCH_VERSION,
            reason=reason or "not found"),
        *([note] if note else []),
        install_hint(translate("IsslideCore", "Everything")),
        translate("IsslideCore", "Or by hand: install the CPU build of torch into a packages "
                  "folder, then restart QGIS:"),
        f'  {python} -m pip install --target "{packages_folder}" torch=={TORCH_VERSION} '
        f'"numpy<2" --index-url {TORCH_CPU_INDEX}',
        translate("IsslideCore", "and set that folder as the plugin's extra Python packages "
                  "folder (QGIS setting isslide_qgis/packages_folder)."),
        translate("IsslideCore", "Alternatively, from a checkout of isslide_qgis, 'make deploy' "
                  "creates a virtual environment with torch and points the setting at it."),
        translate("IsslideCore", "For qgis_process on a server, "
                  "'PYTHONPATH=<folder> qgis_process run ...' also works."),
    ]
    return "\n".join(lines)


def require_torch(packages_folder: str, note: str = "") -> ModuleType:
    """Import and return torch, or raise :class:`MissingDependencyError` with the fix-it message.

    Args:
        packages_folder: the configured extra packages folder, quoted in the message.
        note: a line for the message, after the first (see :func:`torch_fix_message`).
    """
    try:
        return importlib.import_module("torch")
    except Exception as exc:  # ImportError, or a broken build raising OSError/RuntimeError
        raise MissingDependencyError(torch_fix_message(packages_folder, str(exc),
                                                       note=note)) from None


#: The ONNX Runtime release the plugin is tested against (CPU wheel, about 15-20 MB).
ONNXRUNTIME_VERSION = "1.32.0"


def onnxruntime_available() -> bool:
    """Tell whether onnxruntime can be found on ``sys.path`` without importing it."""
    if "onnxruntime" in sys.modules:
        return sys.modules["onnxruntime"] is not None
    return importlib.util.find_spec("onnxruntime") is not None


def _import_or_explain(module: str, why: str, profile: str, by_hand: str,
                       requirements: str) -> ModuleType:
    """Import and return ``module``, or raise :class:`MissingDependencyError`: ``why`` (with
    ``{reason}``, the import error, filled in), the installer's ``profile``, then ``by_hand``
    and the pip command installing ``requirements`` into the extra packages folder."""
    try:
        return importlib.import_module(module)
    except Exception as exc:  # ImportError, or a broken build
        raise MissingDependencyError("\n".join([
            why.format(reason=exc), install_hint(profile), by_hand,
            f'  {system_python()} -m pip install --target "<folder>" {requirements}',
        ])) from None


def require_onnxruntime() -> ModuleType:
    """Import and return onnxruntime, or raise :class:`MissingDependencyError` saying how to
    install it (the ONNX backend of the segmenters needs it; torch does not)."""
    return _import_or_explain(
        "onnxruntime",
        translate("IsslideCore", "The ONNX Runtime backend needs onnxruntime "
                  "({version}), which the Python used by QGIS cannot import ({reason}).").format(
            version=ONNXRUNTIME_VERSION, reason="{reason}"),
        translate("IsslideCore", "Detection only"),
        translate("IsslideCore", "Or install it by hand into the plugin's extra packages "
                  "folder, then restart QGIS, or choose the backend 'torch':"),
        f'onnxruntime=={ONNXRUNTIME_VERSION} "numpy<2"')


#: The onnx release the export is tested against (needed to export, not to detect).
ONNX_VERSION = "1.23.2"


def require_onnx() -> ModuleType:
    """Import and return onnx (the ONNX export edits the graph with it), or raise
    :class:`MissingDependencyError` saying how to install it."""
    return _import_or_explain(
        "onnx",
        translate("IsslideCore", "Exporting to ONNX needs the onnx package ({version}), "
                  "which the Python used by QGIS cannot import ({reason}).").format(
            version=ONNX_VERSION, reason="{reason}"),
        translate("IsslideCore", "Everything"),
        translate("IsslideCore", "Or install it by hand into the plugin's extra packages "
                  "folder, then restart QGIS:"),
        f'onnx=={ONNX_VERSION} onnxruntime=={ONNXRUNTIME_VERSION} "numpy<2"')
