"""Plugins ▸ ISSLIDE ▸ Install dependencies…: plan, install in a QgsTask, cancel.

pip is the unit tier's fake (tests/unit/install/conftest.py); QGIS' Python is /usr/bin/python3.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from qgis.PyQt.QtWidgets import QApplication

from isslide_qgis.core.install.folders import active_folder, read_pointer
from tests.unit.install.conftest import FAKE_PIP, QGIS_PYTHON


@pytest.fixture()
def dialog(qgis_app, tmp_path: Path, monkeypatch):
    from isslide_qgis import settings
    from isslide_qgis.gui.install_dialog import InstallDialog

    if not QGIS_PYTHON.is_file():
        pytest.skip("needs /usr/bin/python3")
    script = tmp_path / "fake_pip.py"
    script.write_text(FAKE_PIP, encoding="utf-8")
    monkeypatch.setattr(settings, "install_log_folder", lambda: str(tmp_path / "logs"))
    previous = settings.packages_folder()
    widget = InstallDialog(python=QGIS_PYTHON, pip=[sys.executable, str(script)])
    widget.target_widget.setFilePath(str(tmp_path / "packages"))
    yield widget
    widget.cancel_install()
    settings.set_packages_folder(previous)
    widget.deleteLater()


def _wait(dialog, seconds: float = 60.0) -> None:
    end = time.monotonic() + seconds
    while dialog.task is not None and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.05)
    assert dialog.task is None, "the install task did not finish"


def _cancel_once_pip_runs(dialog) -> None:
    """Click Cancel as soon as pip has printed its first line, then wait for the task."""
    end = time.monotonic() + 30
    while "Collecting" not in dialog.log_view.toPlainText() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.05)
    dialog.cancel_button.click()
    _wait(dialog)


def test_plan_then_install_sets_the_packages_folder(dialog, tmp_path: Path) -> None:
    from isslide_qgis import settings

    dialog.show_plan()
    assert "Installation plan (detection)" in dialog.log_view.toPlainText()
    assert dialog.install_button.isEnabled()
    dialog.install_button.click()
    assert dialog.cancel_button.isEnabled() and not dialog.plan_button.isEnabled()
    _wait(dialog)
    root = tmp_path / "packages"
    text = dialog.log_view.toPlainText()
    assert "Successfully installed" in text and f"packages folder is now {root}" in text
    assert active_folder(root) is not None and settings.packages_folder() == str(root)
    assert dialog.progress.value() == 100
    dialog.show_plan()  # a second time: nothing to do
    assert "nothing to do" in dialog.log_view.toPlainText()
    assert not dialog.install_button.isEnabled()


@pytest.mark.parametrize("loaded", [False, True])
def test_the_dialog_says_whether_a_restart_is_needed(dialog, monkeypatch, loaded: bool) -> None:
    # Python cannot unload a module: a restart is needed only for one this QGIS already loaded
    if loaded:
        monkeypatch.setitem(sys.modules, "onnxruntime", sys)  # any module object
    else:
        monkeypatch.delitem(sys.modules, "onnxruntime", raising=False)
    dialog.show_plan()
    dialog.install_button.click()
    _wait(dialog)
    text = dialog.log_view.toPlainText()
    assert ("Restart QGIS to use the new packages: this QGIS has already loaded onnxruntime"
            in text) is loaded
    assert ("The new packages are usable now, without restarting QGIS." in text) is not loaded


def test_real_detection_install_from_the_wheel_cache(dialog, tmp_path: Path,
                                                     wheels: Path, monkeypatch) -> None:
    """Real pip, QGIS' real Python, the wheels ``make setup`` fetched: the dialog's own path."""
    from isslide_qgis import settings

    dialog.pip = None  # ``python -m pip`` of QGIS' Python
    monkeypatch.setattr(sys, "path", list(sys.path))  # the new folder is appended: undo it
    dialog.wheels_widget.setFilePath(str(wheels))
    dialog.show_plan()
    if "onnxruntime" not in " ".join(dialog.plan.requirements):
        pytest.skip(f"{QGIS_PYTHON} already imports onnxruntime: nothing to install")
    dialog.install_button.click()
    _wait(dialog, 300)
    root = tmp_path / "packages"
    folder = active_folder(root)
    text = dialog.log_view.toPlainText()
    assert folder is not None, text[-3000:]
    assert "Successfully installed" in text and f"Installed into {folder}" in text
    assert (folder / "onnxruntime").is_dir() and not list(folder.glob("numpy*"))
    assert read_pointer(root)["versions"]["onnxruntime"] == "1.32.0"
    assert settings.packages_folder() == str(root) and sys.path[-1] == str(folder)


def test_cancelled_install_leaves_the_previous_state(dialog, tmp_path: Path,
                                                     monkeypatch) -> None:
    from isslide_qgis import settings

    dialog.show_plan()
    dialog.install_button.click()
    _wait(dialog)
    root = tmp_path / "packages"
    before = (read_pointer(root), sorted(root.iterdir()), settings.packages_folder())
    assert before[0] is not None
    monkeypatch.setenv("FAKE_PIP_MODE", "slow")
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("everything"))
    dialog.show_plan()
    assert "Installation plan (everything)" in dialog.log_view.toPlainText()
    dialog.install_button.click()
    _cancel_once_pip_runs(dialog)
    assert "Installation cancelled" in dialog.log_view.toPlainText()
    assert (read_pointer(root), sorted(root.iterdir()), settings.packages_folder()) == before


def test_cancel_leaves_no_folder(dialog, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FAKE_PIP_MODE", "slow")
    dialog.show_plan()
    dialog.install_button.click()
    _cancel_once_pip_runs(dialog)
    assert "Installation cancelled" in dialog.log_view.toPlainText()
    root = tmp_path / "packages"
    assert read_pointer(root) is None and list(root.glob("packages-*")) == []


def test_the_proxy_of_qgis_network_settings_goes_to_pip(dialog) -> None:
    from qgis.core import QgsNetworkAccessManager
    from qgis.PyQt.QtNetwork import QNetworkProxy

    manager = QgsNetworkAccessManager.instance()
    saved = (manager.fallbackProxy(), manager.excludeList(), manager.noProxyList())
    manager.setFallbackProxyAndExcludes(
        QNetworkProxy(QNetworkProxy.ProxyType.HttpProxy, "proxy.example", 3128, "ana", "s3cret"),
        [], [])
    try:
        dialog.show_plan()
        assert dialog.proxy_label.text() == "http://ana:****@proxy.example:3128"
        assert "Proxy: http://ana:****@proxy.example:3128" in dialog.log_view.toPlainText()
        assert dialog.plan.environment()["HTTPS_PROXY"] == "http://ana:s3cret@proxy.example:3128"
        assert "s3cret" not in dialog.log_view.toPlainText()
    finally:
        manager.setFallbackProxyAndExcludes(*saved)
    dialog.show_plan()
    assert dialog.plan.environment() == {} and dialog.proxy_label.text().startswith("none")
