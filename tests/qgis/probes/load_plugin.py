"""Start QGIS, load and start the plugin found in argv[1], instantiate every algorithm, open
the dock, and print (last line, JSON) which heavy modules that imported. Run in a fresh
interpreter. QGIS' own start-up (Processing included: QGIS 3.40's Processing imports shapely)
is done first, and only the modules the plugin adds on top of it are counted."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HEAVY = ("torch", "onnxruntime", "onnx", "rasterio", "scipy", "matplotlib", "shapely")

plugins_dir = sys.argv[1]
sys.path.insert(0, plugins_dir)
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # for tests.qgis.recording_iface

from qgis.core import QgsApplication  # noqa: E402
from qgis.gui import QgsMapCanvas, QgsMessageBar  # noqa: E402

app = QgsApplication([], True)
app.initQgis()
import qgis.utils  # noqa: E402

from tests.qgis.recording_iface import RecordingInterface  # noqa: E402

qgis.utils.iface = RecordingInterface(QgsMapCanvas(), QgsMessageBar())
sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))  # QGIS' own
from processing.core.Processing import Processing  # noqa: E402  (as QGIS does at start-up)

Processing.initialize()
before_plugin = {name for name in HEAVY if name in sys.modules}
qgis.utils.plugin_paths.insert(0, plugins_dir)
qgis.utils.updateAvailablePlugins()
started = qgis.utils.loadPlugin("isslide_qgis") and qgis.utils.startPlugin("isslide_qgis")
provider = QgsApplication.processingRegistry().providerById("isslide")
algorithms = provider.algorithms() if provider else []
for algorithm in algorithms:
    algorithm.parameterDefinitions()
    algorithm.shortHelpString()
dock = qgis.utils.plugins["isslide_qgis"].dock if started else None
if dock is not None:
    dock.show()
print(json.dumps({
    "started": bool(started),
    "algorithms": len(algorithms),
    "torch_importable": importlib.util.find_spec("torch") is not None,
    "heavy_modules_before_plugin": sorted(before_plugin),
    "heavy_modules_loaded": [name for name in HEAVY
                             if name in sys.modules and name not in before_plugin],
}))
qgis.utils.unloadPlugin("isslide_qgis")
app.exitQgis()
