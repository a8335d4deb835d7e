"""Connected moving areas of a thresholded raster, found strip by strip.

The raster is read in strips of ``block_size`` full rows. Each strip is labelled on its own
(8-connectivity, :func:`scipy.ndimage.label`); a component that crosses the seam between two
strips is stitched by a small union-find over the labels of the last row of the strip above
and the first row of the strip below (8-connectivity across the seam: vertical and diagonal
neighbours). Only those two rows carry over from one strip to the next, so memory holds one
strip of pixels plus the statistics and outline pieces of the components still "open" (touching
the strip's last row); a component is handed out as soon as no later row can reach it.

Outlines are built in pixel coordinates (integers, exact in floating point): each strip's
pixels are turned into polygons with :func:`rasterio.features.shapes` (4-connected pieces,
always valid), and the pieces of one component are dissolved at the end, so the pieces on
either side of a seam share exactly the same edge and merge into one outline. A component whose
parts touch only diagonally becomes a MultiPolygon whose parts touch at one corner.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence

import numpy as np
from affine import Affine
from rasterio.features import shapes
from scipy import ndimage
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union
from shapely.validation import make_valid

#: 8-connectivity: diagonal neighbours belong to the same moving area (as in evaluation).
EIGHT_CONNECTED = np.ones((3, 3), dtype=bool)

#: ``read_strip(row, height) -> (probability, coherence or None)``, float arrays of ``height`` rows.
StripReader = Callable[[int, int], "tuple[np.ndarray, np.ndarray | None]"]


@dataclass
class PixelComponent:
    """One connected moving area, in pixel coordinates.

    Attributes:
        pixels: Number of pixels.
        prob_sum: Sum of the probabilities of its pixels.
        prob_max: Highest probability.
        coherence_sum: Sum of the finite coherence values over its pixels.
        coherence_pixels: Number of its pixels with a finite coherence.
        first: ``(row, col)`` of its first pixel in raster order (orders ties).
        pieces: Outline pieces in pixel coordinates (x = column, y = row).
    """

    pixels: int
    prob_sum: float
    prob_max: float
    coherence_sum: float
    coherence_pixels: int
    first: tuple[int, int]
    pieces: list[Polygon] = field(default_factory=list)

    def absorb(self, other: "PixelComponent") -> None:
        """Merge ``other`` (the same area seen in another strip) into this component."""
        self.pixels += other.pixels
        self.prob_sum += other.prob_sum
        self.prob_max = max(self.prob_max, other.prob_max)
        self.coherence_sum += other.coherence_sum
        self.coherence_pixels += other.coherence_pixels
        self.first = min(self.first, other.first)
        self.pieces.extend(other.pieces)

    @property
    def prob_mean(self) -> float:
        """Mean probability over the component."""
        return self.prob_sum / self.pixels

    @property
    def coherence_mean(self) -> float | None:
        """Mean coherence over its pixels with a coherence, ``None`` when there are none."""
        return self.coherence_sum / self.coherence_pixels if self.coherence_pixels else None

    def outline(self) -> Polygon | MultiPolygon:
        """The union of its pixels, in pixel coordinates (valid, holes kept, :func:`tidy`)."""
        geometry = self.pieces[0] if len(self.pieces) == 1 else unary_union(self.pieces)
        return tidy(polygonal(geometry))


def _corners_only(coords: Sequence[tuple[float, float]]) -> np.ndarray:
    """A closed ring without its vertices in the middle of straight edges (exact on pixel
    coordinates, which are integers)."""
    points = np.asarray(coords, dtype=float)[:-1]
    before = points - np.roll(points, 1, axis=0)
    after = np.roll(points, -1, axis=0) - points
    turn = before[:, 0] * after[:, 1] - before[:, 1] * after[:, 0]
    points = points[turn != 0]
    return np.vstack([points, points[:1]])


def tidy(geometry: Polygon | MultiPolygon) -> Polygon | MultiPolygon:
    """A pixel outline with corners only, in GEOS' normal form: the same area gives the same
    coordinates whatever the strips it was assembled from."""
    polygons = list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]
    rebuilt = [Polygon(_corners_only(p.exterior.coords),
                       [_corners_only(r.coords) for r in p.interiors]) for p in polygons]
    result = rebuilt[0] if len(rebuilt) == 1 else MultiPolygon(rebuilt)
    return result.normalize()


def polygonal(geometry: BaseGeometry) -> Polygon | MultiPolygon:
    """``geometry`` made valid, keeping only its polygons (empty MultiPolygon when none)."""
    if geometry.is_valid and isinstance(geometry, (Polygon, MultiPolygon)):
        return geometry
    fixed = make_valid(geometry)
    if isinstance(fixed, (Polygon, MultiPolygon)):
        return fixed
    parts = [g for g in getattr(fixed, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    return unary_union(parts) if parts else MultiPolygon()


class _Seam:
    """Union-find over the component keys met in one strip (discarded after the strip)."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, key: int) -> int:
        root = key
        while root in self.parent:
            root = self.parent[root]
        while key != root:  # path compression
            following = self.parent[key]
            self.parent[key] = root
            key = following
        return root

    def union(self, first: int, second: int) -> None:
        """Put ``first`` and ``second`` in the same component."""
        root_a, root_b = self.find(first), self.find(second)
        if root_a != root_b:
            self.parent[root_b] = root_a


def _seam_pairs(above: np.ndarray, below: np.ndarray) -> np.ndarray:
    """``(key above, label below)`` pairs of 8-neighbours across a seam (unique rows)."""
    width = above.size
    pairs = []
    for shift in (-1, 0, 1):  # below[c + shift] touches above[c]
        a = above[max(0, -shift):width - max(0, shift)]
        b = below[max(0, shift):width - max(0, -shift)]
        both = (a > 0) & (b > 0)
        pairs.append(np.stack([a[both], b[both]], axis=1))
    joined = np.concatenate(pairs).astype(np.int64)
    return np.unique(joined, axis=0) if joined.size else joined.reshape(0, 2)


def _strip_stats(labels: np.ndarray, count: int, prob: np.ndarray,
                 coherence: np.ndarray | None) -> dict[str, np.ndarray]:
    """Per-label pixel count, probability sum and max, coherence sum and count (index 0 unused).

    ``coherence`` is modified in place (NaN set to 0 after its valid pixels are counted).
    """
    flat = labels.ravel()
    stats = {
        "pixels": np.bincount(flat, minlength=count + 1),
        # background (label 0, possibly NaN) only touches the unused bin 0
        "prob_sum": np.bincount(flat, weights=prob.ravel(), minlength=count + 1),
        "prob_max": np.concatenate([[0.0], ndimage.maximum(prob, labels,
                                                           np.arange(1, count + 1))]),
    }
    if coherence is None:
        stats["coh_sum"] = stats["coh_pixels"] = np.zeros(count + 1)
    else:
        finite = np.isfinite(coherence)
        stats["coh_pixels"] = np.bincount(flat[finite.ravel()], minlength=count + 1)
        coherence[~finite] = 0.0
        stats["coh_sum"] = np.bincount(flat, weights=coherence.ravel(), minlength=count + 1)
    return stats


class ComponentStream:
    """Finds the components ``probability > threshold`` of a raster read strip by strip.

    Args:
        read_strip: Reader of ``height`` full rows starting at ``row``.
        height: Raster height (rows).
        threshold: A pixel belongs to a moving area when its probability is strictly greater
            (NaN never does).
        block_size: Rows per strip.
        min_pixels: Components of fewer pixels are certainly too small for the caller's
            minimum area: they are dropped before their outline is built. 0 keeps all.
    """

    def __init__(self, read_strip: StripReader, height: int, threshold: float,
                 block_size: int, min_pixels: float = 0.0) -> None:
        self.read_strip = read_strip
        self.height = height
        self.threshold = threshold
        self.block_size = max(1, int(block_size))
        self.min_pixels = min_pixels
        self.found = 0  # components seen, including those dropped early
        self._open: dict[int, PixelComponent] = {}
        self._above: np.ndarray | None = None  # keys of the previous strip's last row
        self._next_key = 1

    @property
    def strips(self) -> int:
        """Number of strips the raster is read in."""
        return -(-self.height // self.block_size)

    def __iter__(self) -> Iterator[list[PixelComponent]]:
        """Yield, after each strip, the components that strip completed."""
        for row in range(0, self.height, self.block_size):
            rows = min(self.block_size, self.height - row)
            yield self._strip(row, rows, last=row + rows >= self.height)

    def _strip(self, row: int, rows: int, last: bool) -> list[PixelComponent]:
        prob, coherence = self.read_strip(row, rows)
        with np.errstate(invalid="ignore"):
            mask = prob > self.threshold  # NaN compares False: never part of an area
        labels, count = ndimage.label(mask, structure=EIGHT_CONNECTED)
        base = self._next_key - 1  # local label k has key base + k
        self._next_key += count
        seam = _Seam()
        reachable = np.zeros(count + 1, dtype=bool)  # linked to the strip above or below
        if self._above is not None and count:
            for key, label in _seam_pairs(self._above, labels[0]):
                reachable[label] = True
                seam.union(int(key), base + int(label))
        if not last:
            reachable[labels[-1]] = True
        self._regroup_open(seam)
        keep = np.zeros(count + 1, dtype=bool)
        if count:
            stats = _strip_stats(labels, count, prob, coherence)
            keep = reachable | (stats["pixels"] >= self.min_pixels)
            keep[0] = False
            self.found += int(np.count_nonzero(~keep[1:]))  # too small: dropped at once
            self._add_components(labels, count, base, stats, keep, row, seam)
            self._add_pieces(labels, keep, base, row, seam)
        self._above = None if last else self._bottom_keys(labels[-1], count, base, seam)
        still_open = set() if last else set(np.unique(self._above[self._above > 0]).tolist())
        done = [c for key, c in self._open.items() if key not in still_open]
        self._open = {key: c for key, c in self._open.items() if key in still_open}
        self.found += len(done)
        return done

    @staticmethod
    def _bottom_keys(bottom: np.ndarray, count: int, base: int, seam: _Seam) -> np.ndarray:
        """Keys (roots) of the components on the strip's last row, 0 for background."""
        roots = np.zeros(count + 1, dtype=np.int64)
        for label in np.unique(bottom[bottom > 0]):
            roots[label] = seam.find(base + int(label))
        return roots[bottom]

    def _regroup_open(self, seam: _Seam) -> None:
        """Merge the open components that this strip's seam joins into one record each."""
        for key in list(self._open):
            root = seam.find(key)
            if root != key:
                component = self._open.pop(key)
                if root in self._open:
                    self._open[root].absorb(component)
                else:
                    self._open[root] = component

    def _add_components(self, labels: np.ndarray, count: int, base: int,
                        stats: dict[str, np.ndarray], keep: np.ndarray, row: int,
                        seam: _Seam) -> None:
        """Record each kept label, merged with the open components it is stitched to."""
        boxes = ndimage.find_objects(labels, max_label=count)
        for label in np.flatnonzero(keep):
            rows, cols = boxes[label - 1]
            top = rows.start  # first pixel in raster order: leftmost of the top row
            left = cols.start + int(np.argmax(labels[top, cols] == label))
            component = PixelComponent(
                int(stats["pixels"][label]), float(stats["prob_sum"][label]),
                float(stats["prob_max"][label]), float(stats["coh_sum"][label]),
                int(stats["coh_pixels"][label]), (row + top, left))
            root = seam.find(base + int(label))
            if root in self._open:
                self._open[root].absorb(component)
            else:
                self._open[root] = component

    def _add_pieces(self, labels: np.ndarray, keep: np.ndarray, base: int, row: int,
                    seam: _Seam) -> None:
        """Outline pieces of the kept labels, in raster pixel coordinates."""
        if not keep.any():
            return
        pieces = shapes(labels, mask=keep[labels], connectivity=4,
                        transform=Affine.translation(0, row))
        for geometry, label in pieces:
            self._open[seam.find(base + int(label))].pieces.append(shape(geometry))
