"""Read a PyTorch file without ever running code from it, and explain a refusal precisely;
write one atomically (:func:`atomic_torch_save`).

``torch.load(weights_only=True)`` only rebuilds tensors, dicts, lists, strings and numbers:
an object whose unpickling would call a function (the classic ``__reduce__`` returning
``os.system``) is refused before anything runs. When it refuses, the file's pickle stream is
*parsed* (``pickletools``, which executes nothing) to tell the analyst whether the file
carries Python callables (unsafe) or is simply not a PyTorch file.
"""
from __future__ import annotations

import os
import pickle
import pickletools
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import torch

from ..errors import ModelError
from ..messages import translate
from ..output_paths import move_into_place

#: modules whose globals a plain tensor file legitimately references
_BENIGN_MODULES = frozenset({"torch", "collections", "_codecs"})
_STRING_OPS = {"SHORT_BINUNICODE", "BINUNICODE", "UNICODE", "BINUNICODE8", "SHORT_BINSTRING",
               "BINSTRING", "STRING"}


def safe_torch_load(path: str | Path, map_location: Any = "cpu",
                    kind: str = "isslide checkpoint") -> Any:
    """``torch.load(path, weights_only=True)`` with analyst-readable errors.

    Args:
        path: the file to read.
        map_location: as ``torch.load``.
        kind: what the file should be, for messages (e.g. ``"isslide checkpoint"``).

    Raises:
        ModelError: missing file, file holding code (refused, nothing run), unreadable file.
    """
    name = f"'{path}'"
    label = _kind_label(kind)
    if not Path(path).is_file():
        raise ModelError(translate(
            "IsslideCore", "File {name} does not exist: check the path, or choose a {kind} file.").format(
                name=name, kind=label))
    try:
        return torch.load(path, map_location=map_location, weights_only=True)
    except pickle.UnpicklingError as exc:
        callables = pickled_callables(path)
        if callables:
            raise ModelError(translate(
                "IsslideCore",
                "Refused to load {name}: not a safe {kind}. It holds Python objects that would "
                "run code when loaded (it calls {callables}); nothing was "
                "executed. Only use model files saved by isslide_qgis, from a source you "
                "trust."
            ).format(name=name, kind=label, callables=", ".join(callables[:3]))) from None
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise ModelError(translate(
            "IsslideCore",
            "{name} is not a valid {kind}: it cannot be read as a PyTorch file of tensors ({reason})."
        ).format(name=name, kind=label, reason=reason)) from None
    except Exception as exc:  # empty, truncated, not a torch file at all
        raise ModelError(translate(
            "IsslideCore",
            "{name} is not a valid {kind}: it cannot be read as a PyTorch file ({reason})."
        ).format(name=name, kind=label, reason=f"{type(exc).__name__}: {exc}")) from None


def _kind_label(kind: str) -> str:
    """``kind`` (what the file should be) in the analyst's language, for messages."""
    labels = {
        "isslide checkpoint": translate("IsslideCore", "isslide checkpoint"),
        "ResNet weights file": translate("IsslideCore", "ResNet weights file"),
    }
    return labels.get(kind, kind)


def _pickle_bytes(path: str | Path) -> bytes:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            member = next((n for n in archive.namelist() if n.endswith("data.pkl")), None)
            return archive.read(member) if member else b""
    return Path(path).read_bytes()


def pickled_callables(path: str | Path) -> list[str]:
    """Globals (``module.name``) a pickle stream references outside torch/collections.

    Parses the stream without executing it; an unparsable stream gives what was seen so far.
    """
    found: list[str] = []
    strings: list[str] = []
    try:
        for opcode, arg, _ in pickletools.genops(_pickle_bytes(path)):
            if opcode.name in _STRING_OPS and isinstance(arg, str):
                strings.append(arg)
            elif opcode.name in ("GLOBAL", "INST") and isinstance(arg, str):
                found.append(arg.replace(" ", "."))
            elif opcode.name == "STACK_GLOBAL":
                found.append(".".join(strings[-2:]) if len(strings) >= 2
                             else translate("IsslideCore", "a Python callable"))
    except Exception:  # noqa: BLE001 - a broken stream: report what was parsed
        pass
    return [g for g in found if g.split(".")[0] not in _BENIGN_MODULES]


def atomic_torch_save(payload: Any, path: str | Path) -> Path:
    """``torch.save`` to a temporary file in the same folder, then rename it to ``path``: a
    reader never sees a half-written file, and a failure leaves none behind."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        torch.save(payload, temporary)
        move_into_place(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return path
