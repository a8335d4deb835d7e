"""Export a segmenter checkpoint to ONNX, for ONNX Runtime (no torch at detection) and Deepness.

The TorchScript exporter is used with constant folding off: BatchNorm stays a node of its own,
so the stored float16 weights are exactly the checkpoint's (folding BatchNorm into the
convolutions before rounding to float16 would move the probabilities by ~5e-4).

The graph takes the card's input channels ``(N, C, T, T)`` divided by 255 (Deepness'
convention, see :mod:`.onnx_metadata`) and returns the probability ``(N, 1, T, T)``:
``sigmoid(model(normalise(nan_to_num(x * 255))))``. The batch is dynamic. Weights are stored as
float16 (as in the shipped checkpoints) behind ``Cast`` nodes, so the computation stays float32
and ONNX Runtime folds the casts (and BatchNorm into Conv) when it loads the file: the result
equals torch's within about 1e-6. Every export is checked against torch on tiles of the bundled
sample scene; a difference above the tolerance leaves no file.

ECSPLAIN is not exported: its map multiplies the detection score by a Grad-CAM, which needs
gradients, so it runs on torch only.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..messages import translate
from ..output_paths import move_into_place
from .card import ModelCard
from .onnx_metadata import DEEPNESS_INPUT_SCALE, file_sha256, onnx_metadata

#: ONNX opset of the exports (ONNX Runtime >= 1.13 and Deepness run it)
OPSET = 17
#: largest |torch - onnxruntime| probability accepted by the check
TOLERANCE = 1e-4
#: float initializers smaller than this stay float32 (constants such as 255, eps, mean/std)
MIN_HALF_ELEMENTS = 64
INPUT_NAME = "channels"
OUTPUT_NAME = "probability"


@dataclass
class OnnxExport:
    """What an export wrote: the file, its size, and the check against torch."""

    path: Path
    bytes: int
    max_abs_diff: float
    tiles_checked: int


def _wrapper(model, card: ModelCard):
    import torch
    from torch import nn

    class ProbabilityGraph(nn.Module):
        """``x / 255`` channels in, probability out (normalisation and sigmoid inside)."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model
            mean_std = card.mean_std()
            channels = card.in_channels
            mean, std = mean_std if mean_std else ([0.0] * channels, [1.0] * channels)
            self.register_buffer("mean", torch.tensor(mean, dtype=torch.float32).view(1, -1, 1, 1))
            self.register_buffer("std", torch.tensor(std, dtype=torch.float32).view(1, -1, 1, 1))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            x = x * DEEPNESS_INPUT_SCALE
            x = torch.where(torch.isnan(x), torch.zeros_like(x), x)
            logits = self.model((x - self.mean) / self.std)
            if logits.dim() == 3:
                logits = logits.unsqueeze(1)
            return torch.sigmoid(logits)

    return ProbabilityGraph().eval()


def _halve_initializers(model_proto) -> None:
    """Store large float32 initializers as float16, each behind a Cast back to float32."""
    import onnx
    from onnx import helper, numpy_helper

    graph = model_proto.graph
    casts, kept = [], []
    for initializer in graph.initializer:
        size = int(np.prod(initializer.dims)) if initializer.dims else 1
        if initializer.data_type != onnx.TensorProto.FLOAT or size < MIN_HALF_ELEMENTS:
            kept.append(initializer)
            continue
        half = numpy_helper.from_array(
            numpy_helper.to_array(initializer).astype(np.float16), initializer.name + "_fp16")
        kept.append(half)
        casts.append(helper.make_node("Cast", [half.name], [initializer.name],
                                      to=onnx.TensorProto.FLOAT, name=initializer.name + "_cast"))
    del graph.initializer[:]
    graph.initializer.extend(kept)
    nodes = list(graph.node)
    del graph.node[:]
    graph.node.extend(casts + nodes)


def _declare_output_shape(model_proto, tile: int) -> None:
    """Declare the output ``(batch, 1, T, T)``: some graphs (DeepLabV3's upsampling) leave it
    symbolic, and Deepness takes a one-channel output as a sigmoid only when it says 1."""
    dims = model_proto.graph.output[0].type.tensor_type.shape.dim
    for dim, value in zip(dims, ("batch", 1, tile, tile)):
        if isinstance(value, str):
            dim.dim_param = value
        else:
            dim.dim_value = value


def sample_tiles(card: ModelCard, count: int = 16) -> np.ndarray:
    """``count`` tiles ``(N, C, T, T)`` of the bundled sample scene in the card's convention."""
    import rasterio

    from ...paths import resources_dir
    from ..insar.channels import make_channels

    sample = resources_dir() / "sample"
    with rasterio.open(sample / "phase.tif") as phase, \
            rasterio.open(sample / "coherence.tif") as coherence:
        channels = make_channels(phase.read(1), coherence.read(1), card.input_convention)
    tile = card.patch_size
    height, width = channels.shape[-2:]
    rows = np.linspace(0, height - tile, 4).astype(int)
    cols = np.linspace(0, width - tile, max(1, count // 4)).astype(int)
    tiles = [channels[:, r:r + tile, c:c + tile] for r in rows for c in cols]
    return np.stack(tiles[:count]).astype(np.float32)


def torch_probability(model, card: ModelCard, tiles: np.ndarray) -> np.ndarray:
    """The torch predictor's probability of ``tiles`` (as detection computes it)."""
    import torch

    from ..inference.predictors import SegmentationPredictor

    predictor = SegmentationPredictor(model, card, torch.device("cpu"))
    return predictor.predict(tiles).maps


def export_onnx(checkpoint: str | Path, output: str | Path, *,
                tolerance: float = TOLERANCE) -> OnnxExport:
    """Export a segmenter checkpoint to ``output`` (.onnx) and check it against torch.

    Raises:
        ModelError: not a segmenter (ECSPLAIN), unreadable checkpoint, or the export differs
            from torch by more than ``tolerance`` (no file is left then).
    """
    import torch

    from ..dependencies import require_onnx, require_onnxruntime
    from ..inference.backends.onnxruntime_backend import OnnxSegmentationPredictor
    from .checkpoint import load_checkpoint

    onnx = require_onnx()
    require_onnxruntime()  # the export is checked by running it
    model, card = load_checkpoint(checkpoint)
    if card.task != "segmentation":
        raise ModelError(translate(
            "IsslideCore", "'{name}' is a classifier (ECSPLAIN): its map multiplies the "
            "detection score by a class activation map, which needs gradients, so it cannot be "
            "exported to ONNX and runs on PyTorch only. Choose a segmenter (FCN, DeepLabV3, "
            "UNet, ResUNet, SepUNet).").format(name=card.architecture))
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.",
                                         suffix=".tmp")
    os.close(handle)
    try:
        wrapper = _wrapper(model, card)
        example = torch.zeros(2, card.in_channels, card.patch_size, card.patch_size)
        torch.onnx.export(wrapper, (example,), temporary, dynamo=False, opset_version=OPSET,
                          do_constant_folding=False,  # keep BatchNorm: see _halve_initializers
                          input_names=[INPUT_NAME], output_names=[OUTPUT_NAME],
                          dynamic_axes={INPUT_NAME: {0: "batch"}, OUTPUT_NAME: {0: "batch"}})
        proto = onnx.load(temporary)
        _halve_initializers(proto)
        _declare_output_shape(proto, card.patch_size)
        del proto.metadata_props[:]
        for key, value in onnx_metadata(card, file_sha256(checkpoint)).items():
            proto.metadata_props.add(key=key, value=value)
        proto.doc_string = card.description
        onnx.checker.check_model(proto)
        onnx.save(proto, temporary)
        tiles = sample_tiles(card)
        expected = torch_probability(model, card, tiles)
        got = OnnxSegmentationPredictor(temporary, threads=1).predict(tiles).maps
        diff = float(np.max(np.abs(expected - got)))
        if not diff <= tolerance:
            raise ModelError(translate(
                "IsslideCore", "The ONNX export of '{name}' differs from PyTorch by {diff:.2g} on "
                "the sample scene (tolerance {tolerance:g}); no file was written. The network "
                "may use an operation ONNX does not reproduce: run it with PyTorch.").format(
                name=card.architecture, diff=diff, tolerance=tolerance))
        move_into_place(temporary, output)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return OnnxExport(output, output.stat().st_size, diff, len(tiles))
