"""Running the real ``qgis_process`` with the built plugin in an isolated QGIS profile."""
from __future__ import annotations

import json
import os
import subprocess
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # Debian's wrapper passes an option 3.22 rejects
SYSTEM_PYTHON = "/usr/bin/python3"


def venv_site_packages() -> str:
    """The site-packages of the interpreter running the tests (the project's .venv)."""
    return sysconfig.get_paths()["purelib"]


def make_profile(config_dir: Path, plugin_zip: Path, packages: str | None) -> dict[str, str]:
    """Deploy the zip into ``<config_dir>/profiles/default`` with ``scripts/deploy.py`` and
    return the environment that makes qgis_process use that profile."""
    command = [SYSTEM_PYTHON, str(ROOT / "scripts" / "deploy.py"), "--zip", str(plugin_zip),
               "--profile", str(config_dir / "profiles" / "default")]
    if packages is not None:
        command += ["--packages", packages]
    subprocess.run(command, check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(config_dir))
    return env


def hide_torch(env: dict[str, str], folder: Path) -> dict[str, str]:
    """Make ``import torch`` fail in processes run with ``env``: a ``torch`` package that raises
    ImportError, in ``folder``, first on PYTHONPATH. Returns ``env``."""
    blocker = folder / "torch"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('torch is not installed here')\n")
    env["PYTHONPATH"] = str(folder)
    return env


def run_qgis_process(args: list[str], env: dict[str, str], timeout: int = 600,
                     cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``qgis_process.bin ARGS`` (in ``cwd``) and return the completed process (text)."""
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True,
                          timeout=timeout, cwd=cwd)


def list_algorithms(env: dict[str, str]) -> dict[str, dict]:
    """Return ``{provider id: provider description}`` from ``qgis_process --json list``."""
    done = run_qgis_process(["--json", "list"], env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["providers"]
