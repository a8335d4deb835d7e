"""Lazy re-exports for package ``__init__`` files, so that importing a package stays cheap.

The plugin must load without importing torch, rasterio or scipy; packages whose submodules
need them re-export their public names through :func:`lazy_exports`, which imports the
defining submodule on first access only.
"""
from __future__ import annotations

import importlib
from typing import Any, Callable


def lazy_exports(package: str, exports: dict[str, str],
                 namespace: dict[str, Any]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Return ``(__getattr__, __dir__)`` for ``package`` exporting ``{name: submodule}``.

    Args:
        package: the package's ``__name__``.
        exports: public name -> submodule (relative to the package) defining it.
        namespace: the package's ``globals()``, where resolved names are cached.
    """
    def __getattr__(name: str) -> Any:  # noqa: N807 (module protocol)
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{exports[name]}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:  # noqa: N807 (module protocol)
        return sorted(set(namespace) | set(exports))

    return __getattr__, __dir__
