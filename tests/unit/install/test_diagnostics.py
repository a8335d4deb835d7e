"""The diagnostics report: versions and paths, devices, packages folder, last install log."""
from __future__ import annotations

import sys
from pathlib import Path

from isslide_qgis.core.install.diagnostics import diagnostics_report
from isslide_qgis.core.install.folders import new_version_folder, write_pointer


def test_report_names_versions_paths_folder_and_log_tail(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "packages"
    folder = new_version_folder(root)
    write_pointer(root, folder, {"profile": "everything"})
    logs = tmp_path / "profile"
    logs.mkdir()
    (root / "install-20261201T100000Z.log").write_text("old\n", encoding="utf-8")  # CLI's
    (logs / "install-20261206T100000Z.log").write_text(
        "".join(f"line {i}\n" for i in range(50)) + "Successfully installed onnxruntime-1.32.0\n",
        encoding="utf-8")
    monkeypatch.setitem(sys.modules, "onnxscript", None)  # reported as missing, no failure
    report = diagnostics_report("3.44.2-Solothurn", "5.15.13", "1.4.0", str(root), [logs, root])
    text = report.as_text()
    assert "QGIS: 3.44.2-Solothurn   Qt: 5.15.13" in text and "Plugin version: 1.4.0" in text
    assert f"Active installation: {folder} (everything)" in text
    numpy_line = next(line for line in text.splitlines() if line.startswith("numpy: "))
    assert report.version("numpy").split(".")[0] == "1" and "numpy]" in numpy_line
    assert report.version("onnxscript").startswith("missing (")
    assert any(p.name == "GDAL" and p.path for p in report.packages)
    assert "install-20261206T100000Z.log" in report.install_log
    assert "Successfully installed onnxruntime-1.32.0" in text and "line 20" not in text
    assert report.as_dict()["packages_folder"] == str(root)


def test_report_without_folder_or_logs(tmp_path: Path) -> None:
    report = diagnostics_report(log_dirs=[tmp_path / "none"])
    text = report.as_text()
    assert "Extra packages folder: (none)" in text and "Last install log: (none)" in text
    assert "QGIS: ?" in text
