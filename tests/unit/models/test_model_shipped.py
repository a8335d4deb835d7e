"""Shipped models are found by name; a checkpoint file wins; bad choices are explained."""
from __future__ import annotations

from pathlib import Path

import pytest

from isslide_qgis.core.errors import ModelError
from isslide_qgis.core.models.shipped import resolve_checkpoint, shipped_models


def test_listing_and_resolution(tmp_path: Path) -> None:
    (tmp_path / "unet_w8.pt").write_bytes(b"x")
    (tmp_path / "ecsplain_resnet18_w16.pt").write_bytes(b"x")
    (tmp_path / "README.md").write_text("not a model")
    assert list(shipped_models(tmp_path)) == ["ecsplain_resnet18_w16", "unet_w8"]
    assert resolve_checkpoint(tmp_path, "unet_w8", None) == tmp_path / "unet_w8.pt"
    own = tmp_path / "mine.pt"
    own.write_bytes(b"x")
    assert resolve_checkpoint(tmp_path, "unet_w8", str(own)) == own
    assert shipped_models(tmp_path / "missing") == {}


@pytest.mark.parametrize("model, checkpoint, expected", [
    ("nope", None, "not shipped"), (None, None, "No model chosen"),
    (None, "/no/such/file.pt", "does not exist")])
def test_bad_choices_are_explained(tmp_path: Path, model, checkpoint, expected) -> None:
    (tmp_path / "unet_w8.pt").write_bytes(b"x")
    with pytest.raises(ModelError, match=expected):
        resolve_checkpoint(tmp_path, model, checkpoint)
