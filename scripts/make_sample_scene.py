#!/usr/bin/env python3
"""Write the bundled sample scene (simulated interferogram + truth + context layers).

Usage::

    python scripts/make_sample_scene.py --output resources/sample [--preview /tmp/sample_preview.png]

The seed and config are fixed (isslide_qgis.core.insar.simulation.sample): running it again
gives byte-identical files. ``--preview`` also draws a PNG (matplotlib) of the phase,
coherence, truth and optical image, to check by eye; keep it out of the repository.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from isslide_qgis.core.insar.simulation.sample import SAMPLE_SEED, sample_config, write_sample  # noqa: E402


def draw_preview(output: Path, png: Path) -> None:
    """A 2 x 3 panel PNG of the written sample (read back from the files)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    import rasterio
    from osgeo import ogr

    def read(name: str) -> tuple:
        with rasterio.open(output / name) as ds:
            return ds.read(), ds.transform

    (phase,), transform = read("phase.tif")
    (coherence,), _ = read("coherence.tif")
    (truth,), _ = read("truth.tif")
    (dem,), _ = read("dem.tif")
    optical, _ = read("optical.tif")
    ds = ogr.Open(str(output / "moving_areas.gpkg"))
    outlines = []
    for feature in ds.GetLayerByName("moving_areas"):
        ring = feature.GetGeometryRef().GetGeometryRef(0)
        xy = np.array([ring.GetPoint_2D(i) for i in range(ring.GetPointCount())])
        cols, rows = ~transform * (xy[:, 0], xy[:, 1])
        outlines.append((np.asarray(cols), np.asarray(rows), feature.GetField("kind")))
    fig, axes = plt.subplots(2, 3, figsize=(18, 12))
    panels = [
        (phase, dict(cmap="hsv", vmin=-np.pi, vmax=np.pi), "wrapped phase (rad)"),
        (coherence, dict(cmap="gray", vmin=0, vmax=1), "coherence"),
        (np.where(np.isnan(phase), np.nan, phase * coherence), dict(cmap="twilight"), "coh x phase"),
        (truth, dict(cmap="viridis"), "truth + moving_areas.gpkg"),
        (dem, dict(cmap="terrain"), "DEM (m)"),
    ]
    for ax, (array, style, title) in zip(axes.flat, panels):
        im = ax.imshow(array, interpolation="nearest", **style)
        ax.set_title(title)
        fig.colorbar(im, ax=ax, fraction=0.046)
    for cols, rows, kind in outlines:
        for ax in (axes.flat[0], axes.flat[3]):
            ax.plot(cols, rows, "w-" if kind == "fringes" else "k--", lw=1)
    axes.flat[5].imshow(np.moveaxis(optical, 0, -1))
    axes.flat[5].set_title("optical (SPOT-like)")
    fig.tight_layout()
    fig.savefig(png, dpi=60)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "resources" / "sample", help="folder to write into")
    parser.add_argument("--preview", type=Path, default=None, help="also draw a PNG preview here")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    paths = write_sample(args.output)
    total = sum(p.stat().st_size for p in paths.values())
    cfg = sample_config()
    print(f"sample: seed {SAMPLE_SEED}, {cfg.width} x {cfg.height} px, {cfg.crs}, {cfg.baseline_days} days")
    for name, path in paths.items():
        print(f"  {name:<10} {path}  ({path.stat().st_size / 1e6:.2f} MB)")
    print(f"  total {total / 1e6:.2f} MB in {time.perf_counter() - start:.1f} s")
    if args.preview is not None:
        draw_preview(args.output, args.preview)
        print(f"  preview {args.preview}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
