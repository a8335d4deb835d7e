"""install(): a new folder, numpy removed, verified, then activated; failures change nothing.

pip is a fake (tests/unit/install/conftest.py) and QGIS' Python is Debian's /usr/bin/python3.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from isslide_qgis.core.errors import MissingDependencyError, OperationCanceled
from isslide_qgis.core.install.folders import active_folder, read_pointer, resolve_packages_folder
from isslide_qgis.core.install.installer import install
from isslide_qgis.core.install.plan import make_plan
from isslide_qgis.core.install.pip import last_install_log, log_tail


def _plan(root: Path, qgis_python: Path, fake_pip: list[str], **options):
    return make_plan("detection", root, python=qgis_python, pip=fake_pip, **options)


def _state(root: Path) -> tuple:
    return read_pointer(root), sorted(p.name for p in root.iterdir())


def test_install_verify_activate_then_nothing_to_do(tmp_path, qgis_python, fake_pip) -> None:
    root, logs = tmp_path / "packages", tmp_path / "profile"
    plan = _plan(root, qgis_python, fake_pip)
    assert not plan.up_to_date and plan.qgis_numpy
    assert plan.requirements == ["onnxruntime==1.32.0", "numpy<2"]
    assert set(plan.provided_by_qgis) == {"rasterio", "shapely", "scipy", "scikit-image"}
    result = install(plan, logs, in_use=[])
    folder = result.folder
    assert result.status == "installed" and active_folder(root) == folder
    assert resolve_packages_folder(str(root)) == str(folder)
    assert (folder / "onnxruntime").is_dir()
    leftovers = [p.name for p in folder.rglob("*") if "numpy" in p.name or "f2py" in p.name]
    assert leftovers == []  # numpy, its dist-info, numpy.libs and f2py are gone
    assert result.versions["onnxruntime"] == "1.32.0"
    assert result.versions["numpy"] == plan.qgis_numpy  # QGIS' own numpy is imported
    assert "Successfully installed" in log_tail(last_install_log(logs))

    again = _plan(root, qgis_python, fake_pip)
    assert again.up_to_date and again.active == folder
    assert install(again, logs).status == "up to date"
    assert [p for p in root.glob("packages-*")] == [folder]


def test_reinstall_replaces_the_folder_and_keeps_one_in_use(tmp_path, qgis_python,
                                                            fake_pip) -> None:
    root = tmp_path / "packages"
    first = install(_plan(root, qgis_python, fake_pip), tmp_path, in_use=[]).folder
    second = install(_plan(root, qgis_python, fake_pip, force=True), tmp_path,
                     in_use=[str(first)]).folder
    assert active_folder(root) == second and first.is_dir()  # a running QGIS still uses it
    third = install(_plan(root, qgis_python, fake_pip, force=True), tmp_path, in_use=[]).folder
    assert read_pointer(root)["previous"] == second.name  # a QGIS started earlier may use it
    assert set(root.glob("packages-*")) == {second, third}  # same-second names sort randomly


@pytest.mark.parametrize("mode,message", [("fail", "pip failed"),
                                          ("wrong-version", "1.31.0 instead of 1.32.0")])
def test_failure_keeps_the_previous_state(tmp_path, qgis_python, fake_pip, monkeypatch,
                                          mode: str, message: str) -> None:
    root = tmp_path / "packages"
    install(_plan(root, qgis_python, fake_pip), tmp_path / "logs", in_use=[])
    before = _state(root)
    monkeypatch.setenv("FAKE_PIP_MODE", mode)
    with pytest.raises(MissingDependencyError, match=message) as caught:
        install(_plan(root, qgis_python, fake_pip, force=True), tmp_path / "logs", in_use=[])
    assert "previous installation was kept" in str(caught.value)
    assert _state(root) == before


def test_cancel_stops_pip_and_keeps_the_previous_state(tmp_path, qgis_python, fake_pip,
                                                       monkeypatch) -> None:
    root = tmp_path / "packages"
    monkeypatch.setenv("FAKE_PIP_MODE", "slow")
    plan = _plan(root, qgis_python, fake_pip)
    lines: list[str] = []
    started = time.monotonic()
    with pytest.raises(OperationCanceled):
        install(plan, tmp_path, on_line=lines.append, cancel=lambda: bool(lines))
    assert time.monotonic() - started < 30 and lines[0].startswith("Collecting")
    assert read_pointer(root) is None and list(root.glob("packages-*")) == []


def test_ctrl_c_stops_pip_and_removes_the_new_folder(tmp_path, qgis_python, fake_pip,
                                                     monkeypatch) -> None:
    root = tmp_path / "packages"
    install(_plan(root, qgis_python, fake_pip), tmp_path, in_use=[])
    before = _state(root)
    monkeypatch.setenv("FAKE_PIP_MODE", "slow")

    def interrupt() -> bool:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        install(_plan(root, qgis_python, fake_pip, force=True), tmp_path, cancel=interrupt)
    assert _state(root) == before


def test_not_enough_disk_space_changes_nothing(tmp_path, qgis_python, fake_pip,
                                               monkeypatch) -> None:
    import shutil
    from collections import namedtuple

    from isslide_qgis.core.errors import InputDataError

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10 * 2**20, 0, 10 * 2**20))
    root = tmp_path / "packages"
    with pytest.raises(InputDataError, match="10 MB free, about 85 MB needed"):
        install(_plan(root, qgis_python, fake_pip), tmp_path)
    assert not root.exists()


def test_the_proxy_reaches_pip_in_its_environment_never_in_the_log(tmp_path, qgis_python,
                                                                   fake_pip) -> None:
    root, logs = tmp_path / "packages", tmp_path / "logs"
    plan = _plan(root, qgis_python, fake_pip, proxy="http://ana:s3cret@proxy.example:3128")
    assert "Proxy: http://ana:****@proxy.example:3128" in plan.as_text()
    assert "s3cret" not in plan.as_text() + " ".join(plan.command())
    result = install(plan, logs, in_use=[])
    log = result.log.read_text(encoding="utf-8")
    assert "Using proxy proxy.example:3128" in log and "s3cret" not in log
    offline = _plan(tmp_path / "other", qgis_python, fake_pip, wheels=tmp_path, proxy="http://p:1")
    assert offline.environment() == {} and "Proxy: none" in offline.as_text()
