"""Creating and reading a corrections GeoPackage (see :mod:`.schema` for its content)."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputDataError
from ..insar.grid import RasterGrid
from ..kinematics.fields import KINEMATIC_FIELDS
from ..messages import translate
from ..vectorize.attributes import MOVING_AREAS_LAYER
from ..vectorize.geopackage import (
    FieldSpec,
    add_feature,
    check,
    create_geopackage,
    create_layer,
    field_definition,
    ogr_errors,
    open_geopackage,
)
from ..vectorize.styles import embed_shipped_style
from .schema import CORRECTIONS_LAYER, SESSION_TABLE, ReviewSession
from .vocabulary import ACCEPTED, ADDED, DETECTED, UNREVIEWED

#: name of the shipped QML style of the corrections layer
CORRECTIONS_STYLE = "corrections"
#: fields of the corrections layer; the defaults are those of an area drawn in QGIS
CORRECTION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("area_id", "integer"),
    FieldSpec("review_status", "string", default=f"'{ACCEPTED}'"),
    FieldSpec("comment", "string", default="''"),
    FieldSpec("reviewer", "string"),
    FieldSpec("reviewed_at", "datetime"),
    FieldSpec("source_model", "string"),
    FieldSpec("score", "real"),
    FieldSpec("mean_coherence", "real"),
    FieldSpec("interferogram", "string"),
    FieldSpec("origin", "string", default=f"'{ADDED}'"),
    *(spec for spec in KINEMATIC_FIELDS
      if spec.name in ("disp_los_cm", "vel_los_cm_yr", "vel_class", "kin_reliability")),
)
SESSION_FIELDS: tuple[FieldSpec, ...] = (FieldSpec("key", "string"), FieldSpec("value", "string"))


def correction_values(area: dict[str, object], source_model: str) -> dict[str, object]:
    """Corrections attributes of a detected moving area (``area``: its field values)."""
    return {
        "area_id": area.get("id"), "review_status": UNREVIEWED, "comment": "",
        "reviewer": None, "reviewed_at": None, "source_model": source_model,
        "score": area.get("max_prob"), "mean_coherence": area.get("mean_coherence"),
        "interferogram": area.get("interferogram"), "origin": DETECTED,
        "disp_los_cm": area.get("disp_los_cm"), "vel_los_cm_yr": area.get("vel_los_cm_yr"),
        "vel_class": area.get("vel_class"), "kin_reliability": area.get("kin_reliability"),
    }


def create_corrections(areas_path: str | Path, out_path: str | Path, session: ReviewSession,
                       grid: RasterGrid | None) -> list[str]:
    """Write the corrections GeoPackage ``out_path`` from the detection ``areas_path``.

    Every moving area becomes an unreviewed correction; the detection is copied as it is;
    the session table and the default styles are written. ``out_path`` must not exist (write
    it in a staging folder, see :class:`.staging.StagedOutputs`). Returns notes for the
    analyst (e.g. a style that could not be embedded).

    Raises:
        IsslideError: the files cannot be read or written.
    """
    from shapely import wkb

    out_path, areas_path = Path(out_path), Path(areas_path)
    source = open_geopackage(areas_path, update=False)
    target = create_geopackage(out_path)
    try:
        detected = named_layer(source, areas_path, MOVING_AREAS_LAYER)
        with ogr_errors(areas_path):
            target.CopyLayer(detected, MOVING_AREAS_LAYER)
        layer = create_layer(target, out_path, CORRECTIONS_LAYER, grid, "wkbMultiPolygon",
                             CORRECTION_FIELDS, translate(
                                 "IsslideCore", "Reviewed moving areas (isslide_qgis)"))
        check(layer.StartTransaction(), out_path)
        detected.ResetReading()
        for feature in detected:
            geometry = feature.GetGeometryRef()
            add_feature(layer, out_path, correction_values(feature.items(), session.model),
                        wkb.loads(bytes(geometry.ExportToWkb())) if geometry else None)
        check(layer.CommitTransaction(), out_path)
        table = create_layer(target, out_path, SESSION_TABLE, None, None, SESSION_FIELDS)
        for key, value in session.to_items():
            add_feature(table, out_path, {"key": key, "value": value})
    finally:
        detected = layer = table = source = target = None  # noqa: F841 (closes the files)
    notes: list[str] = []
    from ..vectorize.attributes import MOVING_AREA_FIELDS

    embed_shipped_style(out_path, CORRECTIONS_LAYER, CORRECTIONS_STYLE, notes, CORRECTION_FIELDS)
    embed_shipped_style(out_path, MOVING_AREAS_LAYER, MOVING_AREAS_LAYER, notes,
                        MOVING_AREA_FIELDS)
    return notes


def upgrade_corrections(path: str | Path) -> list[str]:
    """Add to an existing corrections GeoPackage the fields it lacks (written by an older
    version): the corrections layer gains :data:`CORRECTION_FIELDS`' new columns and the
    copied ``moving_areas`` layer the detection's (NULL: the older detection did not measure
    them). Nothing is removed or changed. Returns the fields added to the corrections layer.

    Raises:
        IsslideError: the file cannot be opened or written.
    """
    from ..vectorize.attributes import MOVING_AREA_FIELDS

    path = Path(path)
    ds = open_geopackage(path, update=True)
    try:
        corrections = named_layer(ds, path, CORRECTIONS_LAYER)
        added = _add_missing_fields(corrections, path, CORRECTION_FIELDS)
        detected = ds.GetLayerByName(MOVING_AREAS_LAYER)
        if detected is not None:
            _add_missing_fields(detected, path, MOVING_AREA_FIELDS)
    finally:
        corrections = detected = ds = None  # noqa: F841 (closes the file)
    return added


def _add_missing_fields(layer, path: Path, specs) -> list[str]:
    definition = layer.GetLayerDefn()
    present = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
    added = []
    for spec in specs:
        if spec.name in present:
            continue
        with ogr_errors(path):  # no SQL default: older rows read NULL, not a made-up value
            check(layer.CreateField(field_definition(FieldSpec(spec.name, spec.kind,
                                                               alias=spec.alias))), path)
        added.append(spec.name)
    return added


def named_layer(ds, path: Path, name: str):
    """Layer ``name`` of the open GeoPackage ``ds`` (file ``path``).

    Raises:
        InputDataError: there is no such layer (not a file of ISSLIDE's detection or review).
    """
    with ogr_errors(path):
        layer = ds.GetLayerByName(name)
    if layer is None:
        raise InputDataError(translate(
            "IsslideCore", "'{path}' has no layer '{layer}': choose a file written by ISSLIDE's "
            "detection or review dock.").format(path=path, layer=name))
    return layer


def has_corrections(path: str | Path) -> bool:
    """Whether ``path`` is a GeoPackage holding a corrections layer."""
    path = Path(path)
    if not path.is_file():
        return False
    try:
        ds = open_geopackage(path, update=False)
    except Exception:  # noqa: BLE001 - any unreadable file is simply not a corrections file
        return False
    return ds.GetLayerByName(CORRECTIONS_LAYER) is not None


def read_session(path: str | Path) -> ReviewSession:
    """The session stored in the corrections GeoPackage ``path``.

    Raises:
        InputDataError: ``path`` is not a corrections GeoPackage written by the review dock.
    """
    path = Path(path)
    if not has_corrections(path):
        raise InputDataError(translate(
            "IsslideCore", "'{path}' is not an ISSLIDE corrections file (no '{layer}' layer): "
            "choose a GeoPackage written by the review dock, or run a detection to create "
            "one.").format(path=path, layer=CORRECTIONS_LAYER))
    ds = open_geopackage(path, update=False)
    table = ds.GetLayerByName(SESSION_TABLE)
    items = {} if table is None else {f.GetField("key"): f.GetField("value") or "" for f in table}
    table = ds = None  # noqa: F841
    return ReviewSession.from_items(items)
