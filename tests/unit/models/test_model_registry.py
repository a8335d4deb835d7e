"""The registry: names, filters, errors, compact sizes, and no torch import for the GUI."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from isslide_qgis.core.models import MODELS, get_model, get_spec, list_models
from isslide_qgis.core.models.card import INPUT_CONVENTIONS

REPO = Path(__file__).resolve().parents[3]
FAMILIES = {"fcn", "deeplabv3", "unet", "resunet", "sepunet", "ecsplain"}


def test_every_family_has_compact_and_full_size_networks() -> None:
    for family in FAMILIES:
        specs = [s for s in MODELS.values() if s.family == family]
        assert {s.compact for s in specs} == {True, False}, family
    for name in ("fcn_resnet50", "fcn_resnet18", "deeplabv3_resnet50", "deeplabv3_resnet18",
                 "unet_w12", "resunet_w12", "sepunet_w12", "ecsplain_resnet18",
                 "ecsplain_resnet50"):
        assert not get_spec(name).compact
    assert get_spec("unet_w12").default_kwargs["widths"] == [12, 24, 48]


def test_specs_are_consistent_with_their_input_convention() -> None:
    for name, spec in MODELS.items():
        assert spec.name == name
        assert spec.in_channels == len(INPUT_CONVENTIONS[spec.input_convention])
        assert (spec.task == "classification") == (spec.family == "ecsplain")
        assert spec.patch_size == 100 and spec.description


def test_alignment_is_the_total_downsampling_of_u_nets_and_1_elsewhere() -> None:
    """U-Nets halve the resolution between levels; the ResNets are not aligned (measured)."""
    for spec in MODELS.values():
        widths = spec.default_kwargs.get("widths")
        assert spec.alignment == (2 ** (len(widths) - 1) if widths else 1), spec.name
    assert get_spec("unet_w8").alignment == 4 and get_spec("fcn_resnet18_w16").alignment == 1


def test_alignment_shifts_a_segmenter_output_by_as_much() -> None:
    """Shifting the input by ``alignment`` px shifts the output map exactly (away from borders)."""
    import torch

    torch.manual_seed(0)
    x = torch.randn(1, 3, 104, 104)  # 96 px crops, compared 32 px (the receptive field) inside
    for name in ("unet_w8", "sepunet_w8"):
        step = get_spec(name).alignment
        model = get_model(name).eval()
        with torch.no_grad():
            first, second = model(x[..., :96, :96]), model(x[..., step:step + 96, step:step + 96])
            shifted = model(x[..., 1:97, 1:97])  # one pixel: another lattice
        scale = first.abs().max()
        aligned = (first[..., step + 32:64, step + 32:64] - second[..., 32:64 - step, 32:64 - step])
        one_pixel = first[..., 33:64, 33:64] - shifted[..., 32:63, 32:63]
        assert aligned.abs().max() < 1e-5 * scale, name
        assert one_pixel.abs().max() > 100 * aligned.abs().max(), name


def test_list_models_filters() -> None:
    compact = list_models(compact=True)
    assert sorted(compact) == sorted(["fcn_resnet18_w16", "deeplabv3_resnet18_w16", "unet_w8",
                                      "resunet_w8", "sepunet_w8", "ecsplain_resnet18_w16"])
    assert list_models(task="classification") == ["ecsplain_resnet18", "ecsplain_resnet50",
                                                  "ecsplain_resnet18_w16"]
    assert list_models(task="classification", compact=True) == ["ecsplain_resnet18_w16"]
    assert len(list_models()) == len(MODELS) == 15
    with pytest.raises(ValueError, match="Valid tasks: segmentation, classification"):
        list_models(task="regression")


def test_unknown_name_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match=r"Unknown model 'unet'. Valid models: fcn_resnet50,"):
        get_model("unet")


def test_kwargs_override_the_defaults() -> None:
    model = get_model("unet_w8", in_channels=5, widths=[4, 8])
    assert model.in_channels == 5 and model.widths == (4, 8)


def test_compact_variants_are_small() -> None:
    """All six compact models together well under 15 MB of float32 weights."""
    sizes = {name: 4 * sum(p.numel() for p in get_model(name).parameters())
             for name in list_models(compact=True)}
    assert sum(sizes.values()) < 10e6, sizes
    assert max(sizes.values()) < 3.5e6, sizes
    full = 4 * sum(p.numel() for p in get_model("fcn_resnet18").parameters())
    assert sizes["fcn_resnet18_w16"] < full / 10


def test_registry_and_cards_do_not_import_torch() -> None:
    code = ("import sys; import isslide_qgis.core.models as m; "
            "from isslide_qgis.core.models import ModelCard, make_card, list_models; "
            "assert len(list_models()) == 15; make_card('unet_w8').to_json(); "
            "assert 'torch' not in sys.modules, 'torch was imported'")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
