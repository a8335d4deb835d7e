#!/usr/bin/env python3
"""Draw a simulated scene (phase, coherence, truth, optical) as one PNG for the docs.

Usage: scene_figure.py --output docs/simulated_scene.png [--seed N --size 512]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from isslide_qgis.core.insar.simulation import SceneConfig, simulate_scene  # noqa: E402
from isslide_qgis.core.insar.simulation.sample import SAMPLE_SEED, sample_config  # noqa: E402


def draw(scene, output: Path) -> None:
    """Save a 2x2 figure of the scene's wrapped phase, coherence, truth and optical image."""
    fig, axes = plt.subplots(2, 2, figsize=(9, 9), constrained_layout=True)
    phase = axes[0, 0].imshow(scene.phase, cmap="hsv", vmin=-np.pi, vmax=np.pi,
                              interpolation="nearest")
    axes[0, 0].set_title(f"Wrapped phase ({scene.config.baseline_days}-day pair, rad)")
    fig.colorbar(phase, ax=axes[0, 0], shrink=0.8)
    coherence = axes[0, 1].imshow(scene.coherence, cmap="gray", vmin=0, vmax=1,
                                  interpolation="nearest")
    axes[0, 1].set_title("Estimated coherence")
    fig.colorbar(coherence, ax=axes[0, 1], shrink=0.8)
    axes[1, 0].imshow(scene.phase, cmap="hsv", vmin=-np.pi, vmax=np.pi, alpha=0.5,
                      interpolation="nearest")
    truth = np.ma.masked_where(scene.truth != 1, scene.truth)
    axes[1, 0].imshow(truth, cmap="autumn", interpolation="nearest", alpha=0.8)
    axes[1, 0].set_title(f"Truth: {len(scene.detectable_bodies)} moving areas "
                         f"({len(scene.decoys)} decoys are not)")
    axes[1, 1].imshow(np.moveaxis(scene.optical, 0, -1), interpolation="bilinear")
    axes[1, 1].set_title("SPOT-like optical image (finer resolution)")
    for ax in axes.flat:
        ax.set_xticks([])
        ax.set_yticks([])
    fig.suptitle(f"Simulated Sentinel-1 interferogram, seed {scene.seed}, "
                 f"{scene.config.crs or 'radar geometry'}")
    output.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(output, dpi=72)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "simulated_scene.png")
    parser.add_argument("--seed", type=int, default=None, help="default: the bundled sample")
    parser.add_argument("--size", type=int, default=512)
    args = parser.parse_args()
    if args.seed is None:
        scene = simulate_scene(SAMPLE_SEED, sample_config())
    else:
        scene = simulate_scene(args.seed, SceneConfig(height=args.size, width=args.size))
    draw(scene, args.output)
    print(args.output)


if __name__ == "__main__":
    main()
