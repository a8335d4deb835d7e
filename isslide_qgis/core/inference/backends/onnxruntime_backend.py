"""The ONNX Runtime backend: a segmenter's ONNX export, run without torch.

The graph takes the card's channels divided by the file's input scale and returns the
probability (NaN -> 0, normalisation and sigmoid are inside it; see
:mod:`...models.onnx_export`), so a batch costs one ``session.run``.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ...dependencies import require_onnxruntime
from ...errors import ModelError
from ...messages import translate
from ...models.card import ModelCard
from ...models.onnx_metadata import ONNX_SUFFIX, SOURCE_KEY, card_from_metadata, file_sha256, \
    onnx_beside
from ..prediction import TilePrediction
from . import LoadedModel

_CUDA = "CUDAExecutionProvider"
_CPU = "CPUExecutionProvider"


def _providers(ort: Any, device: str) -> list[str]:
    available = set(ort.get_available_providers())
    if device in ("auto", "cuda") and _CUDA in available:
        return [_CUDA, _CPU]
    if device.startswith("cuda"):
        raise ModelError(translate(
            "IsslideCore", "Device '{device}' cannot be used: ONNX Runtime here has no CUDA "
            "support. Choose 'cpu' or 'auto', or the backend 'torch'.").format(device=device))
    return [_CPU]


def _session(path: str | Path, threads: int | None, device: str) -> Any:
    ort = require_onnxruntime()
    options = ort.SessionOptions()
    options.intra_op_num_threads = int(threads or 0)
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    try:
        return ort.InferenceSession(str(path), options, providers=_providers(ort, device))
    except ModelError:
        raise
    except Exception as exc:  # a damaged file, or an opset this runtime lacks
        raise ModelError(translate(
            "IsslideCore", "ONNX Runtime cannot load '{path}' ({error}): export the checkpoint "
            "again with isslide:exportonnx.").format(path=path, error=exc)) from None


def read_onnx_card(path: str | Path) -> tuple[ModelCard, dict[str, str]]:
    """The card of an isslide ONNX file and its whole metadata (via ONNX Runtime, no torch)."""
    metadata = dict(_session(path, 1, "cpu").get_modelmeta().custom_metadata_map)
    card, _ = card_from_metadata(metadata, f"'{path}'")
    return card, metadata


def up_to_date_onnx(checkpoint: str | Path) -> Path | None:
    """The ONNX file to run for ``checkpoint``: itself when it is one, else ``<stem>.onnx``
    beside it when that was exported from this very ``.pt`` (same SHA-256); else ``None``."""
    path = onnx_beside(checkpoint)
    if not path.is_file():
        return None
    if Path(checkpoint).suffix.lower() == ONNX_SUFFIX:
        return path
    try:
        _, metadata = read_onnx_card(path)
    except ModelError:
        return None
    return path if metadata.get(SOURCE_KEY) == file_sha256(checkpoint) else None


class OnnxSegmentationPredictor:
    """Probability ``(N, 1, T, T)`` of a batch of tiles with an exported segmenter.

    Attributes:
        band_names: ``("probability",)``.
        card: The model card read from the file's metadata.
        device: ``"cpu"`` or ``"cuda"`` (the session's first provider).
        forward_seconds: Time spent in ``session.run`` since creation.
    """

    band_names = ("probability",)

    def __init__(self, path: str | Path, threads: int | None = None,
                 device: str = "auto") -> None:
        self.session = _session(path, threads, device)
        metadata = self.session.get_modelmeta().custom_metadata_map
        self.card, self.scale = card_from_metadata(metadata, f"'{path}'")
        if self.card.task != "segmentation":
            raise ModelError(translate(
                "IsslideCore", "'{path}' holds a '{task}' model; the ONNX backend runs "
                "segmenters only: choose the backend 'torch'.").format(
                path=path, task=self.card.task))
        self.input_name = self.session.get_inputs()[0].name
        self.device = "cuda" if self.session.get_providers()[0] == _CUDA else "cpu"
        self.forward_seconds = 0.0

    def predict(self, channels: np.ndarray,
                windows: Sequence[Any] | None = None) -> TilePrediction:
        """Probability maps of ``channels`` ``(N, C, T, T)`` (NaN where invalid)."""
        x = np.ascontiguousarray(channels, dtype=np.float32)
        if self.scale != 1.0:
            x = x / np.float32(self.scale)
        start = time.perf_counter()
        (maps,) = self.session.run(None, {self.input_name: x})
        self.forward_seconds += time.perf_counter() - start
        if maps.shape != (x.shape[0], 1, *x.shape[-2:]):
            raise ModelError(translate(
                "IsslideCore", "The ONNX segmenter '{name}' returned an output of shape {shape} "
                "for tiles of shape {tiles}; it must return one probability per pixel (N, 1, H, "
                "W).").format(name=self.card.architecture, shape=maps.shape, tiles=x.shape))
        return TilePrediction(maps.astype(np.float32, copy=False), None)


def load(checkpoint: Path, device: str = "auto", threads: int | None = None,
         **options: Any) -> LoadedModel:
    """The predictor of ``checkpoint``'s ONNX file (the ``.onnx`` itself, or the one beside).

    Raises:
        MissingDependencyError: onnxruntime does not import.
        ModelError: no (up-to-date) ONNX file, or not a segmenter.
    """
    require_onnxruntime()
    path = up_to_date_onnx(checkpoint)
    if path is None:
        beside = onnx_beside(checkpoint)
        reason = (translate("IsslideCore", "'{onnx}' was exported from another version of this "
                            "checkpoint") if beside.is_file() else
                  translate("IsslideCore", "there is no '{onnx}' beside it")).format(onnx=beside.name)
        raise ModelError(translate(
            "IsslideCore", "The checkpoint '{path}' cannot run on ONNX Runtime: {reason}. Export "
            "it with 'Export a segmenter to ONNX' (isslide:exportonnx) to '{onnx}', or choose the "
            "backend 'torch' (ECSPLAIN always runs on torch).").format(
            path=checkpoint, reason=reason, onnx=beside))
    predictor = OnnxSegmentationPredictor(path, threads=threads, device=device)
    return LoadedModel("onnxruntime", predictor.card, predictor=predictor)
