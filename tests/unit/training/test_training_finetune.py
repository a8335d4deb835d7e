"""Fine-tuning: exactly the documented early layers stay frozen (weights and batch-norm
statistics unchanged), the rest trains; ECSPLAIN keeps 4 of its 5 CAM layers."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import rasterio
import torch
from rasterio.transform import from_origin

from isslide_qgis.core.models import load_checkpoint
from isslide_qgis.core.training.config import TrainConfig
from isslide_qgis.core.training.datasets import isslide_patches
from isslide_qgis.core.training.finetune import finetune, split_by_interferogram
from isslide_qgis.core.training.fit import fit_model
from isslide_qgis.core.training.freezing import frozen_prefixes, is_frozen
from isslide_qgis.core.insar.dataset import read_isslide_dataset

from .conftest import synthetic_patches

IFGS = ("20200701_20200707", "20200707_20200713", "20200713_20200719")


def _write(path: Path, array: np.ndarray, dtype: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with rasterio.open(path, "w", driver="GTiff", width=array.shape[1], height=array.shape[0],
                       count=1, dtype=dtype, crs="EPSG:32632",
                       transform=from_origin(320000, 4965000, 14.64, 14.64)) as dst:
        dst.write(array.astype(dtype), 1)


def write_isslide_folder(root: Path, size: int = 32) -> Path:
    """Three interferograms of one zone, 2 annotated and 1 negative patch each."""
    patches = synthetic_patches(n=9, size=size, seed=5)
    phase, coherence, mask = patches.arrays(np.arange(9))
    for i, ifg in enumerate(IFGS):
        for k in range(2):
            j = 3 * i + k
            m = mask[j] if mask[j].any() else synthetic_patches(n=1, size=size, seed=j).mask[0]
            base = root / "6" / "Queyras" / ifg
            _write(base / "phase" / f"Queyras_{k:03d}.tif", phase[j], "float32")
            _write(base / "coherence" / f"Queyras_{k:03d}.tif", coherence[j], "float32")
            _write(root / "6" / "Queyras" / "Segmentations" / ifg / f"Queyras_{k:03d}.tif", m, "uint8")
        neg = root / "negatives" / "6" / ifg
        _write(neg / "phase" / "Queyras_neg_000.tif", phase[3 * i + 2] * 0 + 0.3, "float32")
        _write(neg / "coherence" / "Queyras_neg_000.tif", coherence[3 * i + 2], "float32")
    return root


@pytest.fixture(scope="module")
def isslide_root(tmp_path_factory) -> Path:
    return write_isslide_folder(tmp_path_factory.mktemp("isslide"))


def _base_checkpoint(tmp_path: Path, name: str) -> Path:
    fit_model(TrainConfig(name, epochs=1, batch_size=4, seed=1), synthetic_patches(size=32), None,
              tmp_path / "base.pt", default_thresholds={"pixel": 0.4, "detection": 0.5, "localisation": 0.3})
    return tmp_path / "base.pt"


def _changed(before: dict, after: dict) -> dict[str, bool]:
    return {k: not torch.equal(before[k].float(), after[k].float()) for k in before}


@pytest.mark.parametrize("name, expected", [
    ("unet_w8", ("encoder.0",)),
    ("ecsplain_resnet18_w16", ("conv1", "bn1", "maxpool", "layer1")),
])
def test_finetune_freezes_exactly_the_documented_layers(tmp_path, isslide_root, name, expected):
    assert frozen_prefixes(name) == expected
    base = _base_checkpoint(tmp_path, name)
    result = finetune(base, isslide_root, tmp_path / "tuned.pt", epochs=2, learning_rate=1e-2,
                      batch_size=2, validation_fraction=0.0)
    before = load_checkpoint(base)[0].state_dict()
    after = load_checkpoint(tmp_path / "tuned.pt")[0].state_dict()
    changed = _changed(before, after)
    frozen = {k for k in before if is_frozen(k, expected)}
    assert frozen and not any(changed[k] for k in frozen)  # weights and BN statistics kept
    trainable = [k for k in before if k not in frozen and before[k].is_floating_point()]
    assert sum(changed[k] for k in trainable) >= 0.9 * len(trainable)
    assert set(result.frozen) == {k for k, _ in load_checkpoint(base)[0].named_parameters()
                                  if is_frozen(k, expected)}
    assert result.train_patches == 9 and result.card.training["fine_tuned_from"] == str(base)
    if name.startswith("ecsplain"):
        assert result.cam_layers == ("layer2.0.conv1", "layer3.0.conv1", "layer4.0.conv1", "layer4.1.conv2")
    else:
        assert result.card.thresholds == {"pixel": 0.4}  # no validation patches: kept


def test_finetune_chooses_new_thresholds_on_held_out_interferograms(tmp_path, isslide_root):
    base = _base_checkpoint(tmp_path, "sepunet_w8")
    result = finetune(base, isslide_root, tmp_path / "tuned.pt", epochs=1, batch_size=2,
                      validation_fraction=0.34, seed=2)
    assert result.validation_patches == 3 and result.train_patches == 6
    assert "patch_pixel_f1" in result.card.metrics


def test_split_by_interferogram_keeps_dates_apart(isslide_root):
    records = read_isslide_dataset(isslide_root)
    train, held = split_by_interferogram(records, 0.34, seed=0)
    assert len(held) == 3 and {r.ifg for r in train}.isdisjoint({r.ifg for r in held})
    patches = isslide_patches(records)
    assert len(patches) == 9 and patches.labels.sum() == 6
