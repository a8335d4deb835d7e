"""The training loop: the loss decreases, the checkpoint is loadable and complete, the run is
reproducible, cancel leaves no file, resume continues exactly."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from isslide_qgis.core.errors import ModelError, OperationCanceled
from isslide_qgis.core.models import load_checkpoint
from isslide_qgis.core.training.augmentation import Augmentation
from isslide_qgis.core.training.config import TrainConfig
from isslide_qgis.core.training.datasets import PatchDataset
from isslide_qgis.core.training.fit import ValidationData, fit_model
from isslide_qgis.core.training.state import load_training_state
from isslide_qgis.core.training.patchset import kind_code
from isslide_qgis.core.training.trainer import epoch_pool, learning_rate, train

from .conftest import synthetic_patches

MODEL = "sepunet_w8"


def _config(**changes) -> TrainConfig:
    return TrainConfig(MODEL, **{"epochs": 6, "batch_size": 4, "learning_rate": 1e-2, "seed": 3,
                                 **changes})


def _data(patches=None) -> PatchDataset:
    return PatchDataset(synthetic_patches() if patches is None else patches, "coh_cos_sin", Augmentation())


def _weights(model) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def test_loss_decreases_and_checkpoint_holds_thresholds_and_training_info(tmp_path, tiny_patches):
    progress: list[float] = []
    fit = fit_model(_config(epochs=8), synthetic_patches(), ValidationData(patches=tiny_patches),
                    tmp_path / "m.pt", training_info={"data": "synthetic"}, progress=progress.append)
    losses = [h["loss"] for h in fit.training.history]
    assert len(losses) == 8 and losses[-1] < 0.7 * losses[0]
    assert progress[-1] == 100.0 and all(b >= a for a, b in zip(progress, progress[1:]))
    model, card = load_checkpoint(tmp_path / "m.pt")
    assert 0.0 <= card.thresholds["pixel"] <= 1.0
    assert card.weights_dtype == "float16" and card.architecture == MODEL
    assert card.training["epochs"] == 8 and card.training["seed"] == 3
    assert card.training["data"] == "synthetic" and card.training["config"]["batch_size"] == 4
    assert card.training["patches"]["count"] == 8 and "patch_pixel_f1" in card.metrics
    recorded = card.training["history"]  # per-epoch losses, as `make weights` must record them
    assert [h["epoch"] for h in recorded] == list(range(1, 9))
    assert [h["loss"] for h in recorded] == [round(v, 5) for v in losses]
    for name, value in _weights(fit.training.model).items():  # float16 storage, float32 back
        assert torch.allclose(model.state_dict()[name].float(), value.float(), rtol=2e-3, atol=1e-4)


def test_same_seed_gives_identical_weights_other_seed_does_not():
    first = _weights(train(_data(), _config(epochs=2)).model)
    again = _weights(train(_data(), _config(epochs=2)).model)
    other = _weights(train(_data(), _config(epochs=2, seed=4)).model)
    assert all(torch.equal(first[k], again[k]) for k in first)
    assert any(not torch.equal(first[k], other[k]) for k in first if first[k].is_floating_point())


def test_cancel_raises_and_leaves_no_checkpoint(tmp_path):
    calls = {"n": 0}

    def cancel_on_fifth_step() -> bool:
        calls["n"] += 1
        return calls["n"] >= 5

    state, output = tmp_path / "run.state.pt", tmp_path / "model.pt"
    with pytest.raises(OperationCanceled):  # steps 1-4 done: epoch 2 (2 steps each) was saved
        fit_model(_config(checkpoint_every=1), synthetic_patches(), None, output,
                  is_canceled=cancel_on_fifth_step, state_path=state)
    assert calls["n"] == 5
    assert not output.exists() and not state.exists() and list(tmp_path.iterdir()) == []


def test_resume_from_mid_checkpoint_gives_the_uninterrupted_weights(tmp_path):
    state = tmp_path / "run.state.pt"
    full = train(_data(), _config(epochs=4, checkpoint_every=2), state_path=state)
    saved = load_training_state(state)
    assert saved.epoch == 2 and len(saved.history) == 2
    assert torch.load(state, weights_only=True)["format"] == "isslide-training-state"
    resumed = train(_data(), _config(epochs=4), resume_from=state)
    assert resumed.start_epoch == 2 and [h["epoch"] for h in resumed.history] == [1, 2, 3, 4]
    expected, got = _weights(full.model), _weights(resumed.model)
    assert all(torch.equal(expected[k], got[k]) for k in expected)
    assert [h["loss"] for h in resumed.history] == [h["loss"] for h in full.history]


def test_resume_refuses_other_settings(tmp_path):
    state = tmp_path / "run.state.pt"
    train(_data(), _config(epochs=2, checkpoint_every=1), state_path=state)
    with pytest.raises(ModelError, match="learning_rate"):
        train(_data(), _config(epochs=2, learning_rate=0.5), resume_from=state)


def test_cosine_schedule_decays_to_the_floor():
    config = _config(learning_rate=1e-3, min_lr_fraction=0.1)
    rates = [learning_rate(config, step, 11) for step in range(11)]
    assert rates[0] == pytest.approx(1e-3) and rates[-1] == pytest.approx(1e-4)
    assert rates[5] == pytest.approx(5.5e-4) and all(b < a for a, b in zip(rates, rates[1:]))
    assert learning_rate(_config(lr_schedule="constant"), 7, 11) == pytest.approx(1e-2)


def test_oversampled_kinds_are_drawn_that_many_more_times_per_epoch():
    kinds = np.array([kind_code(k) for k in ("body", "faint_body", "background", "faint_body")])
    pool = epoch_pool(kinds, {"faint_body": 2, "decoy": 3})
    assert np.bincount(pool).tolist() == [1, 3, 1, 3]
    np.testing.assert_array_equal(epoch_pool(kinds, {}), np.arange(4))
    np.testing.assert_array_equal(epoch_pool(kinds, {"faint_body": 0}), np.arange(4))


def test_oversampling_changes_training_and_nothing_else_does_without_it():
    plain = _weights(train(_data(), _config(epochs=1)).model)
    unused = _weights(train(_data(), _config(epochs=1, oversample={"faint_body": 2})).model)
    body = _weights(train(_data(), _config(epochs=1, oversample={"body": 2})).model)
    assert all(torch.equal(plain[k], unused[k]) for k in plain)  # no faint patch in the data
    assert any(not torch.equal(plain[k], body[k]) for k in plain if plain[k].is_floating_point())


def test_invalid_settings_are_refused_with_the_values():
    with pytest.raises(ModelError, match="epochs=0"):
        TrainConfig(MODEL, epochs=0)
    with pytest.raises(ModelError, match="oversample"):
        TrainConfig(MODEL, oversample={"faint": 2})
    with pytest.raises(ModelError, match="oversample"):
        TrainConfig(MODEL, oversample={"body": -1})
    assert TrainConfig.from_dict(_config().to_dict()) == _config()


def test_ecsplain_trains_and_its_card_has_both_thresholds(tmp_path, tiny_patches):
    fit = fit_model(TrainConfig("ecsplain_resnet18_w16", epochs=1, batch_size=4, seed=0),
                    tiny_patches, ValidationData(patches=tiny_patches), tmp_path / "e.pt")
    _, card = load_checkpoint(tmp_path / "e.pt")
    assert set(card.thresholds) == {"detection", "localisation"}
    assert card.training["cam_method"] == "gradcam"
    assert {"detection_accuracy", "localisation_dice"} <= set(card.metrics)
    assert np.isfinite(fit.training.history[0]["localisation"])
