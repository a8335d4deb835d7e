"""scripts/train_default_weights.py --quick writes a loadable checkpoint and the README."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from isslide_qgis.core.models import load_checkpoint

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "train_default_weights.py"


def test_quick_run_trains_ecsplain_after_the_fcn_it_starts_from(tmp_path, capsys, monkeypatch):
    spec = importlib.util.spec_from_file_location("train_default_weights", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    assert set(module.PLANS) == {"fcn_resnet18_w16", "deeplabv3_resnet18_w16", "unet_w8",
                                 "resunet_w8", "sepunet_w8", "ecsplain_resnet18_w16"}
    assert module.lanes_for(["sepunet_w8"], tmp_path) == [("sepunet_w8",)]
    only = ["--only", "ecsplain_resnet18_w16"]
    assert module.main(["--quick", *only, "--output", str(tmp_path), "--jobs", "1"]) == 0
    _, fcn = load_checkpoint(tmp_path / "fcn_resnet18_w16.pt")  # trained first: ECSPLAIN needs it
    _, card = load_checkpoint(tmp_path / "ecsplain_resnet18_w16.pt")
    assert card.training["seed_ranges"]["held_out_never_used"] == "900000+"
    assert card.training["training_scenes"]["first_seed"] == 0 and "pixel" in fcn.thresholds
    assert card.training["config"]["init_checkpoint"] == "fcn_resnet18_w16.pt"
    assert set(card.thresholds) == {"detection", "localisation", "pixel"}  # pixel: threshold of the detection map
    readme = (tmp_path / "README.md").read_text()
    assert "ecsplain_resnet18_w16" in readme and "fcn_resnet18_w16" in readme
    assert "total:" in capsys.readouterr().out
