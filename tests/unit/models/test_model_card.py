"""Model cards: JSON round trip, validation messages, input checks."""
from __future__ import annotations

import json

import pytest

from isslide_qgis.core.errors import ModelError
from isslide_qgis.core.models.card import ModelCard, check_input
from isslide_qgis.core.models.registry import make_card


def segmenter_card() -> ModelCard:
    return make_card("unet_w12", thresholds={"pixel": 0.37},
                     normalisation={"kind": "mean_std", "mean": [0.5, 0.0, 0.0],
                                    "std": [0.25, 0.7, 0.7]},
                     training={"data": "ISSLIDE simulated", "seeds": [0, 1], "epochs": 3,
                               "lr": 1e-5},
                     metrics={"f1": 0.64, "iou": 0.48}, created="2025-03-01")


def test_json_round_trip_keeps_every_field() -> None:
    card = segmenter_card()
    text = card.to_json()
    again = ModelCard.from_json(text)
    assert again == card
    data = json.loads(text)
    assert data["arguments"] == {"widths": [12, 24, 48], "in_channels": 3}
    assert data["band_names"] == ["coherence", "cos_phase", "sin_phase"]
    assert again.mean_std() == ([0.5, 0.0, 0.0], [0.25, 0.7, 0.7])


def test_registry_fills_classification_cards() -> None:
    card = make_card("ecsplain_resnet50")
    assert card.task == "classification" and card.in_channels == 2
    assert card.thresholds == {"detection": 0.5, "localisation": 0.5}
    assert card.input_convention == "cohcos_cohsin" and card.mean_std() is None


def _json_with(**changes: object) -> str:
    data = json.loads(segmenter_card().to_json())
    for key, value in changes.items():
        if value is None:
            del data[key]
        else:
            data[key] = value
    return json.dumps(data)


@pytest.mark.parametrize(("changes", "message"), [
    ({"architecture": None, "task": None}, r"missing field\(s\): architecture, task"),
    ({"colour": "red"}, r"unknown field\(s\): colour"),
    ({"task": "detection"}, "task 'detection' is not one of segmentation, classification"),
    ({"thresholds": {"detection": 0.5}}, "thresholds lacks 'pixel'"),
    ({"thresholds": {"pixel": 1.5}},
     r"threshold 'pixel' must be a probability in \[0, 1\], got 1.5"),
    ({"in_channels": 2}, "in_channels is 2 but convention 'coh_cos_sin' has 3 channels"),
    ({"input_convention": "rgb"}, "input_convention 'rgb' is not one of"),
    ({"normalisation": {"kind": "mean_std", "mean": [0, 0], "std": [1, 1, 1]}},
     "normalisation 'mean' must list 3 numbers"),
    ({"normalisation": {"kind": "mean_std", "mean": [0, 0, 0], "std": [1, 0, 1]}},
     "'std' must be positive"),
    ({"patch_size": "100"}, "'patch_size' must be int, got '100'"),
    ({"in_channels": True}, "'in_channels' must be int"),
    ({"created": "yesterday"}, "created 'yesterday' is not an ISO date"),
    ({"weights_dtype": "int8"}, "weights_dtype 'int8' is not one of float32, float16"),
    ({"format_version": 7}, "format version 7, newer than this plugin's"),
])
def test_invalid_cards_are_reported_with_the_field_at_fault(changes: dict, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        ModelCard.from_json(_json_with(**changes))


def test_non_json_card_is_reported() -> None:
    with pytest.raises(ModelError, match="not valid JSON"):
        ModelCard.from_json("{architecture: unet")
    with pytest.raises(ModelError, match="must be a JSON object"):
        ModelCard.from_json("[1, 2]")


def test_several_problems_are_listed_together() -> None:
    card = segmenter_card()
    card.band_names = ["coherence"]
    card.patch_size = 0
    with pytest.raises(ModelError) as info:
        card.validate()
    assert "band_names has 1 names for 3 channels" in str(info.value)
    assert "patch_size must be positive" in str(info.value)


def test_check_input_explains_convention_and_channel_mismatches() -> None:
    card = make_card("ecsplain_resnet18")
    check_input(card, 2, "cohcos_cohsin")  # fits: no error
    with pytest.raises(ModelError, match=r"expects input channels \[coh_cos_phase, coh_sin_phase\]"
                       r".*prepared as \[coherence, cos_phase, sin_phase\]"):
        check_input(card, 3, "coh_cos_sin")
    with pytest.raises(ModelError, match="expects 2 input channels .* but the input has 4"):
        check_input(card, 4, "cohcos_cohsin")
