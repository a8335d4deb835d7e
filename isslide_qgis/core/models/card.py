"""Model cards: what a checkpoint's weights expect and how they were made (no torch needed).

A model card travels inside every checkpoint as a JSON string. It names the registry
architecture and the arguments that rebuild the network, the input channels in order, the
patch size, the normalisation, the decision thresholds, how the weights were trained and what
they scored. Inference reads the card before touching the data, so a mismatch (a 2-channel
ECSPLAIN model given [coherence, cos, sin] patches, say) is reported, not silently computed.

Normalisation format: ``{"kind": "none"}`` or
``{"kind": "mean_std", "mean": [m0, m1, ...], "std": [s0, s1, ...]}`` (one value per channel,
applied as ``(x - mean) / std`` channel by channel).
"""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import MISSING, asdict, dataclass, field, fields
from typing import Any

from ..errors import ModelError
from ..insar.conventions import CONVENTIONS
from ..messages import translate

#: Version of the card format written by this code; cards from a newer format are refused.
CARD_FORMAT_VERSION = 1

#: Input conventions -> the band names, in channel order ("coh_cos_sin": the 2023 segmenters;
#: "cohcos_cohsin": ECSPLAIN), as defined once in :mod:`..insar.conventions`.
INPUT_CONVENTIONS: dict[str, tuple[str, ...]] = {
    name: convention.band_names for name, convention in CONVENTIONS.items()}

#: Tasks -> the thresholds a card of that task must give (all probabilities in [0, 1]).
TASK_THRESHOLDS: dict[str, tuple[str, ...]] = {
    "segmentation": ("pixel",),
    "classification": ("detection", "localisation"),
}

#: Storage precisions of the weights in a checkpoint (they are always loaded as float32).
WEIGHT_DTYPES: tuple[str, ...] = ("float32", "float16")

#: Normalisation kinds -> the keys they need besides "kind".
NORMALISATION_KINDS: dict[str, tuple[str, ...]] = {"none": (), "mean_std": ("mean", "std")}


def _today() -> str:
    return _dt.date.today().isoformat()


@dataclass
class ModelCard:
    """Metadata of a trained model, stored next to its weights.

    Attributes:
        architecture: registry name of the network (e.g. ``"unet_w12"``).
        task: ``"segmentation"`` (pixel logits) or ``"classification"`` (one logit per patch).
        input_convention: a key of :data:`INPUT_CONVENTIONS`.
        in_channels: number of input channels (must match the convention).
        band_names: name of each input channel, in order.
        arguments: keyword arguments given to the registry builder (JSON values).
        patch_size: side in pixels of the square patches the model was trained on.
        normalisation: see the module docstring.
        thresholds: ``{"pixel": p}`` for segmenters, ``{"detection": p, "localisation": q}``
            for ECSPLAIN; probabilities in [0, 1].
        training: free description: data, seeds, epochs, learning rate, date...
        metrics: scores on the test data (name -> value).
        description: one or two sentences for the analyst.
        created: ISO date (``YYYY-MM-DD``) or date-time.
        weights_dtype: precision the weights are stored in (``"float32"`` or ``"float16"``).
        format_version: version of this card format.
    """

    architecture: str
    task: str
    input_convention: str
    in_channels: int
    band_names: list[str]
    arguments: dict[str, Any] = field(default_factory=dict)
    patch_size: int = 100
    normalisation: dict[str, Any] = field(default_factory=lambda: {"kind": "none"})
    thresholds: dict[str, float] = field(default_factory=dict)
    training: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    description: str = ""
    created: str = field(default_factory=_today)
    weights_dtype: str = "float32"
    format_version: int = CARD_FORMAT_VERSION

    def validate(self) -> ModelCard:
        """Check every field; raise :class:`ModelError` listing all problems, else return self."""
        problems = _type_problems(self)
        if not problems:  # semantic checks need the right types
            for check in _SEMANTIC_CHECKS:
                problems.extend(check(self))
        if problems:
            raise ModelError(translate(
                "IsslideCore",
                "Invalid model card for '{architecture}': {problems}. Fix the card (or re-save the "
                "model) and try again."
            ).format(architecture=getattr(self, "architecture", "?"), problems="; ".join(problems)))
        return self

    def to_json(self) -> str:
        """Validate and serialise to a JSON string."""
        self.validate()
        return json.dumps(asdict(self), indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ModelCard:
        """Parse and validate a card written by :meth:`to_json`.

        Raises:
            ModelError: the text is not JSON, a field is missing, unknown or invalid.
        """
        try:
            data = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise ModelError(translate(
                "IsslideCore", "The model card is not valid JSON ({error}).").format(error=exc)) from None
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: Any) -> ModelCard:
        """Build and validate a card from a plain dict (as produced by ``dataclasses.asdict``)."""
        if not isinstance(data, dict):
            raise ModelError(translate(
                "IsslideCore", "The model card must be a JSON object, got {type}.").format(
                    type=type(data).__name__))
        names = {f.name for f in fields(cls)}
        required = {f.name for f in fields(cls) if _has_no_default(f)}
        missing = sorted(required - set(data))
        unknown = sorted(set(data) - names)
        version = data.get("format_version", CARD_FORMAT_VERSION)
        if isinstance(version, int) and version > CARD_FORMAT_VERSION:
            raise ModelError(translate(
                "IsslideCore",
                "The model card has format version {version}, newer than this plugin's "
                "({supported}): update isslide_qgis to use this model."
            ).format(version=version, supported=CARD_FORMAT_VERSION))
        if missing or unknown:
            parts = ([translate("IsslideCore", "missing field(s): {fields}").format(
                fields=", ".join(missing))] if missing else []) + (
                [translate("IsslideCore", "unknown field(s): {fields}").format(
                    fields=", ".join(unknown))] if unknown else [])
            raise ModelError(translate(
                "IsslideCore", "Invalid model card: {problems}. Valid fields: {fields}.").format(
                    problems="; ".join(parts), fields=", ".join(sorted(names))))
        return cls(**data).validate()

    def mean_std(self) -> tuple[list[float], list[float]] | None:
        """Per-channel (mean, std) to apply as ``(x - mean) / std``; None: no normalisation."""
        if self.normalisation.get("kind") == "mean_std":
            return list(self.normalisation["mean"]), list(self.normalisation["std"])
        return None


def _has_no_default(f: Any) -> bool:
    return f.default is MISSING and f.default_factory is MISSING


#: field -> accepted Python types (bool is excluded from int explicitly below)
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "architecture": (str,), "task": (str,), "input_convention": (str,), "in_channels": (int,),
    "band_names": (list, tuple), "arguments": (dict,), "patch_size": (int,),
    "normalisation": (dict,), "thresholds": (dict,), "training": (dict,), "metrics": (dict,),
    "description": (str,), "created": (str,), "weights_dtype": (str,), "format_version": (int,),
}


def _type_problems(card: ModelCard) -> list[str]:
    problems = []
    for name, types in _FIELD_TYPES.items():
        value = getattr(card, name)
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            expected = translate("IsslideCore", " or ").join(t.__name__ for t in types)
            problems.append(translate("IsslideCore", "'{field}' must be {expected}, got {value}").format(
                field=name, expected=expected, value=repr(value)))
    return problems


def _check_task(card: ModelCard) -> list[str]:
    if card.task not in TASK_THRESHOLDS:
        return [translate("IsslideCore", "task '{task}' is not one of {valid}").format(
            task=card.task, valid=", ".join(TASK_THRESHOLDS))]
    need = TASK_THRESHOLDS[card.task]
    problems = [translate("IsslideCore", "thresholds lacks '{key}' (a {task} card needs {needed})").format(
                    key=k, task=card.task, needed=", ".join(need))
                for k in need if k not in card.thresholds]
    for key, value in card.thresholds.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            problems.append(translate(
                "IsslideCore", "threshold '{key}' must be a probability in [0, 1], got {value}").format(
                    key=key, value=repr(value)))
    return problems


def _check_channels(card: ModelCard) -> list[str]:
    if card.input_convention not in INPUT_CONVENTIONS:
        return [translate("IsslideCore", "input_convention '{convention}' is not one of {valid}").format(
            convention=card.input_convention, valid=", ".join(INPUT_CONVENTIONS))]
    expected = INPUT_CONVENTIONS[card.input_convention]
    problems = []
    if card.in_channels != len(expected):
        problems.append(translate(
            "IsslideCore",
            "in_channels is {in_channels} but convention '{convention}' has {count} channels "
            "({bands})"
        ).format(in_channels=card.in_channels, convention=card.input_convention,
                 count=len(expected), bands=", ".join(expected)))
    if len(card.band_names) != card.in_channels:
        problems.append(translate(
            "IsslideCore", "band_names has {names} names for {channels} channels").format(
                names=len(card.band_names), channels=card.in_channels))
    if card.patch_size <= 0:
        problems.append(translate("IsslideCore", "patch_size must be positive, got {value}").format(
            value=card.patch_size))
    return problems


def _check_normalisation(card: ModelCard) -> list[str]:
    kind = card.normalisation.get("kind")
    if kind not in NORMALISATION_KINDS:
        return [translate("IsslideCore", "normalisation kind {kind} is not one of {valid}").format(
            kind=repr(kind), valid=", ".join(NORMALISATION_KINDS))]
    problems = []
    for key in NORMALISATION_KINDS[kind]:
        values = card.normalisation.get(key)
        numbers = isinstance(values, (list, tuple)) and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
        if not numbers or len(values) != card.in_channels:
            problems.append(translate(
                "IsslideCore", "normalisation '{key}' must list {count} numbers, got {values}").format(
                    key=key, count=card.in_channels, values=repr(values)))
        elif key == "std" and min(values) <= 0:
            problems.append(translate(
                "IsslideCore", "normalisation 'std' must be positive, got {values}").format(
                    values=repr(values)))
    return problems


def _check_misc(card: ModelCard) -> list[str]:
    problems = []
    if card.weights_dtype not in WEIGHT_DTYPES:
        problems.append(translate("IsslideCore", "weights_dtype '{dtype}' is not one of {valid}").format(
            dtype=card.weights_dtype, valid=", ".join(WEIGHT_DTYPES)))
    try:
        _dt.datetime.fromisoformat(card.created)
    except ValueError:
        problems.append(translate("IsslideCore", "created '{created}' is not an ISO date (YYYY-MM-DD)").format(
            created=card.created))
    if not card.architecture:
        problems.append(translate("IsslideCore", "architecture is empty"))
    if card.format_version < 1:
        problems.append(translate("IsslideCore", "format_version must be >= 1, got {value}").format(
            value=card.format_version))
    return problems


_SEMANTIC_CHECKS = (_check_task, _check_channels, _check_normalisation, _check_misc)


def check_input(card: ModelCard, n_channels: int, convention: str) -> None:
    """Check that input patches fit a model card before running the model.

    Args:
        card: the card of the model about to be run.
        n_channels: number of channels of the prepared input.
        convention: the input convention the channels were prepared with.

    Raises:
        ModelError: the convention or the channel count differs from what the model expects.
    """
    expected = ", ".join(card.band_names)
    if convention != card.input_convention:
        given = ", ".join(INPUT_CONVENTIONS.get(convention, (convention,)))
        raise ModelError(translate(
            "IsslideCore",
            "Model '{model}' expects input channels [{expected}] "
            "(convention '{model_convention}') but the input was prepared as [{given}] "
            "(convention '{convention}'). Prepare the interferogram with convention "
            "'{model_convention}', or choose a model trained on '{convention}'."
        ).format(model=card.architecture, expected=expected, model_convention=card.input_convention,
                 given=given, convention=convention))
    if n_channels != card.in_channels:
        raise ModelError(translate(
            "IsslideCore",
            "Model '{model}' expects {channels} input channels [{expected}] "
            "but the input has {count}. Check the phase and coherence rasters given."
        ).format(model=card.architecture, channels=card.in_channels, expected=expected,
                 count=n_channels))
