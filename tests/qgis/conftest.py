"""Fixtures of the QGIS tier (pytest-qgis starts QgsApplication offscreen)."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.qgis.recording_iface import RecordingInterface  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = "isslide_qgis"


@pytest.fixture(scope="session")
def plugin_zip() -> Path:
    """Build the installable zip with ``make package`` (as a user would)."""
    subprocess.run(["make", "-s", "package"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    path = ROOT / "dist" / f"{PLUGIN}.zip"
    assert path.is_file(), "make package did not produce dist/isslide_qgis.zip"
    return path


class ZipPlugin:
    """The unzipped plugin and the recording interface it is started with."""

    def __init__(self, plugins_dir: Path, iface: RecordingInterface) -> None:
        self.plugins_dir = plugins_dir
        self.iface = iface

    @property
    def folder(self) -> Path:
        return self.plugins_dir / PLUGIN


@pytest.fixture
def zip_plugin(plugin_zip: Path, tmp_path: Path, qgis_app, qgis_canvas,
               monkeypatch: pytest.MonkeyPatch) -> Iterator[ZipPlugin]:
    """Unzip the built plugin into a temporary plugins folder, ready for ``qgis.utils``.

    The source checkout's ``isslide_qgis`` modules are set aside during the test so that
    ``qgis.utils.loadPlugin`` imports the packaged copy, and put back afterwards.
    """
    import qgis.utils
    from qgis.gui import QgsMessageBar

    plugins_dir = tmp_path / "plugins"
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins_dir)
    saved = {name: module for name, module in sys.modules.items()
             if name == PLUGIN or name.startswith(PLUGIN + ".")}
    for name in saved:
        del sys.modules[name]
    monkeypatch.syspath_prepend(str(plugins_dir))
    monkeypatch.setattr(qgis.utils, "plugin_paths", [str(plugins_dir)] + qgis.utils.plugin_paths)
    monkeypatch.setattr(qgis.utils, "available_plugins", list(qgis.utils.available_plugins))
    qgis.utils.updateAvailablePlugins()  # as QGIS does at start-up: reads metadata.txt
    assert PLUGIN in qgis.utils.available_plugins, "QGIS does not see the unzipped plugin"
    iface = RecordingInterface(qgis_canvas, QgsMessageBar())
    monkeypatch.setattr(qgis.utils, "iface", iface)
    try:
        yield ZipPlugin(plugins_dir, iface)
    finally:
        if PLUGIN in qgis.utils.plugins:
            qgis.utils.unloadPlugin(PLUGIN)
        for name in [n for n in sys.modules if n == PLUGIN or n.startswith(PLUGIN + ".")]:
            del sys.modules[name]
        sys.modules.update(saved)
        iface.close()


@pytest.fixture
def isslide_provider(qgis_processing):
    """Register the source checkout's provider (as the plugin's initProcessing does)."""
    from qgis.core import QgsApplication

    from isslide_qgis.processing.provider import IsslideProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("isslide")
    added = None
    if provider is None:
        added = IsslideProvider()
        registry.addProvider(added)
        provider = added
    yield provider
    if added is not None:
        registry.removeProvider(added)


@pytest.fixture
def french_locale(qgis_app):
    """Switch QGIS' locale to French (as Settings > Options > General does), then back."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    previous = (settings.value("locale/overrideFlag", False, type=bool),
                settings.value("locale/userLocale", "", type=str))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    yield
    settings.setValue("locale/overrideFlag", previous[0])
    settings.setValue("locale/userLocale", previous[1])


@pytest.fixture(scope="session")
def wheels() -> Path:
    """The wheels ``install detection`` needs here, in ``.cache/wheels`` (``make setup`` fills
    it; fetched now when it has not and PyPI answers; skipped, saying why, otherwise)."""
    cache = ROOT / ".cache" / "wheels"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "fetch_test_wheels.py"),
                           "--dest", str(cache), "--strict"],
                          capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        pytest.skip(f"no complete wheel cache in {cache} and it cannot be fetched (no network?): "
                    f"run `make setup` where PyPI is reachable. {done.stderr[-300:]}")
    return cache
