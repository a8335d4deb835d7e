"""What the startup scripts run inside QGIS desktop share (``qgis.bin --code``, see
``desktop.py``): the JSON report to the driver (``ISSLIDE_STATUS``) and steps that report
their own failure. QGIS' ``--code`` gives a script no ``__file__``: the startup scripts find
this module through ``ISSLIDE_SCRIPTS``, which ``desktop.run_desktop`` sets."""
import json
import os
import traceback
from pathlib import Path

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

STATUS = Path(os.environ["ISSLIDE_STATUS"])


def write_report(ok: bool, **details) -> None:
    """Write the JSON report the driver reads once QGIS has quit."""
    STATUS.write_text(json.dumps({"ok": ok, **details}, indent=2))


def report(ok: bool, **details) -> None:
    """Write the report, then quit QGIS (exit code 0 when ``ok``, else 1)."""
    write_report(ok, **details)
    QTimer.singleShot(500, lambda: QApplication.instance().exit(0 if ok else 1))


def guarded(step):
    """A timer step whose exception is reported to the driver (then QGIS quits)."""
    def run(*args):
        try:
            step(*args)
        except Exception:  # noqa: BLE001 - reported to the driver, then QGIS quits
            report(False, error=traceback.format_exc())
    return run
