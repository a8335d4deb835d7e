"""The pip command (an argument list) and one real, offline ``pip install --target``."""
from __future__ import annotations

import base64
import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

from isslide_qgis.core.install.pip import pip_command, run_pip


def _wheel(folder: Path, name: str = "isslide_tinypkg", version: str = "1.0") -> Path:
    """Write a minimal pure-Python wheel (PEP 427) by hand."""
    dist = f"{name}-{version}.dist-info"
    files = {
        f"{name}/__init__.py": f"__version__ = {version!r}\n",
        f"{dist}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{dist}/WHEEL": "Wheel-Version: 1.0\nGenerator: hand\nRoot-Is-Purelib: true\n"
                         "Tag: py3-none-any\n",
    }
    record = []
    for path, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=")
        record.append(f"{path},sha256={digest.decode()},{len(text.encode())}")
    record.append(f"{dist}/RECORD,,")
    files[f"{dist}/RECORD"] = "\n".join(record) + "\n"
    wheel = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for path, text in files.items():
            archive.writestr(path, text)
    return wheel


def test_command_is_an_argument_list_for_each_source(tmp_path: Path) -> None:
    pip = ["/qgis/python3", "-m", "pip"]
    online = pip_command(pip, tmp_path, ["torch==2.13.0+cpu", "numpy<2"],
                         index_url="https://download.pytorch.org/whl/cpu")
    assert online[:6] == [*pip, "install", "--target", str(tmp_path)]
    assert online[online.index("--extra-index-url") + 1] == "https://download.pytorch.org/whl/cpu"
    assert online[-2:] == ["torch==2.13.0+cpu", "numpy<2"]
    offline = pip_command(pip, tmp_path, ["onnxruntime==1.32.0"], index_url="https://x",
                          wheels=tmp_path / "wheels")
    assert "--no-index" in offline and "--extra-index-url" not in offline
    assert offline[offline.index("--find-links") + 1] == str(tmp_path / "wheels")


def test_real_offline_pip_install_of_a_local_wheel(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    _wheel(wheels)
    target, log = tmp_path / "target", tmp_path / "install.log"
    command = pip_command([sys.executable, "-m", "pip"], target, ["isslide_tinypkg==1.0"],
                          wheels=wheels)
    lines: list[str] = []
    assert run_pip(command, log, on_line=lines.append) == 0, log.read_text()
    assert (target / "isslide_tinypkg" / "__init__.py").is_file()
    assert any("Successfully installed isslide_tinypkg-1.0" in line for line in lines)
    done = subprocess.run([sys.executable, "-c", "import sys; sys.path.append(sys.argv[1]); "
                           "import isslide_tinypkg as m; print(m.__version__)", str(target)],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "1.0"


def test_proxy_url_from_qgis_settings_and_its_redaction() -> None:
    from isslide_qgis.core.install.pip import proxy_environment, proxy_url, redacted

    url = proxy_url("http", "proxy.example", 3128, "ana", "s3cr@t:x")
    assert url == "http://ana:s3cr%40t%3Ax@proxy.example:3128"
    assert redacted(url) == "http://ana:****@proxy.example:3128"
    assert proxy_url("http", "proxy.example", 8080) == "http://proxy.example:8080"
    assert proxy_url("socks5", "proxy.example", 1080) is None  # pip has no SOCKS without PySocks
    assert proxy_url("http", "", 3128) is None
    assert proxy_environment(url)["HTTPS_PROXY"] == url and proxy_environment(None) == {}
