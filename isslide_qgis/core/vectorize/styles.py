"""The plugin's QML styles: where they are, and how a GeoPackage carries one as default.

QGIS keeps the styles of GeoPackage layers in a ``layer_styles`` table; the row of a layer
with ``useAsDefault`` true is applied whenever the layer is opened, in any QGIS project.
:func:`embed_style` writes that table with osgeo.ogr, with the columns and types QGIS 3.22
creates itself (checked against a table QGIS saved), so the outputs of the core open styled
even outside the plugin.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence
from html import escape

from isslide_qgis.core.errors import IsslideError
from isslide_qgis.core.messages import translate
from isslide_qgis.core.vectorize.geopackage import (
    FieldSpec,
    add_feature,
    check,
    create_layer,
    ogr_errors,
    open_geopackage,
    write_error,
)
from isslide_qgis.paths import style_path as _shipped_style

#: Name of QGIS' style table in a GeoPackage.
STYLES_TABLE = "layer_styles"
#: Columns of ``layer_styles`` as QGIS 3.22 creates them (besides the ``id`` key).
STYLE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("f_table_catalog", "string", 256),
    FieldSpec("f_table_schema", "string", 256),
    FieldSpec("f_table_name", "string", 256),
    FieldSpec("f_geometry_column", "string", 256),
    FieldSpec("styleName", "string", 30),
    FieldSpec("styleQML", "string"),
    FieldSpec("styleSLD", "string"),
    FieldSpec("useAsDefault", "boolean"),
    FieldSpec("description", "string"),
    FieldSpec("owner", "string", 30),
    FieldSpec("ui", "string", 30),
    FieldSpec("update_time", "datetime", default="CURRENT_TIMESTAMP"),
)


def style_path(name: str) -> Path:
    """Path of the shipped style ``resources/styles/<name>.qml`` (packaged plugin or checkout).

    ``name`` is given without extension (``"moving_areas"``); a name ending in ``.qml`` is
    accepted as well.
    """
    return _shipped_style(name if name.endswith(".qml") else f"{name}.qml")


def read_style(name: str) -> str:
    """The QML text of the shipped style ``name``.

    Raises:
        IsslideError: The file is missing (incomplete installation).
    """
    path = style_path(name)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise IsslideError(
            translate(
                "IsslideCore",
                "The style file '{path}' cannot be read ({error}); the plugin installation is "
                "incomplete: reinstall isslide_qgis."
            ).format(path=path, error=exc)
        ) from exc


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def embed_style(gpkg_path: str | Path, layer_name: str, qml_text: str,
                style_name: str = "default", description: str = "",
                use_as_default: bool = True) -> None:
    """Store ``qml_text`` in the GeoPackage's ``layer_styles`` table for ``layer_name``.

    A style of the same name for the layer is replaced; with ``use_as_default`` the other
    styles of the layer stop being the default, so QGIS opens the layer with this one.

    Raises:
        IsslideError: The GeoPackage or its layer cannot be opened or written.
    """
    path = Path(gpkg_path)
    ds = open_geopackage(path)
    target = styles = None
    try:
        with ogr_errors(path):
            target = ds.GetLayerByName(layer_name)
            if target is None:
                raise write_error(path, translate("IsslideCore", "no layer named '{layer}'").format(
                    layer=layer_name))
            geometry_column = target.GetGeometryColumn()
            styles = ds.GetLayerByName(STYLES_TABLE)
            if styles is None:
                styles = create_layer(ds, path, STYLES_TABLE, None, None, STYLE_FIELDS,
                                      fid_column="id")
            stale = f"f_table_name = {_quoted(layer_name)}"
            if not use_as_default:
                stale += f" AND styleName = {_quoted(style_name)}"
            styles.SetAttributeFilter(stale)
            for feature in list(styles):
                if feature.GetField("styleName") == style_name:
                    check(styles.DeleteFeature(feature.GetFID()), path)
                elif feature.GetField("useAsDefault"):
                    feature.SetField("useAsDefault", 0)
                    check(styles.SetFeature(feature), path)
            styles.SetAttributeFilter(None)
        add_feature(styles, path, {
            "f_table_catalog": "", "f_table_schema": "", "f_table_name": layer_name,
            "f_geometry_column": geometry_column, "styleName": style_name,
            "styleQML": qml_text, "styleSLD": "", "useAsDefault": int(use_as_default),
            "description": description, "owner": "",
        })
    finally:
        target = styles = ds = None  # noqa: F841 (releasing the OGR objects closes the file)


def with_aliases(qml_text: str, fields: Sequence[FieldSpec]) -> str:
    """``qml_text`` with the aliases of ``fields`` (QGIS ``<aliases>``, "Fields" category).

    GDAL 3.6 writes no field alias or comment to a GeoPackage, so the units and the sign
    conventions of the fields reach QGIS through the layer's embedded style.
    """
    entries = [f'    <alias field="{escape(f.name)}" name="{escape(f.alias)}"/>'
               for f in fields if f.alias]
    if not entries:
        return qml_text
    block = "  <aliases>\n" + "\n".join(entries) + "\n  </aliases>\n"
    text = qml_text.replace('styleCategories="Symbology|Labeling"',
                            'styleCategories="Symbology|Labeling|Fields"', 1)
    closing = text.rindex("</qgis>")
    return text[:closing] + block + text[closing:]


def embed_shipped_style(gpkg_path: str | Path, layer_name: str, style: str,
                        notes: list[str], fields: Sequence[FieldSpec] = ()) -> bool:
    """Embed the shipped style ``style`` as the default of ``layer_name``, with the aliases
    of ``fields`` (:func:`with_aliases`).

    A missing style file does not fail the output (the layer is still usable): it is
    reported in ``notes`` and ``False`` is returned.
    """
    try:
        qml = with_aliases(read_style(style), fields)
    except IsslideError as exc:
        notes.append(str(exc))
        return False
    embed_style(gpkg_path, layer_name, qml, description=translate(
        "IsslideCore", "isslide_qgis default style"))
    return True
