"""A compact in-memory set of patches: phase (float16), coherence and mask (uint8).

Patches are generated (or read) once and kept small: 100 x 100 patches take 40 kB each
(phase 2 bytes, coherence 1 byte, mask 1 byte per pixel). The network inputs are computed
from them at every access (:mod:`.datasets`), so the phase offset can be added before cos/sin.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import InputDataError
from ..messages import translate

#: Coherence is stored as round(COHERENCE_SCALE * c); COHERENCE_NODATA marks no data.
COHERENCE_SCALE = 254
COHERENCE_NODATA = 255

#: Where a patch comes from (stored as the index in this tuple).
PATCH_KINDS: tuple[str, ...] = (
    "body",        # centred (with jitter) on a moving body of a simulated scene
    "decoy",       # centred on an atmospheric decoy (movement-free, unless a body is near)
    "background",  # drawn at random away from bodies (negative_centres)
    "tile",        # a tile of a regular grid over a simulated scene (validation)
    "annotated",   # an ISSLIDE patch around annotations
    "negative",    # an ISSLIDE "no movement" patch
    "faint_body",  # as "body", on a body whose peak signal is faint (datasets.FAINT_FRINGES)
    "whole_fringe_plug",  # as "body", on a plug hidden by wrapping (datasets.WHOLE_FRINGE_PLUG)
)


def kind_code(name: str) -> int:
    """Index of a patch kind in :data:`PATCH_KINDS`."""
    return PATCH_KINDS.index(name)


def quantise_coherence(coherence: np.ndarray) -> np.ndarray:
    """Coherence in [0, 1] (NaN = no data) -> uint8 codes."""
    with np.errstate(invalid="ignore"):
        codes = np.rint(np.clip(coherence, 0.0, 1.0) * COHERENCE_SCALE)
    return np.where(np.isfinite(coherence), codes, COHERENCE_NODATA).astype(np.uint8)


def dequantise_coherence(codes: np.ndarray) -> np.ndarray:
    """uint8 codes -> float32 coherence, NaN where no data."""
    values = codes.astype(np.float32) / COHERENCE_SCALE
    values[codes == COHERENCE_NODATA] = np.nan
    return values


@dataclass
class PatchSet:
    """``N`` square patches of the same size.

    Attributes:
        phase: (N, H, W) float16 wrapped phase (rad), NaN where no data.
        coherence: (N, H, W) uint8 codes (see :func:`quantise_coherence`).
        mask: (N, H, W) uint8 moving-area mask (0/1).
        kind: (N,) uint8 index into :data:`PATCH_KINDS`.
        scene: (N,) int64 scene seed (simulated) or record index (ISSLIDE).
    """

    phase: np.ndarray
    coherence: np.ndarray
    mask: np.ndarray
    kind: np.ndarray
    scene: np.ndarray

    @classmethod
    def from_arrays(cls, phase: np.ndarray, coherence: np.ndarray, mask: np.ndarray,
                    kind: np.ndarray | int, scene: np.ndarray | int) -> PatchSet:
        """Quantise float arrays ``(N, H, W)`` into a set; ``kind``/``scene`` per patch or one value."""
        phase = np.asarray(phase, dtype=np.float32)
        n = phase.shape[0]
        if phase.ndim != 3 or np.shape(coherence) != phase.shape or np.shape(mask) != phase.shape:
            raise InputDataError(translate(
                "IsslideCore", "Patches must be stacks (N, H, W) of one size; got phase {p}, "
                "coherence {c}, mask {m}. Give patches of the same size.").format(
                    p=np.shape(phase), c=np.shape(coherence), m=np.shape(mask)))
        return cls(
            phase=phase.astype(np.float16),
            coherence=quantise_coherence(np.asarray(coherence, dtype=np.float32)),
            mask=(np.nan_to_num(np.asarray(mask, dtype=np.float32)) > 0).astype(np.uint8),
            kind=np.broadcast_to(np.asarray(kind, dtype=np.uint8), (n,)).copy(),
            scene=np.broadcast_to(np.asarray(scene, dtype=np.int64), (n,)).copy(),
        )

    @classmethod
    def empty(cls, patch_size: int) -> PatchSet:
        """A set holding no patch."""
        shape = (0, patch_size, patch_size)
        return cls(np.zeros(shape, np.float16), np.zeros(shape, np.uint8), np.zeros(shape, np.uint8),
                   np.zeros(0, np.uint8), np.zeros(0, np.int64))

    @classmethod
    def concatenate(cls, sets: list[PatchSet]) -> PatchSet:
        """One set holding the patches of ``sets`` in order (all of one patch size)."""
        sizes = {s.patch_size for s in sets if len(s)}
        if len(sizes) > 1:
            raise InputDataError(translate(
                "IsslideCore", "Cannot mix patches of different sizes ({sizes}); use patches of "
                "one size.").format(sizes=sorted(sizes)))
        sets = [s for s in sets if len(s)] or sets[:1]
        return cls(*(np.concatenate([getattr(s, f) for s in sets]) for f in
                     ("phase", "coherence", "mask", "kind", "scene")))

    def __len__(self) -> int:
        return int(self.phase.shape[0])

    @property
    def patch_size(self) -> int:
        """Side of the patches in pixels."""
        return int(self.phase.shape[-1])

    @property
    def labels(self) -> np.ndarray:
        """(N,) int64: 1 for a patch holding a moving pixel, else 0."""
        return self.mask.reshape(len(self), -1).any(axis=1).astype(np.int64)

    @property
    def nbytes(self) -> int:
        """Memory held by the arrays."""
        return sum(a.nbytes for a in (self.phase, self.coherence, self.mask, self.kind, self.scene))

    def subset(self, index: np.ndarray | slice) -> PatchSet:
        """The patches selected by an index array, boolean mask or slice (copies)."""
        return PatchSet(*(np.array(getattr(self, f)[index]) for f in
                          ("phase", "coherence", "mask", "kind", "scene")))

    def of_kind(self, *names: str) -> PatchSet:
        """The patches of the given kinds."""
        return self.subset(np.isin(self.kind, [kind_code(n) for n in names]))

    def counts(self) -> dict[str, int]:
        """Number of patches of each kind present, plus ``"moving"`` (label 1)."""
        out = {name: int((self.kind == i).sum()) for i, name in enumerate(PATCH_KINDS)
               if (self.kind == i).any()}
        out["moving"] = int(self.labels.sum())
        return out

    def arrays(self, index: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """float32 phase (NaN no data), float32 coherence (NaN no data), uint8 mask of ``index``."""
        return (self.phase[index].astype(np.float32), dequantise_coherence(self.coherence[index]),
                self.mask[index])
