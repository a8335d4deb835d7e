"""torch is optional at load time; its absence is explained with commands that fix it."""
from __future__ import annotations

import sys

import pytest

from isslide_qgis.core import dependencies
from isslide_qgis.core.errors import MissingDependencyError
from isslide_qgis.core.messages import set_translator


def test_fix_message_gives_exact_commands() -> None:
    message = dependencies.torch_fix_message("/data/isslide-packages", "No module named 'torch'")
    assert "No module named 'torch'" in message
    assert 'pip install --target "/data/isslide-packages" torch==2.13.0 "numpy<2"' in message
    assert "--index-url https://download.pytorch.org/whl/cpu" in message
    assert "isslide_qgis/packages_folder" in message and "make deploy" in message


def test_require_torch_raises_domain_error_when_torch_is_missing(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)
    assert not dependencies.torch_available()
    with pytest.raises(MissingDependencyError, match="pip install --target"):
        dependencies.require_torch("/opt/packages")


def test_require_torch_returns_module_when_present() -> None:
    torch = dependencies.require_torch("/unused")
    assert torch.__version__.startswith(dependencies.TORCH_VERSION)
    assert dependencies.torch_available()


def test_core_messages_go_through_installed_translator() -> None:
    set_translator(lambda context, text: f"[{context}] {text}")
    try:
        assert "[IsslideCore] Or by hand" in dependencies.torch_fix_message("/x")
    finally:
        set_translator(None)
    assert "[IsslideCore]" not in dependencies.torch_fix_message("/x")


@pytest.mark.parametrize("module,require,profile", [
    ("torch", lambda: dependencies.require_torch("/opt/packages"), "Everything"),
    ("onnxruntime", dependencies.require_onnxruntime, "Detection only"),
    ("onnx", dependencies.require_onnx, "Everything"),
])
def test_every_missing_package_message_names_the_installer(monkeypatch, module, require,
                                                           profile) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # `import <module>` now raises ImportError
    with pytest.raises(MissingDependencyError) as raised:
        require()
    message = str(raised.value)
    assert "Plugins ▸ ISSLIDE ▸ Install dependencies…" in message
    assert f"choose '{profile}'" in message and "pip install --target" in message
