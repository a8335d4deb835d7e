"""The evaluation report: one self-contained HTML file, and CSV tables of metrics.

The HTML file has no external dependency (no CSS, script, font or image file): figures are
PNG images embedded as base64 ``data:`` URIs, the style sheet is inline. It can be mailed,
archived next to a checkpoint, or opened offline. Files are written atomically.

Order of the page: title, text sections, "Metrics at the chosen threshold" (one row per curve),
the figures (precision-recall, metrics against the threshold, ROC), then the caller's tables
(model card summary, per-scene scores...).
"""
from __future__ import annotations

import base64
import csv
import datetime as _dt
import html
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence, Union

import numpy as np

from ..errors import InputDataError
from ..messages import translate
from .atomic_files import write_atomically
from .report_figures import ReportFigure, metric_labels, report_figures
from .thresholds import best_threshold

_STYLE = """
body { font-family: sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
h1 { border-bottom: 2px solid #444; } h2 { margin-top: 1.6em; }
table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; text-align: right; }
th { background: #eee; } td:first-child, th:first-child { text-align: left; }
figure { margin: 1em 0; } figcaption { font-style: italic; }
.meta { color: #666; font-size: small; }
"""

Rows = Sequence[Mapping[str, Any]]
TableData = Union[Rows, Mapping[str, Any]]


@dataclass
class ReportSection:
    """A titled block of text (paragraphs), optionally followed by a table."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] | None = None


def format_value(value: Any) -> str:
    """Text of a table cell: 4 decimals for ratios, integers as such, n/a for NaN/None."""
    if value is None:
        return "n/a"
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        if not np.isfinite(value):
            return "n/a"
        if float(value).is_integer() and abs(value) >= 10:
            return str(int(value))
        return f"{float(value):.4f}"
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, default=str)
    return str(value)


def _text(text: str) -> str:
    """``text`` escaped for an HTML text node (quotes kept readable)."""
    return html.escape(text, quote=False)


def _as_rows(table: TableData) -> list[Mapping[str, Any]]:
    """A list of row dicts; a single mapping becomes a two-column (field, value) table."""
    if isinstance(table, Mapping):
        return [{translate("IsslideCore", "Field"): key,
                 translate("IsslideCore", "Value"): value} for key, value in table.items()]
    return list(table)


def _columns(rows: Rows) -> list[str]:
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(str(key) for key in row))
    return list(columns)


def _html_table(rows: Rows) -> str:
    if not rows:
        return "<p>n/a</p>"
    columns = _columns(rows)
    head = "".join(f"<th>{_text(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_text(format_value(row.get(c)))}</td>" for c in columns)
        + "</tr>" for row in ({str(k): v for k, v in r.items()} for r in rows))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _sections(sections: Sequence[ReportSection] | Mapping[str, Any] | None) -> list[ReportSection]:
    if sections is None:
        return []
    if isinstance(sections, Mapping):
        return [ReportSection(title, [text] if isinstance(text, str) else list(text))
                for title, text in sections.items()]
    return list(sections)


def _section_html(section: ReportSection) -> str:
    parts = [f"<h2>{_text(section.title)}</h2>"]
    parts += [f"<p>{_text(text)}</p>" for text in section.paragraphs]
    if section.rows is not None:
        parts.append(_html_table(section.rows))
    return "\n".join(parts)


def chosen_metrics_rows(curves: Mapping[str, Any], chosen: Mapping[str, float]) -> list[dict]:
    """One row per curve: every metric at its chosen threshold (confusion counts left out)."""
    rows = []
    for name, curve in curves.items():
        values = {k: v for k, v in curve.at(chosen[name]).items()
                  if k not in ("tp", "fp", "fn", "tn")}
        rows.append({translate("IsslideCore", "Curve"): name, **values})
    labels = metric_labels()
    return [{labels.get(k, k): v for k, v in row.items()} for row in rows]


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()[:60] or "figure"


def _figure_html(figure: ReportFigure) -> str:
    data = base64.b64encode(figure.png).decode("ascii")
    caption = html.escape(figure.caption)
    return (f'<figure><img alt="{caption}" src="data:image/png;base64,{data}">'
            f"<figcaption>{_text(figure.caption)}</figcaption></figure>")


def write_evaluation_report(
    path_html: str | os.PathLike, title: str,
    sections: Sequence[ReportSection] | Mapping[str, Any] | None = None,
    curves: Mapping[str, Any] | None = None, tables: Mapping[str, TableData] | None = None,
    figures_dir: str | os.PathLike | None = None,
    chosen_thresholds: Mapping[str, float] | None = None,
    selection_metric: str = "f1", selection_mode: str = "max",
) -> Path:
    """Write a self-contained HTML evaluation report; return its path.

    Args:
        path_html: output HTML file (written atomically).
        title: page title.
        sections: text blocks, as :class:`ReportSection` objects or ``{title: text(s)}``.
        curves: ``{name: curve}`` (:class:`~.thresholds.ThresholdCurve`,
            :class:`~.detection_metrics.DetectionCurve`...).
        tables: ``{title: rows}``; rows are a list of dicts, or one dict shown as
            field/value pairs (e.g. a model card summary).
        figures_dir: if given, the figures are also saved there as PNG files.
        chosen_thresholds: ``{name: threshold}``; missing curves get the threshold that
            optimises ``selection_metric`` (``selection_mode``: "max" or "min").
        selection_metric, selection_mode: how missing thresholds are chosen.
    """
    curves = dict(curves or {})
    chosen = {name: float((chosen_thresholds or {}).get(name, np.nan)) for name in curves}
    chosen = {name: value if np.isfinite(value) else best_threshold(
        curves[name], selection_metric, selection_mode) for name, value in chosen.items()}
    figures = report_figures(curves, chosen)
    if figures_dir is not None:
        for number, figure in enumerate(figures, start=1):
            write_atomically(Path(figures_dir) / f"{number:02d}_{_slug(figure.caption)}.png",
                             figure.png)
    generated = translate("IsslideCore", "Generated on {date} by isslide_qgis.").format(
        date=_dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
    parts = [f"<h1>{_text(title)}</h1>", f'<p class="meta">{_text(generated)}</p>']
    parts += [_section_html(section) for section in _sections(sections)]
    if curves:
        parts.append(_section_html(ReportSection(
            translate("IsslideCore", "Metrics at the chosen threshold"),
            rows=chosen_metrics_rows(curves, chosen))))
    parts += [_figure_html(figure) for figure in figures]
    parts += [_section_html(ReportSection(name, rows=_as_rows(table)))
              for name, table in (tables or {}).items()]
    page = ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{_text(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
            + "\n".join(parts) + "\n</body>\n</html>\n")
    return write_atomically(path_html, page.encode("utf-8"))


def write_metrics_table(path_csv: str | os.PathLike, rows: Rows) -> Path:
    """Write ``rows`` (dicts; columns: every key, in order of first appearance) as CSV."""
    rows = list(rows)
    if not rows:
        raise InputDataError(
            translate("IsslideCore", "The metrics table {path} has no rows to write. Evaluate "
                      "at least one scene or threshold first.").format(path=path_csv))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=_columns(rows), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({str(k): _csv_value(v) for k, v in row.items()})
    return write_atomically(path_csv, buffer.getvalue().encode("utf-8"))


def _csv_value(value: Any) -> Any:
    if isinstance(value, (np.floating, np.integer, np.bool_)):
        return value.item()
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, default=str)
    return value
