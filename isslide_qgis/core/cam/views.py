"""A class activation map averaged over the eight symmetries of a square tile.

The networks are trained with random flips and quarter-turn rotations
(:mod:`isslide_qgis.core.training.augmentation`), so a turned or mirrored tile is as valid an
input as the original one, and its map, turned back, is another estimate of the same
explanation. Averaging the eight views (four quarter turns, each with and without a mirror)
keeps what every view agrees on and damps what depends on the orientation: the sampling lattice
of the stride-16 and stride-32 layers, whose upsampled cells put a single map's maximum on a
cell centre, and the noise of one gradient. On the validation patches of the selection family
the averaged Grad-CAM of ECSPLAIN points at a moving body more often than the single view
(README, "Do the maps point at the true moving areas?"). It costs one CAM per view.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.messages import translate

if TYPE_CHECKING:  # torch is imported by whoever has tensors; the Processing forms need none
    import torch


@dataclass(frozen=True)
class View:
    """One symmetry of the square: ``quarter_turns`` rotations, then a left-right mirror."""

    quarter_turns: int
    mirrored: bool

    def apply(self, maps: "torch.Tensor") -> "torch.Tensor":
        """The view of tensors ``(..., T, T)`` (the last two dims are the tile)."""
        turned = maps.rot90(self.quarter_turns, dims=(-2, -1))
        return turned.flip(-1) if self.mirrored else turned

    def undo(self, maps: "torch.Tensor") -> "torch.Tensor":
        """Back to the tile's own orientation (the inverse of :meth:`apply`)."""
        unmirrored = maps.flip(-1) if self.mirrored else maps
        return unmirrored.rot90(-self.quarter_turns, dims=(-2, -1))


#: Number of views -> the views averaged (1: the tile as it is).
VIEW_SETS: dict[int, tuple[View, ...]] = {
    1: (View(0, False),),
    8: tuple(View(turns, mirrored) for turns in range(4) for mirrored in (False, True)),
}
#: Views of each tile a whole-raster CAM (Processing, dock) is averaged over by default.
DEFAULT_VIEWS = 8


def views(count: int) -> tuple[View, ...]:
    """The views of a CAM averaged over ``count`` symmetries.

    Raises:
        InputDataError: ``count`` is not a key of :data:`VIEW_SETS`.
    """
    if count not in VIEW_SETS:
        raise InputDataError(translate(
            "IsslideCore", "A class activation map can be averaged over {valid} views of each "
            "tile, not {count}."
        ).format(valid=" or ".join(str(k) for k in VIEW_SETS), count=count))
    return VIEW_SETS[count]
