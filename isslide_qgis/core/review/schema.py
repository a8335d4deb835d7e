"""What a corrections GeoPackage holds.

* ``corrections``: one polygon per area under review, with ``store.CORRECTION_FIELDS``. Areas
  copied from a detection are written ``unreviewed`` with origin ``detected``; a row added
  without values (an area the analyst draws in QGIS) takes the field defaults: accepted,
  origin ``added``.
* ``moving_areas``: the detection as it was written, untouched (for comparison).
* ``review_session``: key/value rows (:class:`ReviewSession`) so that opening the file again
  restores the session: the input rasters, the model, the threshold and the result rasters.

This module imports no GDAL or raster library (the dock reads it when the plugin loads).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path

#: name of the corrections layer (its fields: :data:`.store.CORRECTION_FIELDS`)
CORRECTIONS_LAYER = "corrections"
#: name of the attribute-only table of the session
SESSION_TABLE = "review_session"


@dataclass
class ReviewSession:
    """The session stored with the corrections (paths are absolute, or relative to the
    GeoPackage's folder for the result rasters written beside it)."""

    interferogram: str
    probability: str
    model: str
    checkpoint: str = ""
    coherence: str = ""
    optical: str = ""
    cam: str = ""
    cam_method: str = ""
    threshold: float | None = None
    interferogram_name: str = ""
    created: str = ""

    def to_items(self) -> list[tuple[str, str]]:
        """(key, value) rows of the session table (empty values are kept)."""
        return [(key, "" if value is None else str(value)) for key, value in asdict(self).items()]

    @classmethod
    def from_items(cls, items: dict[str, str]) -> "ReviewSession":
        """Rebuild a session from its rows; unknown keys are ignored, missing ones empty."""
        known = {f.name for f in fields(cls)}
        values: dict[str, object] = {k: v for k, v in items.items() if k in known}
        threshold = values.get("threshold")
        values["threshold"] = float(threshold) if threshold not in (None, "") else None
        for name in ("interferogram", "probability", "model"):
            values.setdefault(name, "")
        return cls(**values)  # type: ignore[arg-type]

    def resolve(self, name: str, folder: str | Path) -> Path | None:
        """The file of attribute ``name`` (relative paths from ``folder``); None when empty."""
        value = getattr(self, name)
        if not value:
            return None
        path = Path(value)
        return path if path.is_absolute() else Path(folder) / path
