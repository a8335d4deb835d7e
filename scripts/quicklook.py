#!/usr/bin/env python3
"""Quick-look PNG of a detection: probability and moving-area outlines over the optical image.

Usage: quicklook.py --optical O.tif --probability P.tif --areas A.gpkg --output Q.png [--title T]
"""
from __future__ import annotations

import argparse
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import rasterio  # noqa: E402
from osgeo import ogr  # noqa: E402


def _outlines(path: Path) -> list[np.ndarray]:
    dataset = ogr.Open(str(path))
    rings = []
    for feature in dataset.GetLayer("moving_areas"):
        geometry = feature.GetGeometryRef()
        parts = [geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())]
        for part in parts:
            ring = part.GetGeometryRef(0) if part.GetGeometryCount() else part
            rings.append(np.array(ring.GetPoints())[:, :2])
    return rings


def draw(optical: Path, probability: Path, areas: Path, output: Path, title: str) -> None:
    """Save the quick-look PNG."""
    with rasterio.open(optical) as src:
        rgb = np.moveaxis(src.read(), 0, -1)
        bounds = src.bounds
    with rasterio.open(probability) as src:
        prob = src.read(1)
    extent = (bounds.left, bounds.right, bounds.bottom, bounds.top)
    fig, ax = plt.subplots(figsize=(8, 8), constrained_layout=True)
    ax.imshow(rgb, extent=extent)
    ax.imshow(np.ma.masked_less(prob, 0.1), extent=extent, cmap="autumn_r", vmin=0, vmax=1,
              alpha=0.55)
    for ring in _outlines(areas):
        ax.plot(ring[:, 0], ring[:, 1], color="cyan", linewidth=1.5)
    ax.set_title(title)
    ax.set_xticks([])
    ax.set_yticks([])
    fig.savefig(output, dpi=80)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("optical", "probability", "areas", "output"):
        parser.add_argument(f"--{name}", type=Path, required=True)
    parser.add_argument("--title", default="")
    args = parser.parse_args()
    draw(args.optical, args.probability, args.areas, args.output, args.title)


if __name__ == "__main__":
    main()
