"""Run inside QGIS desktop (``qgis.bin --code scripts/install_dialog_startup.py``): open
Plugins ▸ ISSLIDE ▸ Install dependencies… through the plugin's menu action, choose *Detection
only*, the packages folder and a wheels folder, show the plan, install for real (pip from the
wheels folder), check that onnxruntime now imports from the new folder without a restart,
and save a picture of the dialog. The driver
(``scripts/screenshot_install_dialog.py``) passes in the environment:

* ``ISSLIDE_STATUS``: the JSON report; ``ISSLIDE_SCREENSHOT``: the PNG to write;
* ``ISSLIDE_TARGET``: the packages folder; ``ISSLIDE_WHEELS``: the wheels folder.

QGIS quits when done (exit code 0), or after an error (exit code 1, traceback in the report).
"""
import os
import sys
import time

import qgis.utils
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

sys.path.insert(0, os.environ["ISSLIDE_SCRIPTS"])
from startup_steps import guarded, report  # noqa: E402

STEP_MS = 250
TIMEOUT_S = 300
#: the dialog's size in the picture (pixels)
SIZE = (860, 600)


class Scenario:
    """The analyst's gestures in the dialog, one timer step after another."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.dialog = None
        self.imported = ""

    @guarded
    def start(self) -> None:
        plugin = qgis.utils.plugins.get("isslide_qgis")
        assert plugin is not None, f"isslide_qgis not started; plugins: {list(qgis.utils.plugins)}"
        plugin.install_action.trigger()  # Plugins > ISSLIDE > Install dependencies...
        dialog = self.dialog = plugin.install_dialog
        assert dialog is not None and dialog.isVisible(), "the dialog did not open"
        dialog.resize(*SIZE)
        dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("detection"))
        dialog.target_widget.setFilePath(os.environ["ISSLIDE_TARGET"])
        dialog.wheels_widget.setFilePath(os.environ["ISSLIDE_WHEELS"])
        dialog.plan_button.click()
        assert dialog.install_button.isEnabled(), dialog.log_view.toPlainText()
        dialog.install_button.click()
        QTimer.singleShot(STEP_MS, self.wait)

    @guarded
    def wait(self) -> None:
        if self.dialog.task is not None:
            if time.monotonic() - self.started > TIMEOUT_S:
                raise TimeoutError("the installation did not finish")
            QTimer.singleShot(STEP_MS, self.wait)
            return
        text = self.dialog.log_view.toPlainText()
        assert "Installed into" in text, text[-3000:]
        import onnxruntime  # usable at once, from the new folder, as the dialog says

        target = os.environ["ISSLIDE_TARGET"]
        assert onnxruntime.__file__.startswith(target), onnxruntime.__file__
        self.imported = onnxruntime.__file__
        log = self.dialog.log_view
        log.verticalScrollBar().setValue(log.verticalScrollBar().maximum())
        QTimer.singleShot(1000, self.shoot)

    @guarded
    def shoot(self) -> None:
        QApplication.processEvents()
        image = self.dialog.grab().toImage()
        output = os.environ["ISSLIDE_SCREENSHOT"]
        assert image.save(output, "PNG"), f"cannot write {output}"
        report(True, size=[image.width(), image.height()], onnxruntime=self.imported,
               log=self.dialog.log_view.toPlainText()[-1500:])


SCENARIO = Scenario()
QTimer.singleShot(2000, SCENARIO.start)
