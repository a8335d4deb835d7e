"""Processing a whole stack: every pair's detection, resumable, then temporal consistency.

:func:`process_stack` is the one call behind ``isslide:processstack`` and ``python -m
isslide_qgis stack``. Pairs already done with the same inputs, model and settings are skipped
(their done-marker matches, :mod:`.markers`); the others run here one after the other, or on a
Dask cluster when a scheduler address is given (:mod:`.distributed`). A pair that fails is
recorded with its error in the manifest and the others go on. The temporal-consistency
product (:mod:`.consistency`) is then built from every pair done.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from ..errors import IsslideError, OperationCanceled
from ..messages import translate
from .markers import MANIFEST, file_digest, write_json
from .pair_task import DetectionSettings, Detector, PairOutcome, pending, run_pair
from .pairs import Pair, discover_pairs

#: default file name of the temporal-consistency product in the output folder
CONSISTENCY_FILE = "temporal_consistency.gpkg"
ProgressFn = Callable[[float], None]


@dataclass
class StackRequest:
    """A stack to process.

    Attributes:
        inputs: A folder of interferograms (scanned recursively) or a list of files.
        output_folder: Where ``<pair>/`` folders, the manifest and the product go.
        settings: Detection settings shared by every pair.
        pairs_table: Optional CSV of dates for names that do not tell them.
        consistency_path: The temporal-consistency GeoPackage (default: in the output folder).
        scheduler: Dask scheduler address; ``None`` runs the pairs here.
        coverage_fraction: A pair covers an area when this share of it has valid data.
    """

    inputs: str | Path | Sequence[str | Path]
    output_folder: Path
    settings: DetectionSettings
    pairs_table: Path | None = None
    consistency_path: Path | None = None
    scheduler: str | None = None
    coverage_fraction: float = 0.5


@dataclass
class StackResult:
    """What a stack run did."""

    pairs: list[Pair]
    outcomes: dict[str, PairOutcome]
    consistency_path: Path | None
    consistent_areas: int
    notes: list[str] = field(default_factory=list)

    def names(self, status: str) -> list[str]:
        """Names of the pairs with this status ("done", "skipped", "failed")."""
        return [name for name, outcome in self.outcomes.items() if outcome.status == status]


class _Manifest:
    """The stack's manifest, rewritten atomically after each pair."""

    def __init__(self, folder: Path, pairs: Sequence[Pair]) -> None:
        self.path = folder / MANIFEST
        self.pairs = {pair.name: pair for pair in pairs}
        self.states: dict[str, dict] = {pair.name: {"status": "pending"} for pair in pairs}

    def record(self, outcome: PairOutcome) -> None:
        self.states[outcome.name] = {"status": outcome.status, "error": outcome.error or None,
                                     "areas": outcome.areas, "seconds": round(outcome.seconds, 3)}
        self.save()

    def save(self) -> None:
        write_json(self.path, {
            "updated": dt.datetime.now(dt.timezone.utc).isoformat(),
            "pairs": {name: {**self.pairs[name].to_dict(), **state}
                      for name, state in self.states.items()}})


def _run_local(todo: Sequence[Pair], request: StackRequest, digest: str,
               on_outcome: Callable[[Pair, PairOutcome], None], progress: ProgressFn | None,
               is_canceled: Callable[[], bool] | None, detector: Detector | None,
               share: float) -> None:
    for index, pair in enumerate(todo):
        if is_canceled is not None and is_canceled():
            raise OperationCanceled("")

        def pair_progress(value: float, index: int = index) -> None:
            if progress is not None:
                progress(share * (index + value / 100.0) / max(len(todo), 1))

        on_outcome(pair, run_pair(pair, request.settings, request.output_folder, digest,
                                  detector, None, pair_progress, is_canceled))


def _run_dask(todo, request, digest, on_outcome, progress, is_canceled, detector, share) -> None:
    from .distributed import run_on_dask

    run_on_dask(request.scheduler, todo, request.settings, request.output_folder, digest,
                on_outcome, is_canceled, detector)


def process_stack(request: StackRequest, progress: ProgressFn | None = None,
                  is_canceled: Callable[[], bool] | None = None,
                  detector: Detector | None = None,
                  report: Callable[[PairOutcome], None] | None = None) -> StackResult:
    """Run detection on every pair not done yet, then write the temporal-consistency product.

    Args:
        detector: Replaces the detection core's call (tests count model runs with it).
        report: Called with each pair's outcome as it finishes (skipped pairs included).

    Raises:
        InputDataError: no pair, bad names or table.
        ModelError: the checkpoint cannot be read.
        OperationCanceled: cancelled; pairs finished so far are kept, a re-run resumes.
        IsslideError: every pair failed.
    """
    output = Path(request.output_folder)
    pairs = discover_pairs(request.inputs, request.pairs_table, exclude=[output])
    output.mkdir(parents=True, exist_ok=True)
    digest = file_digest(Path(request.settings.checkpoint))
    manifest = _Manifest(output, pairs)
    outcomes: dict[str, PairOutcome] = {}
    todo = []
    for pair in pairs:
        if pending(pair, request.settings, output, digest):
            todo.append(pair)
        else:
            outcomes[pair.name] = PairOutcome(pair.name, "skipped")
            manifest.states[pair.name] = {"status": "done"}
            if report is not None:
                report(outcomes[pair.name])
    manifest.save()
    share = 90.0

    def on_outcome(pair: Pair, outcome: PairOutcome) -> None:
        outcomes[pair.name] = outcome
        manifest.record(outcome)
        if report is not None:
            report(outcome)
        if progress is not None and request.scheduler:
            progress(share * len([o for o in outcomes.values() if o.status != "skipped"])
                     / max(len(todo), 1))

    run = _run_dask if request.scheduler else _run_local
    try:
        run(todo, request, digest, on_outcome, progress, is_canceled, detector, share)
    except OperationCanceled:
        finished = len([o for o in outcomes.values() if o.status in ("done", "skipped")])
        raise OperationCanceled(translate(
            "IsslideCore", "Cancelled after {done} of {total} pairs. The finished pairs are "
            "kept in '{folder}': run again with the same settings to do only the others."
        ).format(done=finished, total=len(pairs), folder=output)) from None
    return _finish(request, pairs, outcomes, progress, is_canceled)


def _finish(request: StackRequest, pairs: list[Pair], outcomes: dict[str, PairOutcome],
            progress: ProgressFn | None, is_canceled: Callable[[], bool] | None) -> StackResult:
    from .consistency_io import write_consistency

    output = Path(request.output_folder)
    ready = [pair for pair in pairs if outcomes[pair.name].status in ("done", "skipped")]
    failed = [outcomes[p.name] for p in pairs if outcomes[p.name].status == "failed"]
    notes = [translate("IsslideCore", "Pair {name} failed: {error}").format(
        name=o.name, error=o.error) for o in failed]
    if not ready:
        raise IsslideError(translate(
            "IsslideCore", "Every pair failed, so there is no temporal-consistency product. "
            "First error: {error}").format(error=failed[0].error if failed else "-"))
    path = Path(request.consistency_path or output / CONSISTENCY_FILE)
    count = write_consistency(ready, output, path, request.coverage_fraction, is_canceled)
    if progress is not None:
        progress(100.0)
    return StackResult(pairs, outcomes, path, count, notes)
