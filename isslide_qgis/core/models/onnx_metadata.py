"""What an isslide ONNX model says about itself (no torch, no onnxruntime needed to build it).

An exported segmenter (:mod:`.onnx_export`) carries in its ``metadata_props``:

- ``isslide_card``: the model card (JSON), so the file describes itself;
- ``isslide_input_scale``: the graph multiplies its input by this (255: see below), so isslide
  feeds ``channels / scale``;
- ``isslide_source_sha256``: the checkpoint it was exported from (a stale ``.onnx`` beside a
  re-trained ``.pt`` is not used by the ``auto`` backend);
- the keys the Deepness plugin (0.6.x) reads, each a JSON value: ``model_type``
  (``"Segmentor"``), ``class_names``, ``resolution`` (cm/px), ``tile_size`` (px),
  ``tiles_overlap`` (%), ``seg_thresh``, ``seg_small_segment`` (a dilate/erode size in px; 0:
  off), ``standardization_mean`` /
  ``standardization_std``.

Deepness multiplies every tile by 1/255 before the model: the graph starts with ``x * 255``,
so Deepness' float channel rasters (those of ``isslide:preparechannels``) reach the network
unchanged. The card's normalisation, NaN -> 0 and the sigmoid are inside the graph too, so the
output is the probability and Deepness' own standardisation is left at mean 0, std 1.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Mapping

from ..errors import ModelError
from ..messages import translate
from .card import ModelCard

CARD_KEY = "isslide_card"
SCALE_KEY = "isslide_input_scale"
SOURCE_KEY = "isslide_source_sha256"
#: Deepness divides tiles by this before the model; the exported graph multiplies it back.
DEEPNESS_INPUT_SCALE = 255.0
#: ground size of an ISSLIDE multilooked pixel, in cm (Deepness' resolution unit)
PIXEL_CM = 1464.0
#: Deepness' default overlap of tiles for our models, in % (isslide's default: half a tile)
DEEPNESS_OVERLAP_PERCENT = 50
#: Deepness' "remove small segment" is a morphological opening/closing of that kernel size,
#: not a minimum area: 0 leaves it off (isslide drops small areas by area when vectorising)
DEEPNESS_SMALL_SEGMENT_PX = 0
ONNX_SUFFIX = ".onnx"


def file_sha256(path: str | Path) -> str:
    """Hex SHA-256 of a file (read in blocks)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def onnx_metadata(card: ModelCard, source_sha256: str = "") -> dict[str, str]:
    """The ``metadata_props`` of an exported segmenter (isslide's keys and Deepness')."""
    channels = len(card.band_names)
    return {
        CARD_KEY: card.to_json(),
        SCALE_KEY: json.dumps(DEEPNESS_INPUT_SCALE),
        SOURCE_KEY: source_sha256,
        "model_type": json.dumps("Segmentor"),
        "class_names": json.dumps({"0": "moving_area"}),
        "resolution": json.dumps(PIXEL_CM),
        "tile_size": json.dumps(int(card.patch_size)),
        "tiles_overlap": json.dumps(DEEPNESS_OVERLAP_PERCENT),
        "seg_thresh": json.dumps(float((card.thresholds or {}).get("pixel", 0.5))),
        "seg_small_segment": json.dumps(DEEPNESS_SMALL_SEGMENT_PX),
        "standardization_mean": json.dumps([0.0] * channels),
        "standardization_std": json.dumps([1.0] * channels),
    }


def card_from_metadata(metadata: Mapping[str, str], name: str) -> tuple[ModelCard, float]:
    """The card and input scale of an ONNX model's metadata.

    Raises:
        ModelError: the file is not an isslide ONNX export (no card) or its card is invalid.
    """
    if CARD_KEY not in metadata:
        raise ModelError(translate(
            "IsslideCore", "{name} is an ONNX model without an isslide model card: export the "
            "checkpoint with the algorithm 'Export a segmenter to ONNX' "
            "(isslide:exportonnx).").format(name=name))
    try:
        card = ModelCard.from_json(metadata[CARD_KEY])
        scale = float(json.loads(metadata.get(SCALE_KEY, "1")))
    except (ModelError, ValueError, TypeError) as exc:
        raise ModelError(translate("IsslideCore", "{name}: {error}").format(
            name=name, error=exc)) from None
    return card, scale


def onnx_beside(checkpoint: str | Path) -> Path:
    """The ONNX file of a checkpoint: itself when it is one, else ``<stem>.onnx`` beside it."""
    path = Path(checkpoint)
    return path if path.suffix.lower() == ONNX_SUFFIX else path.with_suffix(ONNX_SUFFIX)
