"""Checkpoints: one file holding a model card and the weights, loaded without running any code.

Format (a ``torch.save`` file, read back with ``torch.load(weights_only=True)``)::

    {"format": "isslide-checkpoint", "format_version": 1,
     "card": "<the ModelCard as JSON>",
     "state_dict": {"<parameter name>": <tensor>, ...}}

Only strings, integers, dicts and tensors: loading never unpickles an arbitrary object, so a
file crafted to run code when unpickled is refused before any of it executes. Weights may be
stored as float16 to halve the file (the card records it); they are always loaded as float32.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, Mapping

import torch
from torch import Tensor, nn

from ..errors import ModelError
from ..messages import translate
from .card import ModelCard, check_input
from .registry import get_spec
from .safe_load import atomic_torch_save, safe_torch_load

__all__ = ["save_checkpoint", "load_checkpoint", "read_checkpoint", "replace_card", "check_input"]

CHECKPOINT_FORMAT = "isslide-checkpoint"
CHECKPOINT_FORMAT_VERSION = 1
_STORAGE_DTYPES: dict[str, torch.dtype] = {"float32": torch.float32, "float16": torch.float16}


def save_checkpoint(path: str | Path, model: nn.Module, card: ModelCard,
                    half: bool = False) -> Path:
    """Write ``model``'s weights and ``card`` to one file (atomically: no half-written file).

    Args:
        path: destination file (conventionally ``*.pt``).
        model: the trained network; it must be what ``card.architecture`` and
            ``card.arguments`` build (checked).
        card: its model card; ``weights_dtype`` is set from ``half``.
        half: store floating-point weights as float16 (half the size; precision ~1e-3 relative).

    Returns:
        The path written.

    Raises:
        ModelError: invalid card, or a model that the card does not describe.
    """
    path = Path(path)
    card = dataclasses.replace(card, weights_dtype="float16" if half else "float32").validate()
    state = {k: v.detach().cpu() for k, v in model.state_dict().items()}
    _check_state(_build(card, str(path)).state_dict(), state, str(path),
                 translate("IsslideCore", "model given for card '{architecture}'").format(
                     architecture=card.architecture))
    dtype = _STORAGE_DTYPES[card.weights_dtype]
    state = {k: v.to(dtype) if v.is_floating_point() else v for k, v in state.items()}
    payload = {"format": CHECKPOINT_FORMAT, "format_version": CHECKPOINT_FORMAT_VERSION,
               "card": card.to_json(), "state_dict": state}
    return atomic_torch_save(payload, path)


def read_checkpoint(path: str | Path,
                    map_location: Any = "cpu") -> tuple[ModelCard, dict[str, Tensor]]:
    """Read and check a checkpoint's card and raw weights (as stored), without building a model.

    Raises:
        ModelError: missing file, unsafe file, not an isslide checkpoint, invalid card.
    """
    name = f"'{path}'"
    payload = safe_torch_load(path, map_location, kind="isslide checkpoint")
    if not isinstance(payload, Mapping) or payload.get("format") != CHECKPOINT_FORMAT:
        hint = (" " + translate(
                    "IsslideCore",
                    "It looks like bare weights without a model card: a ResNet file can be used as "
                    "a pretrained backbone for training instead.")
                if isinstance(payload, Mapping) and payload
                and all(isinstance(v, Tensor) for v in payload.values()) else "")
        raise ModelError(translate(
            "IsslideCore", "{name} is not a valid isslide checkpoint (no '{format}' header).").format(
                name=name, format=CHECKPOINT_FORMAT) + hint)
    version = payload.get("format_version")
    if not isinstance(version, int) or version > CHECKPOINT_FORMAT_VERSION:
        raise ModelError(translate(
            "IsslideCore",
            "{name} has checkpoint format version {version}; this plugin reads "
            "up to {supported}: update isslide_qgis."
        ).format(name=name, version=repr(version), supported=CHECKPOINT_FORMAT_VERSION))
    state = payload.get("state_dict")
    if not isinstance(payload.get("card"), str) or not isinstance(state, Mapping) or not all(
            isinstance(v, Tensor) for v in state.values()):
        raise ModelError(translate(
            "IsslideCore",
            "{name} is a damaged isslide checkpoint (card or weights missing): save the model again."
        ).format(name=name))
    try:
        card = ModelCard.from_json(payload["card"])
    except ModelError as exc:
        raise ModelError(translate("IsslideCore", "{name}: {error}").format(name=name, error=exc)) from None
    return card, dict(state)


def replace_card(path: str | Path, card: ModelCard) -> Path:
    """Rewrite a checkpoint's card (e.g. recalibrated thresholds), its weights untouched.

    The new card must describe the same network (architecture, arguments, channels, storage
    precision); the file is replaced atomically.

    Raises:
        ModelError: unreadable checkpoint, invalid card, or a card of another network.
    """
    old, state = read_checkpoint(path)
    card.validate()
    same = ("architecture", "task", "input_convention", "in_channels", "arguments",
            "weights_dtype")
    changed = [name for name in same if getattr(card, name) != getattr(old, name)]
    if changed:
        raise ModelError(translate(
            "IsslideCore", "'{path}': the new card changes {fields}, which the weights fix; "
            "save the model again instead.").format(path=path, fields=", ".join(changed)))
    payload = {"format": CHECKPOINT_FORMAT, "format_version": CHECKPOINT_FORMAT_VERSION,
               "card": card.to_json(), "state_dict": state}
    return atomic_torch_save(payload, Path(path))


def load_checkpoint(path: str | Path, map_location: Any = "cpu") -> tuple[nn.Module, ModelCard]:
    """Rebuild the network of a checkpoint, load its weights (float32), set it to eval mode.

    Args:
        path: a file written by :func:`save_checkpoint`.
        map_location: device to load the tensors on (as ``torch.load``).

    Raises:
        ModelError: missing or unsafe file, not a checkpoint, invalid card, unknown
            architecture, weights that do not fit the architecture.
    """
    card, state = read_checkpoint(path, map_location)
    model = _build(card, str(path))
    state = {k: v.float() if v.is_floating_point() else v for k, v in state.items()}
    _check_state(model.state_dict(), state, f"'{path}'",
                 translate("IsslideCore", "architecture '{architecture}'").format(
                     architecture=card.architecture))
    model.load_state_dict(state)
    device = map_location if isinstance(map_location, (str, torch.device)) else "cpu"
    return model.to(device).eval(), card


def _build(card: ModelCard, name: str) -> nn.Module:
    try:
        spec = get_spec(card.architecture)
    except ValueError as exc:
        raise ModelError(translate(
            "IsslideCore",
            "{name}: the model card names an unknown architecture. {error} The "
            "file may come from a newer isslide_qgis: update the plugin."
        ).format(name=name, error=exc)) from None
    for field in ("task", "input_convention"):
        if getattr(card, field) != getattr(spec, field):
            raise ModelError(translate(
                "IsslideCore",
                "{name}: the card says {field} '{value}' but architecture '{architecture}' has "
                "'{expected}'."
            ).format(name=name, field=field, value=getattr(card, field), architecture=spec.name,
                     expected=getattr(spec, field)))
    try:
        model = spec.builder(**spec.arguments(**card.arguments))
    except (TypeError, ValueError) as exc:
        raise ModelError(translate(
            "IsslideCore", "{name}: the card's arguments {arguments} cannot build '{architecture}' "
            "({error})."
        ).format(name=name, arguments=card.arguments, architecture=spec.name, error=exc)) from None
    if getattr(model, "in_channels", card.in_channels) != card.in_channels:
        raise ModelError(translate(
            "IsslideCore",
            "{name}: the card says {channels} input channels but its "
            "arguments build a network taking {built}."
        ).format(name=name, channels=card.in_channels, built=model.in_channels))
    return model


def _check_state(expected: Mapping[str, Tensor], given: Mapping[str, Tensor], name: str,
                 what: str) -> None:
    missing = sorted(set(expected) - set(given))
    unexpected = sorted(set(given) - set(expected))
    shapes = [f"{k} {tuple(given[k].shape)} instead of {tuple(expected[k].shape)}"
              for k in sorted(set(expected) & set(given)) if given[k].shape != expected[k].shape]
    problems = [f"{label}: {', '.join(items[:5])}{', ...' if len(items) > 5 else ''}"
                for label, items in ((translate("IsslideCore", "missing keys"), missing),
                                     (translate("IsslideCore", "unexpected keys"), unexpected),
                                     (translate("IsslideCore", "wrong shapes"), shapes)) if items]
    if problems:
        raise ModelError(translate(
            "IsslideCore",
            "{name}: the weights do not match the {what} ({problems}). "
            "The card and the weights disagree: save the model again with the card "
            "of the architecture it was built with."
        ).format(name=name, what=what, problems="; ".join(problems)))
