"""Benchmark of the streaming inference engine on large simulated interferograms.

For every compact registry model and every raster side asked for, one subprocess opens the
phase and coherence GeoTIFFs, runs :func:`predict_raster` (tiling, channels, model, blending,
GeoTIFF writing) and reports:

- pipeline px/s: raster pixels / wall time of the whole run;
- forward px/s: raster pixels / time spent inside the network (and the CAM for ECSPLAIN) on
  the same tiles in the same run; their ratio is the share of the run spent in the network;
- network px/s: tile pixels fed to the network / that time (what the model alone sustains;
  with the default overlap of half a tile each raster pixel is fed about four times);
- peak RSS (VmHWM of the subprocess) and the RSS after imports and model building.

GDAL's block cache is capped in the subprocesses (``--gdal-cache-mib``, 64 by default): with
GDAL's default (5 % of the RAM) every block read or written stays cached until that cap, so
the RSS would grow with the raster up to it whatever the engine does (measured here: about
+0.8 GiB at 8192 px a side). ``--gdal-cache-mib 0`` keeps GDAL's default.

The 2048 px scene is simulated once (optical image off); larger sides repeat it (a mosaic of
copies, written block by block), which costs the same per pixel to predict. Weights: a shipped
checkpoint ``resources/models/<name>.pt`` when there is one, else random (seeded).

Usage::

    .venv/bin/python bench/inference.py results.json [--sizes 2048 8192] [--threads 1]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BASE_SIDE = 2048
CHECKPOINTS = ROOT / "resources" / "models"


def _status_kib(field: str) -> int:
    """A ``VmXXX`` value of this process, in KiB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not found in /proc/self/status")


Shape = tuple[int, int]  # (height, width)


def write_inputs(folder: Path, shapes: list[Shape], seed: int) -> dict[Shape, tuple[Path, Path]]:
    """Simulate the base scene and write phase/coherence GeoTIFFs of every shape."""
    import numpy as np
    import rasterio
    from rasterio.windows import Window

    from isslide_qgis.core.insar.simulation import SceneConfig, simulate_scene

    start = time.perf_counter()
    scene = simulate_scene(seed, SceneConfig(height=BASE_SIDE, width=BASE_SIDE, optical=False))
    print(f"simulated {BASE_SIDE} x {BASE_SIDE} in {time.perf_counter() - start:.1f} s",
          flush=True)
    paths = {}
    for height, width in shapes:
        pair = []
        for name, array in (("phase", scene.phase), ("coherence", scene.coherence)):
            path = folder / f"{name}_{height}x{width}.tif"
            profile = dict(driver="GTiff", width=width, height=height, count=1, dtype="float32",
                           crs=scene.crs, transform=scene.transform, nodata=np.nan,
                           tiled=True, blockxsize=256, blockysize=256, compress="deflate",
                           predictor=3, BIGTIFF="IF_SAFER")
            with rasterio.open(path, "w", **profile) as dst:
                for row in range(0, height, BASE_SIDE):
                    for col in range(0, width, BASE_SIDE):
                        part = array[:min(BASE_SIDE, height - row), :min(BASE_SIDE, width - col)]
                        dst.write(part, 1, window=Window(col, row, part.shape[1], part.shape[0]))
            pair.append(path)
        paths[(height, width)] = (pair[0], pair[1])
    return paths


def worker(args: argparse.Namespace) -> None:
    """One model on one raster, in this (fresh) process; prints one JSON line."""
    import torch

    from isslide_qgis.core.inference import predict_raster
    from isslide_qgis.core.insar.reading import InterferogramReader
    from isslide_qgis.core.models import get_model, load_checkpoint, make_card

    checkpoint = CHECKPOINTS / f"{args.model}.pt"
    if checkpoint.is_file():
        model, card = load_checkpoint(checkpoint)
        weights = "shipped"
    else:
        torch.manual_seed(0)
        model, card = get_model(args.model), make_card(args.model)
        weights = "random"
    rss_ready = _status_kib("VmRSS")
    with InterferogramReader(args.phase, args.coherence) as reader:
        summary = predict_raster(reader, args.output, model, card, device="cpu",
                                 threads=args.threads, batch_size=args.batch_size)
    tile_pixels = summary.tiles_processed * summary.tile ** 2
    print(json.dumps({
        "model": args.model, "height": reader.grid.height, "width": reader.grid.width,
        "weights": weights,
        "tile": summary.tile, "overlap": summary.overlap, "threads": args.threads,
        "batch_size": args.batch_size, "tiles_total": summary.tiles_total,
        "tiles_processed": summary.tiles_processed,
        "tiles_skipped": summary.tiles_skipped_nodata + summary.tiles_skipped_coherence,
        "seconds_total": summary.seconds_total, "seconds_forward": summary.seconds_forward,
        "pipeline_px_s": summary.pixels_per_second,
        "forward_px_s": summary.pixels / summary.seconds_forward,
        "network_px_s": tile_pixels / summary.seconds_forward,
        "forward_share": summary.forward_fraction,
        "rss_ready_mib": rss_ready / 1024, "peak_rss_mib": _status_kib("VmHWM") / 1024,
        "output_mib": Path(args.output).stat().st_size / 2**20,
    }))


def run_one(model: str, shape: Shape, pair: tuple[Path, Path], folder: Path,
            args: argparse.Namespace) -> dict:
    output = folder / f"{model}_{shape[0]}x{shape[1]}.tif"
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", "--model", model,
               "--phase", str(pair[0]), "--coherence", str(pair[1]), "--output", str(output),
               "--threads", str(args.threads), "--batch-size", str(args.batch_size)]
    env = dict(os.environ)
    if args.gdal_cache_mib > 0:
        env["GDAL_CACHEMAX"] = str(args.gdal_cache_mib)  # below 100000: megabytes
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{model} on {shape} px failed:\n{done.stderr[-3000:]}")
    output.unlink()
    return json.loads(done.stdout.strip().splitlines()[-1])


def markdown(rows: list[dict]) -> str:
    lines = ["| model | rows x cols | tiles | pipeline Mpx/s | forward Mpx/s | forward share | "
             "network Mpx/s | total s | peak RSS MiB | RSS before run MiB |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(
            f"| {r['model']} | {r['height']} x {r['width']} | {r['tiles_processed']} | "
            f"{r['pipeline_px_s'] / 1e6:.3f} | {r['forward_px_s'] / 1e6:.3f} | "
            f"{r['forward_share']:.2f} | {r['network_px_s'] / 1e6:.3f} | "
            f"{r['seconds_total']:.1f} | {r['peak_rss_mib']:.0f} | {r['rss_ready_mib']:.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json_out", nargs="?", type=Path, help="where to write the results")
    parser.add_argument("--sizes", type=int, nargs="+", default=[2048, 8192])
    parser.add_argument("--models", nargs="+", default=None, help="default: every compact model")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--tall", type=int, default=8192,
                        help="also run the first model on a raster this tall and as wide as the "
                             "smallest side: memory must not grow with the height (0: skip)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--gdal-cache-mib", type=int, default=64,
                        help="GDAL block cache of the runs (0: GDAL's default, 5%% of the RAM)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--model", help=argparse.SUPPRESS)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--coherence", help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return
    if args.json_out is None:
        parser.error("give the JSON output path")
    from isslide_qgis.core.models import list_models

    models = args.models or list_models(compact=True)
    load_before = os.getloadavg()
    start = time.time()
    rows = []
    jobs = [(model, (side, side)) for side in sorted(args.sizes) for model in models]
    if args.tall:
        jobs.append((models[0], (args.tall, min(args.sizes))))
    with tempfile.TemporaryDirectory(prefix="isslide-bench-") as tmp:
        folder = Path(tmp)
        inputs = write_inputs(folder, sorted({shape for _, shape in jobs}), args.seed)
        for model, shape in jobs:
            rows.append(run_one(model, shape, inputs[shape], folder, args))
            r = rows[-1]
            print(f"{model} {shape}: {r['pipeline_px_s'] / 1e6:.3f} Mpx/s, "
                  f"forward share {r['forward_share']:.2f}, peak {r['peak_rss_mib']:.0f} MiB",
                  flush=True)
    table = markdown(rows)
    print(table)
    meta = {"cpu_count": os.cpu_count(), "load_average_before": load_before,
            "load_average_after": os.getloadavg(), "wall_seconds": time.time() - start,
            "threads": args.threads, "batch_size": args.batch_size, "sizes": args.sizes,
            "gdal_cache_mib": args.gdal_cache_mib or "GDAL default"}
    print(f"load average before {load_before}, after {meta['load_average_after']}")
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps({"meta": meta, "results": rows}, indent=2))


if __name__ == "__main__":
    main()
