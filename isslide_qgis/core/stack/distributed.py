"""Running a stack's pairs on a Dask cluster: one ``dask.distributed`` task per pair.

Dask is optional: it is imported only when a scheduler address is given. Each task runs
:func:`.pair_task.run_pair` with torch's threads pinned inside the task (one thread per task
unless told otherwise), so a pair gives the same probabilities (to rounding, < 1e-6) whichever
worker runs it and whatever else that worker runs. The workers must reach the input and output
folders at the same paths (a shared file system) and import ``isslide_qgis`` (the plugin folder
on their ``PYTHONPATH``) with torch installed.
"""
from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Callable, Sequence

from ..errors import IsslideError, MissingDependencyError, OperationCanceled
from ..messages import translate
from .pair_task import DetectionSettings, Detector, PairOutcome, run_pair
from .pairs import Pair

#: torch threads per task on a cluster when the settings name none
DEFAULT_TASK_THREADS = 1
#: seconds between two looks at the tasks (and at the cancel button)
POLL_SECONDS = 0.2


def import_distributed():
    """``dask.distributed``, or a :class:`MissingDependencyError` saying how to install it."""
    try:
        import distributed
    except ImportError as exc:
        raise MissingDependencyError(translate(
            "IsslideCore", "Running on a Dask scheduler needs the Python package "
            "dask.distributed, which is not installed: install it where this Python finds "
            "it (pip install \"dask[distributed]\"), or leave the scheduler empty to run on "
            "this machine.")) from exc
    return distributed


def connect(scheduler: str, timeout_s: float = 30.0):
    """A ``distributed.Client`` connected to ``scheduler`` (e.g. ``tcp://host:8786``)."""
    distributed = import_distributed()
    try:
        return distributed.Client(scheduler, timeout=timeout_s, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise IsslideError(translate(
            "IsslideCore", "Cannot reach the Dask scheduler at '{address}': {error}. Check the "
            "address (such as tcp://host:8786) and that the scheduler is running.").format(
            address=scheduler, error=exc)) from exc


def run_on_dask(scheduler: str, pairs: Sequence[Pair], settings: DetectionSettings,
                output_folder: Path, checkpoint_sha256: str,
                on_outcome: Callable[[Pair, PairOutcome], None],
                is_canceled: Callable[[], bool] | None = None, detector: Detector | None = None,
                ) -> None:
    """Submit one task per pair; call ``on_outcome`` as each finishes (in finishing order).

    Raises:
        MissingDependencyError: dask.distributed is not installed.
        IsslideError: the scheduler cannot be reached.
        OperationCanceled: cancelled; the tasks not finished are cancelled on the cluster.
    """
    client = connect(scheduler)
    threads = settings.threads or DEFAULT_TASK_THREADS
    token = uuid.uuid4().hex[:8]
    try:
        waiting = {client.submit(run_pair, pair, settings, str(output_folder), checkpoint_sha256,
                                 detector, threads, key=f"isslide-{pair.name}-{token}",
                                 pure=False): pair for pair in pairs}
        while waiting:
            if is_canceled is not None and is_canceled():
                client.cancel(list(waiting))
                raise OperationCanceled(translate(
                    "IsslideCore", "Cancelled: the pairs not finished were cancelled on the Dask "
                    "cluster."))
            finished = [future for future in waiting if future.done()]
            if not finished:
                time.sleep(POLL_SECONDS)
            for future in finished:
                pair = waiting.pop(future)
                try:
                    outcome = future.result()
                except Exception as exc:  # the worker died or the task could not run
                    outcome = PairOutcome(pair.name, "failed", error=translate(
                        "IsslideCore", "Dask task failed: {error}").format(error=exc))
                on_outcome(pair, outcome)
    finally:
        client.close()
