"""Training a network from scratch on a lab's ISSLIDE dataset and/or simulated scenes: the one
call behind ``isslide:trainmodel`` (and, later, the command line)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..errors import InputDataError
from ..insar.dataset import read_isslide_dataset, split_by_zone_and_date
from ..messages import translate
from ..models import get_spec
from .config import TrainConfig
from .datasets import SimulatedPatches, isslide_patches, simulated_patches
from .finetune import MIN_VALIDATION_PATCHES, split_by_interferogram
from .fit import FitResult, ValidationData, fit_model
from .patchset import PatchSet
from .seeds import TRAINING_SEEDS

#: share of the progress bar spent simulating scenes (when asked for)
SIMULATION_SHARE = 20.0


def train_from_sources(architecture: str, output: str | Path, *,
                       dataset_root: str | Path | None = None, test_zone: str | None = None,
                       simulated_scenes: int = 0, epochs: int = 10, learning_rate: float = 1e-3,
                       batch_size: int = 16, seed: int = 0, w_segm: float = 1.0,
                       cam_method: str = "gradcam", validation_fraction: float = 0.25,
                       report: str | Path | None = None,
                       progress: Callable[[float], None] | None = None,
                       is_canceled: Callable[[], bool] | None = None) -> FitResult:
    """Train registry network ``architecture`` and write the checkpoint ``output``.

    Patches come from an ISSLIDE-layout folder (``test_zone``: the papers' split, the test
    zone's late dates stay unseen; ``validation_fraction`` of the interferograms choose the
    thresholds) and/or ``simulated_scenes`` simulated training scenes (training seeds).
    ``report``: an HTML training report to write after the checkpoint (:mod:`.model_report`).

    Raises:
        InputDataError: no patch source, or no usable patch.
        OperationCanceled: cancelled; nothing is written.
    """
    get_spec(architecture)  # unknown names fail early with the list of valid ones
    sets: list[PatchSet] = []
    validation = None
    info: dict[str, object] = {"architecture": architecture}
    if dataset_root:
        records = read_isslide_dataset(dataset_root)
        if test_zone:
            records, _ = split_by_zone_and_date(records, test_zone)
        train_records, held_records = split_by_interferogram(records, validation_fraction, seed)
        if train_records:
            sets.append(isslide_patches(train_records))
        held = isslide_patches(held_records) if held_records else None
        if held is not None and len(held) >= MIN_VALIDATION_PATCHES and len(set(held.labels)) > 1:
            validation = ValidationData(patches=held)
        info.update(dataset=str(dataset_root), test_zone=test_zone or "",
                    train_records=len(train_records))
    simulation_share = 0.0
    if simulated_scenes > 0:
        simulation_share = SIMULATION_SHARE
        spec = SimulatedPatches(first_seed=TRAINING_SEEDS.start + 1000 * seed,
                                n_scenes=simulated_scenes)
        scale = (lambda v: progress(v * simulation_share / 100.0)) if progress else None
        sets.append(simulated_patches(spec, scale, is_canceled))
        info["simulated"] = spec.to_dict()
    if not sets or not sum(len(s) for s in sets):
        raise InputDataError(translate(
            "IsslideCore", "Nothing to train on: give an ISSLIDE-layout dataset folder with "
            "annotated patches, or a number of simulated scenes."))
    config = TrainConfig(architecture, epochs=epochs, learning_rate=learning_rate,
                         batch_size=batch_size, seed=seed, w_segm=w_segm, cam_method=cam_method)
    fit_progress = None
    if progress is not None:
        fit_progress = lambda v: progress(simulation_share + v * (100.0 - simulation_share) / 100.0)  # noqa: E731
    fit = fit_model(config, PatchSet.concatenate(sets), validation, output, training_info=info,
                    progress=fit_progress, is_canceled=is_canceled)
    if report is not None:
        from .model_report import write_training_report
        write_training_report(report, fit, validation.patches if validation else None)
    return fit
