"""Checkpoints: round trip, float16 storage, refusal of unsafe or foreign files."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import torch

from isslide_qgis.core.errors import ModelError
from isslide_qgis.core.models import get_model, load_checkpoint, make_card, save_checkpoint
from isslide_qgis.core.models.checkpoint import CHECKPOINT_FORMAT, read_checkpoint


def trained_like(name: str, seed: int = 0) -> torch.nn.Module:
    """A registry model with perturbed weights and BN statistics (not the init values)."""
    torch.manual_seed(seed)
    model = get_model(name)
    with torch.no_grad():
        for key, tensor in model.state_dict().items():
            if tensor.is_floating_point():
                tensor.add_(0.05 * torch.randn_like(tensor))
            if key.endswith("running_var"):
                tensor.abs_()
    return model.eval()


@pytest.mark.parametrize("name", ["unet_w8", "deeplabv3_resnet18_w16", "ecsplain_resnet18_w16"])
def test_round_trip_gives_identical_outputs(tmp_path: Path, name: str) -> None:
    model = trained_like(name)
    card = make_card(name, thresholds={"pixel": 0.4} if model.in_channels == 3 else
                     {"detection": 0.6, "localisation": 0.3}, metrics={"f1": 0.71})
    path = save_checkpoint(tmp_path / f"{name}.pt", model, card)
    loaded, loaded_card = load_checkpoint(path)
    assert loaded_card == card
    assert not loaded.training
    x = torch.randn(2, model.in_channels, 40, 56)
    with torch.no_grad():
        assert torch.equal(loaded(x), model(x))


def test_float16_storage_halves_the_file_and_loads_as_float32(tmp_path: Path) -> None:
    model = trained_like("fcn_resnet18_w16")
    card = make_card("fcn_resnet18_w16")
    full = save_checkpoint(tmp_path / "full.pt", model, card)
    half = save_checkpoint(tmp_path / "half.pt", model, card, half=True)
    assert half.stat().st_size < 0.55 * full.stat().st_size
    loaded, loaded_card = load_checkpoint(half)
    assert loaded_card.weights_dtype == "float16" and card.weights_dtype == "float32"
    assert all(p.dtype == torch.float32 for p in loaded.parameters())
    x = torch.randn(1, 3, 48, 48)
    with torch.no_grad():
        reference, approx = model(x), loaded(x)
    assert not torch.equal(reference, approx)  # float16 really rounded the weights...
    tolerance = 0.05 * reference.abs().max().item()
    torch.testing.assert_close(approx, reference, atol=tolerance, rtol=0.01)


def test_pickled_code_is_refused_and_never_runs(tmp_path: Path, code_carrier) -> None:
    marker = tmp_path / "code_ran"
    card = make_card("unet_w8").to_json()
    evil_torch = tmp_path / "evil_torch.pt"
    torch.save({"format": CHECKPOINT_FORMAT, "format_version": 1, "card": card,
                "state_dict": {}, "payload": code_carrier(marker)}, evil_torch)
    evil_pickle = tmp_path / "evil_pickle.pt"
    evil_pickle.write_bytes(pickle.dumps(code_carrier(marker), protocol=2))
    for path in (evil_torch, evil_pickle):
        with pytest.raises(ModelError, match="not a safe isslide checkpoint") as info:
            load_checkpoint(path)
        assert path.name in str(info.value) and "io.open" in str(info.value)
        assert not marker.exists()
    with open(evil_pickle, "rb") as handle:  # control: plain unpickling does run the code
        pickle.load(handle)
    assert marker.exists()


def test_missing_and_foreign_files_get_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist"):
        load_checkpoint(tmp_path / "absent.pt")
    text = tmp_path / "notes.pt"
    text.write_text("not a model")
    with pytest.raises(ModelError, match="notes.pt' is not a valid isslide checkpoint"):
        load_checkpoint(text)
    bare = tmp_path / "bare.pt"
    torch.save(get_model("unet_w8").state_dict(), bare)
    with pytest.raises(ModelError, match="bare weights without a model card"):
        load_checkpoint(bare)


def _rewrite(path: Path, **changes: object) -> None:
    payload = torch.load(path, weights_only=True)
    payload.update(changes)
    torch.save(payload, path)


def test_unknown_architecture_and_mismatching_weights(tmp_path: Path) -> None:
    path = save_checkpoint(tmp_path / "m.pt", get_model("unet_w8"), make_card("unet_w8"))
    card = make_card("unet_w8")
    card.architecture = "unet_w99"
    _rewrite(path, card=card.to_json())
    with pytest.raises(ModelError, match=r"unknown architecture.*unet_w99.*Valid models:.*unet_w8"):
        load_checkpoint(path)
    _rewrite(path, card=make_card("resunet_w8").to_json())
    with pytest.raises(ModelError, match=r"missing keys: decoder.0.body.0.weight") as info:
        load_checkpoint(path)
    assert "architecture 'resunet_w8'" in str(info.value)
    wider = tmp_path / "wider.pt"
    save_checkpoint(wider, get_model("unet_w8", widths=[8, 16, 40]),
                    make_card("unet_w8", arguments={"widths": [8, 16, 40]}))
    _rewrite(wider, card=make_card("unet_w8").to_json())
    with pytest.raises(ModelError,
                       match=r"wrong shapes: .*\(40, 16, 3, 3\) instead of \(32, 16, 3, 3\)"):
        load_checkpoint(wider)


def test_save_refuses_a_card_that_does_not_describe_the_model(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="unexpected keys"):
        save_checkpoint(tmp_path / "x.pt", get_model("resunet_w8"), make_card("unet_w8"))
    assert not list(tmp_path.iterdir())  # nothing written


def test_read_checkpoint_gives_the_card_without_building(tmp_path: Path) -> None:
    path = save_checkpoint(tmp_path / "e.pt", get_model("ecsplain_resnet18_w16"),
                           make_card("ecsplain_resnet18_w16", training={"epochs": 50}))
    card, state = read_checkpoint(path)
    assert card.training == {"epochs": 50} and card.input_convention == "cohcos_cohsin"
    assert state["conv1.weight"].shape == (16, 2, 7, 7)
