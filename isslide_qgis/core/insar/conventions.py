"""The input conventions of the networks: which channels, in which order (no heavy import).

Kept apart from :mod:`.channels` (which computes and writes them) so that the Processing
enums and the dock can list conventions without importing numpy or rasterio.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..messages import QT_TRANSLATE_NOOP

from isslide_qgis.core.messages import translate


@dataclass(frozen=True)
class ChannelConvention:
    """An ordered set of input channels.

    Attributes:
        name: Registry key.
        band_names: Channel names in order (keys of :data:`.channels.CHANNEL_FORMULAS`).
        needs_coherence: True when a coherence raster is required.
        description: One sentence for the analyst (English; show it through
            :meth:`translated_description`).
    """

    name: str
    band_names: tuple[str, ...]
    needs_coherence: bool
    description: str

    def translated_description(self) -> str:
        """:attr:`description` in the analyst's language."""
        return translate("IsslideCore", self.description)


CONVENTIONS: dict[str, ChannelConvention] = {
    "coh_cos_sin": ChannelConvention(
        "coh_cos_sin", ("coherence", "cos_phase", "sin_phase"), True,
        QT_TRANSLATE_NOOP(
            "IsslideCore",
            "3 channels [coherence, cos(phase), sin(phase)] of the 2023 ISSLIDE segmenters"
        ),
    ),
    "cohcos_cohsin": ChannelConvention(
        "cohcos_cohsin", ("coh_cos_phase", "coh_sin_phase"), True,
        QT_TRANSLATE_NOOP("IsslideCore", "2 channels [coh*cos(phase), coh*sin(phase)] of ECSPLAIN (2025)"),
    ),
}


def get_convention(name: str | ChannelConvention) -> ChannelConvention:
    """The convention registered under ``name`` (a convention is returned as is).

    Raises:
        ValueError: Unknown name; the message lists the valid ones.
    """
    if isinstance(name, ChannelConvention):
        return name
    try:
        return CONVENTIONS[name]
    except KeyError:
        raise ValueError(
            translate(
                "IsslideCore", "Unknown channel convention {name}; valid conventions: {valid}."
            ).format(name=repr(name), valid=", ".join(CONVENTIONS))
        ) from None
