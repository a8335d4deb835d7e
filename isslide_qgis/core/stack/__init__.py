"""Whole archives: stacks of interferogram pairs, resumable runs, temporal consistency.

:mod:`.naming` and :mod:`.pairs_table` find each pair's dates (file names of the products of
:mod:`isslide_qgis.core.insar.products`: SNAP, LiCSAR, HyP3, PyRate, ISSLIDE; or a CSV);
:mod:`.pairs` lists a stack; :mod:`.runner` runs detection on every pair (resumable:
:mod:`.markers`; on a Dask cluster: :mod:`.distributed`) and writes the temporal-consistency
product (:mod:`.consistency`, :mod:`.consistency_io`); :mod:`.simulation` makes simulated
stacks. Importing this package is cheap (names load on
first use; dask only when a scheduler is given).
"""
from __future__ import annotations

from ..lazy import lazy_exports

#: public name -> submodule defining it
_EXPORTS: dict[str, str] = {
    "CONVENTIONS": "naming", "parse_pair_name": "naming", "NamedPair": "naming",
    "Pair": "pairs", "discover_pairs": "pairs",
    "read_pairs_table": "pairs_table",
    "DetectionSettings": "pair_task", "PairOutcome": "pair_task", "run_pair": "pair_task",
    "PAIR_OUTPUTS": "pair_task",
    "StackRequest": "runner", "StackResult": "runner", "process_stack": "runner",
    "CONSISTENCY_FILE": "runner",
    "ConsistentArea": "consistency", "merge_detections": "consistency",
    "CONSISTENCY_LAYER": "consistency_io", "write_consistency": "consistency_io",
    "DONE_MARKER": "markers", "MANIFEST": "markers",
    "simulate_stack": "simulation", "stack_pairs": "simulation", "stack_dates": "simulation",
}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
