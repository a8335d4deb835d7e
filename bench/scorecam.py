"""Benchmark of Score-CAM per patch: batched masked passes vs one forward pass per channel.

Score-CAM runs one forward pass per (image, channel) of every explained layer: on ECSPLAIN's
5 layers that is 368 masked passes per patch for the shipped compact ECSPLAIN (widths 16 to
128) and 1472 for the paper-size ResNet-18 (64 to 512 channels). This script times one
100 x 100 patch with:

* ``batch_size=1``: one forward pass per channel (the paper's loop);
* ``batch_size`` 8, 32, 64, 128: the masked images stacked into batches;
* the whole-raster default (``channel_fraction`` of :mod:`isslide_qgis.core.cam.raster`),

for every channel and for the default channel subset, with Grad-CAM as the reference cost.
Times are medians of ``--repeats`` runs on a seeded random patch (the cost does not depend on
the content), torch at ``--threads`` threads (1 by default).

Usage::

    PYTHONPATH=. .venv/bin/python bench/scorecam.py docs/cam_scorecam_bench.json [--full]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BATCH_SIZES = (1, 8, 32, 64, 128)
SHIPPED = "ecsplain_resnet18_w16"


def load(name: str):
    """The shipped checkpoint of ``name`` when there is one, else random (seeded) weights."""
    import torch

    from isslide_qgis.core.models import get_model, load_checkpoint, make_card

    path = ROOT / "resources" / "models" / f"{name}.pt"
    if path.is_file():
        return (*load_checkpoint(path), "shipped")
    torch.manual_seed(0)
    return get_model(name).eval(), make_card(name), "random"


def seconds(call, repeats: int) -> float:
    """Median wall time of ``call()`` over ``repeats`` runs (after one warm-up run)."""
    call()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_model(name: str, repeats: int, batch_sizes: tuple[int, ...]) -> dict:
    """Rows of one model: Grad-CAM, then Score-CAM at every batch size and channel share."""
    import torch

    from isslide_qgis.core.cam import ClassifierLogit, ScoreCAM, get_cam_method
    from isslide_qgis.core.cam.hooks import record_layer_shapes
    from isslide_qgis.core.cam.raster import SCORECAM_BATCH_SIZE, SCORECAM_CHANNEL_FRACTION

    model, card, weights = load(name)
    layers = model.cam_layers
    patch = torch.randn(1, card.in_channels, card.patch_size, card.patch_size,
                        generator=torch.Generator().manual_seed(0))
    channels = [s[1] for s in record_layer_shapes(model, layers, patch).values()]
    target = ClassifierLogit()
    rows = [{"method": "gradcam", "channel_fraction": None, "batch_size": None,
             "masked_passes": 0, "model_calls": 1,
             "seconds_per_patch": seconds(lambda: get_cam_method("gradcam")(model, patch, target, layers),
                                          repeats)}]
    for fraction in (1.0, SCORECAM_CHANNEL_FRACTION):
        for batch in sorted(set(batch_sizes) | {SCORECAM_BATCH_SIZE}):
            cam = ScoreCAM(batch_size=batch, channel_fraction=fraction)
            cost = cam.estimated_forward_passes(channels)
            rows.append({"method": "scorecam", "channel_fraction": fraction, "batch_size": batch,
                         "masked_passes": cost.masked_inputs, "model_calls": cost.total_calls,
                         "seconds_per_patch": seconds(lambda: cam(model, patch, target, layers), repeats)})
            print(f"{name} fraction {fraction} batch {batch}: {rows[-1]['seconds_per_patch']:.3f} s",
                  flush=True)
    return {"model": name, "weights": weights, "layers": list(layers), "channels": channels,
            "patch_size": card.patch_size, "rows": rows}


def markdown(results: list[dict]) -> str:
    """A README table: seconds per patch, and speed-up over one pass per channel."""
    lines = ["| model | method | channels kept | batch | masked passes | model calls | s / patch "
             "| speed-up |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    for result in results:
        single = {r["channel_fraction"]: r["seconds_per_patch"] for r in result["rows"]
                  if r["batch_size"] == 1}
        for r in result["rows"]:
            kept = "–" if r["channel_fraction"] is None else f"{r['channel_fraction']:.0%}"
            base = single.get(r["channel_fraction"])
            speed = f"{base / r['seconds_per_patch']:.1f}×" if base else "–"
            batch = "–" if r["batch_size"] is None else str(r["batch_size"])
            lines.append(f"| {result['model']} | {r['method']} | {kept} | {batch} | "
                         f"{r['masked_passes']} | {r['model_calls']} | {r['seconds_per_patch']:.3f} "
                         f"| {speed} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="JSON file of the results")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--full", action="store_true",
                        help="also the paper-size ecsplain_resnet18 (random weights; slow)")
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    names = [SHIPPED] + (["ecsplain_resnet18"] if args.full else [])
    results = [bench_model(name, args.repeats, BATCH_SIZES if name == SHIPPED else (1, 64))
               for name in names]
    report = {"threads": args.threads, "repeats": args.repeats, "torch": torch.__version__,
              "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
              "load_average_1min": round(os.getloadavg()[0], 2), "results": results}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(markdown(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
