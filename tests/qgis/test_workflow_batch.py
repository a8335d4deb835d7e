"""Batch mode of the Processing GUI works for every algorithm of the provider: each runs in a
background thread (no FlagNoThreading), supports batch, and instances share no state."""
from __future__ import annotations

import inspect
from pathlib import Path

import numpy as np
import rasterio
from qgis.core import QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingFeedback


def _algorithms(provider) -> list[QgsProcessingAlgorithm]:
    algorithms = provider.algorithms()
    assert len(algorithms) >= 12  # the registered algorithms and the shipped graphical model
    return algorithms


def test_every_algorithm_threads_and_supports_batch(isslide_provider) -> None:
    from qgis.core import QgsProcessingModelAlgorithm

    for algorithm in _algorithms(isslide_provider):
        flags = algorithm.flags()
        assert flags & QgsProcessingAlgorithm.FlagSupportsBatch, algorithm.id()
        if isinstance(algorithm, QgsProcessingModelAlgorithm):
            continue  # QGIS 3.22 runs every graphical model on the main thread (its own flag)
        assert not flags & QgsProcessingAlgorithm.FlagNoThreading, algorithm.id()


def test_create_gives_independent_instances(isslide_provider) -> None:
    for algorithm in _algorithms(isslide_provider):
        first, second = algorithm.create(), algorithm.create()
        assert first is not second and type(first) is type(algorithm), algorithm.id()
        names = [p.name() for p in first.parameterDefinitions()]
        assert names == [p.name() for p in second.parameterDefinitions()]
        if not names:  # checkinstallation takes no parameter
            continue
        for name in names:  # each instance owns its parameter definitions
            assert first.parameterDefinition(name) is not second.parameterDefinition(name)
        first.parameterDefinition(names[0]).setDescription("changed in one instance only")
        assert second.parameterDefinition(names[0]).description() != "changed in one instance only"


def test_algorithm_classes_hold_no_mutable_state(isslide_provider) -> None:
    """Class attributes are shared by every instance: only constants may live there."""
    for algorithm in _algorithms(isslide_provider):
        for cls in inspect.getmro(type(algorithm)):
            if not cls.__module__.startswith("isslide_qgis"):
                continue
            shared = {name: type(value).__name__ for name, value in vars(cls).items()
                      if isinstance(value, (list, set, bytearray))}
            assert shared == {}, f"{cls.__name__} shares {shared} between instances"


def test_two_instances_prepared_then_run_keep_their_own_parameters(isslide_provider,
                                                                    tmp_path: Path) -> None:
    """As batch mode does: several instances prepared with their own rows, then run."""
    registry_alg = isslide_provider.algorithm("simulatescene")
    runs = []
    for seed in (1, 2):
        instance = registry_alg.create()
        parameters = {"SEED": seed, "SIZE": 64, "CRS": "EPSG:32632", "OUTPUT_TRUTH": None,
                      "OUTPUT_AREAS": None, "OUTPUT_OPTICAL": None,
                      "OUTPUT_PHASE": str(tmp_path / f"phase{seed}.tif"),
                      "OUTPUT_COHERENCE": str(tmp_path / f"coherence{seed}.tif")}
        context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
        assert instance.prepare(parameters, context, feedback)
        runs.append((instance, parameters, context, feedback))
    results = [instance.runPrepared(parameters, context, feedback)
               for instance, parameters, context, feedback in runs]
    phases = []
    for seed, result in zip((1, 2), results):
        assert result["OUTPUT_PHASE"] == str(tmp_path / f"phase{seed}.tif")
        with rasterio.open(result["OUTPUT_PHASE"]) as src:
            phases.append(src.read(1))
    assert not np.allclose(np.nan_to_num(phases[0]), np.nan_to_num(phases[1]))
    again = registry_alg.create()
    parameters = dict(runs[0][1], OUTPUT_PHASE=str(tmp_path / "again.tif"),
                      OUTPUT_COHERENCE=str(tmp_path / "again_coh.tif"))
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    assert again.prepare(parameters, context, feedback)
    again.runPrepared(parameters, context, feedback)
    with rasterio.open(tmp_path / "again.tif") as src:  # the same seed: the same output
        np.testing.assert_array_equal(np.nan_to_num(src.read(1)), np.nan_to_num(phases[0]))
