"""Run one ISSLIDE algorithm with a file-size limit, as on a disk that fills up mid-run.

``RLIMIT_FSIZE`` makes the kernel refuse, with EFBIG, every write past ``limit`` bytes in any
file, root included (permissions cannot simulate this for root). SIGXFSZ is ignored so that
the write fails instead of killing the process. No bytecode is written (a .pyc cut by the
limit would break later imports), and the modules the run needs are imported before the
limit is set. Prints the outcome as JSON (last line).
Usage: write_limit.py ALGORITHM PARAMETERS_JSON LIMIT_BYTES
"""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import resource  # noqa: E402
import signal  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from qgis.core import QgsApplication  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()
import processing  # noqa: E402

from isslide_qgis.processing.provider import IsslideProvider  # noqa: E402

provider = IsslideProvider()  # kept: the registry does not own the Python object
QgsApplication.processingRegistry().addProvider(provider)
import isslide_qgis.core.insar.product_import  # noqa: E402,F401  (before the limit)
algorithm, parameters, limit = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
try:
    processing.run(algorithm, parameters)
    outcome = {"error": None}
except Exception as exc:  # noqa: BLE001 - the message is what the test checks
    outcome = {"error": str(exc), "type": type(exc).__name__}
print(json.dumps(outcome))
