"""Benchmark of the streaming inference engine on large simulated interferograms.

For every shipped model (``resources/models/*.pt``, at its card's patch size and the default
overlap of half a tile) and every raster side asked for, one subprocess runs the detection of
``isslide:detectmovingareas`` (:func:`detect_moving_areas` without polygons: validation,
reading, channels, model, blending, GeoTIFF writing) and reports:

- pipeline px/s: raster pixels / wall time of the streaming run (reading to writing; the
  input's validation and the model's loading come before it);
- forward px/s: raster pixels / time spent inside the network (and the CAM for ECSPLAIN) on
  the same tiles in the same run; ``ratio`` = pipeline / forward, the share of the run spent
  in the network (1.0: reading, blending and writing cost nothing);
- network px/s: tile pixels fed to the network / that time (what the model alone sustains;
  with the default overlap of half a tile each raster pixel is fed about four times);
- peak RSS (VmHWM of the subprocess) and the RSS after imports and model building.

The engine caps GDAL's block cache itself (``core/inference/gdal_cache.py``), so GDAL's
default cache (5 % of the RAM) is left as is; ``--gdal-cache-mib N`` sets it for comparison.

Rasters: the 2048 px scene is simulated once (optical image off). A larger raster (8192 px a
side by default) repeats it and holds data on a diagonal swath 2048 px wide crossing it from
the top-left to the bottom-right corner, nodata elsewhere (as a Sentinel-1 swath crossing a
map-geometry raster at an angle), so that an 8k run predicts four 2k scenes' worth of tiles
instead of sixteen: every strip still spans the full width, so the strip buffers, the GDAL
cache and the batches are those of a full 8k scene. ``--full`` fills the whole raster instead
(16 times the 2k time). Throughput is read on the 2k runs (every pixel valid); the 8k runs give
the memory and the ratio again. Weights: a shipped checkpoint ``resources/models/<name>.pt``
when there is one, else random (seeded).

Backends: ``--backends torch onnxruntime`` runs every segmenter with both, one after the other
on the same rasters in the same run (ECSPLAIN runs on torch only), and prints their
comparison (pipeline and forward throughput, peak RSS: the ONNX Runtime worker never imports
torch).

Usage::

    .venv/bin/python bench/inference.py results.json [--sizes 2048 8192] [--threads 1]
                                         [--backends torch onnxruntime]
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


def write_inputs(folder: Path, shapes: list[Shape], seed: int,
                 full: bool = False) -> dict[Shape, tuple[Path, Path]]:
    """Simulate the base scene and write phase/coherence GeoTIFFs of every shape.

    A raster larger than the base scene repeats it; unless ``full``, only a diagonal swath
    ``BASE_SIDE`` pixels wide holds data and the rest is nodata (NaN).
    """
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
                    rows = min(BASE_SIDE, height - row)
                    for col in range(0, width, BASE_SIDE):
                        part = array[:rows, :min(BASE_SIDE, width - col)].copy()
                        part[~_in_swath(height, width, row, col, part.shape, full)] = np.nan
                        dst.write(part, 1, window=Window(col, row, part.shape[1], rows))
            pair.append(path)
        paths[(height, width)] = (pair[0], pair[1])
    return paths


def _in_swath(height: int, width: int, row: int, col: int, shape: tuple[int, int],
              full: bool) -> "np.ndarray":
    """Mask of a block at ``(row, col)``: inside the diagonal swath ``BASE_SIDE`` px wide."""
    import numpy as np

    rows = np.arange(row, row + shape[0])[:, None]
    cols = np.arange(col, col + shape[1])[None, :]
    if full or (height <= BASE_SIDE and width <= BASE_SIDE):
        return np.ones(shape, dtype=bool)
    left = rows * (width - BASE_SIDE) / max(height - 1, 1)  # first column of the swath
    return (cols >= left) & (cols < left + BASE_SIDE)


def worker(args: argparse.Namespace) -> None:
    """One model on one raster, in this (fresh) process, as ``isslide:detectmovingareas`` runs
    it (probability raster only); prints one JSON line."""
    from isslide_qgis.core.inference.detection import DetectionRequest, DetectionSettings, detect_moving_areas
    from isslide_qgis.core.inference.engine import INPUT_RASTERS
    from isslide_qgis.core.inference.gdal_cache import cache_budget

    checkpoint = CHECKPOINTS / f"{args.model}.pt"
    weights = "shipped"
    if not checkpoint.is_file():
        import torch

        from isslide_qgis.core.models import get_model, make_card, save_checkpoint

        torch.manual_seed(0)
        checkpoint = save_checkpoint(Path(args.output).with_suffix(".pt"),
                                     get_model(args.model), make_card(args.model))
        weights = "random"
    rss_ready = _status_kib("VmRSS")
    settings = DetectionSettings(checkpoint, device="cpu", threads=args.threads,
                                 batch_size=args.batch_size, backend=args.backend)
    request = DetectionRequest(Path(args.phase), settings, Path(args.output),
                               coherence_path=Path(args.coherence))
    result = detect_moving_areas(request)
    summary = result.summary
    height, width = (int(v) for v in Path(args.phase).stem.split("_")[-1].split("x"))
    tile_pixels = summary.tiles_processed * summary.tile ** 2
    print(json.dumps({
        "model": args.model, "backend": result.backend, "height": height, "width": width, "weights": weights,
        "tile": summary.tile, "overlap": summary.overlap, "threads": args.threads,
        "batch_size": args.batch_size, "tiles_total": summary.tiles_total,
        "tiles_processed": summary.tiles_processed,
        "tiles_skipped": summary.tiles_skipped_nodata + summary.tiles_skipped_coherence,
        "seconds_total": summary.seconds_total, "seconds_forward": summary.seconds_forward,
        "pipeline_px_s": summary.pixels_per_second,
        "forward_px_s": summary.pixels / summary.seconds_forward,
        "network_px_s": tile_pixels / summary.seconds_forward,
        "ratio": summary.forward_fraction,
        "gdal_cache_cap_mib": cache_budget(width, len(summary.band_names) + INPUT_RASTERS) / 2**20,
        "rss_ready_mib": rss_ready / 1024, "peak_rss_mib": _status_kib("VmHWM") / 1024,
        "output_mib": Path(args.output).stat().st_size / 2**20,
    }))


def run_one(model: str, shape: Shape, pair: tuple[Path, Path], folder: Path,
            args: argparse.Namespace, backend: str = "torch") -> dict:
    output = folder / f"{model}_{shape[0]}x{shape[1]}.tif"
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", "--model", model,
               "--backend", backend,
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


def fastest(runs: list[dict]) -> list[dict]:
    """The fastest run (pipeline) of each model, backend and size, in the order first run."""
    best: dict[tuple, dict] = {}
    for run in runs:
        key = (run["model"], run["backend"], run["height"], run["width"])
        if key not in best or run["pipeline_px_s"] > best[key]["pipeline_px_s"]:
            best[key] = run
    return list(best.values())


def markdown(rows: list[dict]) -> str:
    """One line per model: throughput and ratio at the smallest side, memory at every side."""
    sides = sorted({r["height"] for r in rows if r["height"] == r["width"]})
    small, large = sides[0], sides[-1]
    by_key = {(r["model"], r["height"], r["width"]): r for r in rows}
    header = (f"| model | tile / overlap | pipeline Mpx/s ({small}) | forward Mpx/s ({small}) "
              f"| ratio ({small}) | ratio ({large}) | peak RSS MiB ({small}) | "
              f"peak RSS MiB ({large}) | {large} / {small} |")
    lines = [header, "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for model in dict.fromkeys(r["model"] for r in rows):
        a, b = by_key.get((model, small, small)), by_key.get((model, large, large))
        if a is None or b is None:
            continue
        lines.append(
            f"| {model} | {a['tile']} / {a['overlap']} | {a['pipeline_px_s'] / 1e6:.3f} | "
            f"{a['forward_px_s'] / 1e6:.3f} | {a['ratio']:.2f} | {b['ratio']:.2f} | "
            f"{a['peak_rss_mib']:.0f} | {b['peak_rss_mib']:.0f} | "
            f"{b['peak_rss_mib'] / a['peak_rss_mib']:.2f} |")
    return "\n".join(lines)


def backends_table(rows: list[dict]) -> str:
    """torch vs ONNX Runtime per model at the smallest square side: throughput and memory."""
    side = min(r["height"] for r in rows if r["height"] == r["width"])
    by_key = {(r["model"], r["backend"]): r for r in rows if r["height"] == r["width"] == side}
    lines = [f"| model ({side} px) | pipeline Mpx/s torch | pipeline Mpx/s ORT | speed-up | "
             "forward Mpx/s torch | forward Mpx/s ORT | speed-up | peak RSS MiB torch | "
             "peak RSS MiB ORT |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for model in dict.fromkeys(r["model"] for r in rows):
        t, o = by_key.get((model, "torch")), by_key.get((model, "onnxruntime"))
        if t is None or o is None:
            continue
        lines.append(
            f"| {model} | {t['pipeline_px_s'] / 1e6:.3f} | {o['pipeline_px_s'] / 1e6:.3f} | "
            f"{o['pipeline_px_s'] / t['pipeline_px_s']:.2f} | {t['forward_px_s'] / 1e6:.3f} | "
            f"{o['forward_px_s'] / 1e6:.3f} | {o['forward_px_s'] / t['forward_px_s']:.2f} | "
            f"{t['peak_rss_mib']:.0f} | {o['peak_rss_mib']:.0f} |")
    return "\n".join(lines)


def details(rows: list[dict]) -> str:
    """Every run: size, tiles, times, rates and memory."""
    lines = ["| model | backend | rows x cols | tiles run / skipped | total s | forward s | ratio | "
             "network Mpx/s | GDAL cache cap MiB | RSS before run MiB | peak RSS MiB |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(
            f"| {r['model']} | {r.get('backend', 'torch')} | {r['height']} x {r['width']} | {r['tiles_processed']} / "
            f"{r['tiles_skipped']} | {r['seconds_total']:.1f} | {r['seconds_forward']:.1f} | "
            f"{r['ratio']:.2f} | {r['network_px_s'] / 1e6:.3f} | {r['gdal_cache_cap_mib']:.0f} | "
            f"{r['rss_ready_mib']:.0f} | {r['peak_rss_mib']:.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json_out", nargs="?", type=Path, help="where to write the results")
    parser.add_argument("--sizes", type=int, nargs="+", default=[2048, 8192])
    parser.add_argument("--models", nargs="+", default=None,
                        help="default: every shipped model (resources/models)")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--full", action="store_true",
                        help="fill rasters larger than 2048 px with data (default: a diagonal "
                             "swath 2048 px wide, nodata elsewhere)")
    parser.add_argument("--tall", type=int, default=0,
                        help="also run the first model on a raster this tall and as wide as the "
                             "smallest side (memory must not grow with the height; 0: skip)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--gdal-cache-mib", type=int, default=0,
                        help="GDAL_CACHEMAX of the runs (0: GDAL's default; the engine caps it)")
    parser.add_argument("--backends", nargs="+", default=["torch"],
                        choices=["torch", "onnxruntime"],
                        help="inference backends to run, each on the same rasters")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run every job this many times (backends alternating) and keep the "
                             "fastest of each: on a shared machine, the run least slowed by others")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--backend", default="torch", help=argparse.SUPPRESS)
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
    from isslide_qgis.core.models.shipped import shipped_models

    models = args.models or list(shipped_models(CHECKPOINTS))
    load_before = os.getloadavg()
    start = time.time()
    from isslide_qgis.core.inference.backends import BACKENDS

    jobs = [(model, (side, side), backend) for side in sorted(args.sizes) for model in models
            for backend in args.backends if BACKENDS[backend].runs(CHECKPOINTS / f"{model}.pt")]
    if args.tall:
        jobs.append((models[0], (args.tall, min(args.sizes)), args.backends[0]))
    with tempfile.TemporaryDirectory(prefix="isslide-bench-") as tmp:
        folder = Path(tmp)
        inputs = write_inputs(folder, sorted({shape for _, shape, _ in jobs}), args.seed,
                              args.full)
        runs: list[dict] = []
        for model, shape, backend in [job for _ in range(args.repeat) for job in jobs]:
            runs.append(run_one(model, shape, inputs[shape], folder, args, backend))
            r = runs[-1]
            print(f"{model} {backend} {shape}: {r['pipeline_px_s'] / 1e6:.3f} Mpx/s, "
                  f"ratio {r['ratio']:.2f}, peak {r['peak_rss_mib']:.0f} MiB", flush=True)
    rows = fastest(runs)
    print(markdown([r for r in rows if r["backend"] == args.backends[0]]))
    print()
    if len(args.backends) > 1:
        print(backends_table(rows))
        print()
    print(details(rows))
    meta = {"cpu_count": os.cpu_count(), "load_average_before": load_before,
            "load_average_after": os.getloadavg(), "wall_seconds": time.time() - start,
            "threads": args.threads, "batch_size": args.batch_size, "sizes": args.sizes,
            "backends": args.backends,
            "full": args.full, "gdal_cache_mib": args.gdal_cache_mib or "GDAL default"}
    print(f"{meta['wall_seconds']:.0f} s; load average before {load_before}, "
          f"after {meta['load_average_after']}")
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    meta["repeat"] = args.repeat
    args.json_out.write_text(json.dumps({"meta": meta, "results": rows, "all_runs": runs},
                                        indent=2))


if __name__ == "__main__":
    main()
