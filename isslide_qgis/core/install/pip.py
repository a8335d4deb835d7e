"""Running pip with QGIS' Python: the command (an argument list, never a shell string), its
log, and cancellation (the callable is polled; pip is terminated, then killed)."""
from __future__ import annotations

import re
import subprocess  # nosec B404
import threading
from pathlib import Path
from typing import Callable, IO, Mapping, Sequence
from urllib.parse import quote

from ..errors import OperationCanceled
from ..messages import translate
from .interpreter import qgis_python_environment

LineCallback = Callable[[str], None]
Cancel = Callable[[], bool]

#: what a target folder is named in a command shown before the folder exists
TARGET_PLACEHOLDER = "<new folder>"


#: proxy kind -> URL scheme, for the kinds pip can use (SOCKS needs PySocks, which pip lacks)
PROXY_SCHEMES: dict[str, str] = {"http": "http"}


def proxy_url(kind: str, host: str, port: int, user: str = "", password: str = "") -> str | None:
    """The proxy URL for pip (``http://[user:password@]host:port``), or None for a kind pip
    cannot use or an empty host (pip then follows the environment's HTTP(S)_PROXY)."""
    scheme = PROXY_SCHEMES.get(kind)
    if scheme is None or not host:
        return None
    credentials = f"{quote(user, safe='')}:{quote(password, safe='')}@" if user else ""
    return f"{scheme}://{credentials}{host}:{int(port)}"


_PASSWORD = re.compile(r"^(\w+://[^:/@]*:)[^@]*@")


def redacted(text: str) -> str:
    """A proxy URL with its password replaced by ``****`` (for the plan and logs)."""
    return _PASSWORD.sub(r"\1****@", text)


def proxy_environment(proxy: str | None) -> dict[str, str]:
    """The variables that give pip a proxy (HTTP_PROXY, HTTPS_PROXY): in the environment, not
    on the command line, where other accounts could read the password."""
    return {name: proxy for name in ("HTTP_PROXY", "HTTPS_PROXY",
                                     "http_proxy", "https_proxy")} if proxy else {}


def pip_command(pip: Sequence[str], target: Path | str, requirements: Sequence[str],
                index_url: str | None = None, wheels: Path | None = None) -> list[str]:
    """The ``pip install --target`` command for ``requirements``.

    Args:
        pip: how to call pip (``[python, "-m", "pip"]``; a fake pip in tests).
        target: the folder to install into.
        requirements: pip requirements (``name==version``, ``numpy<2``).
        index_url: an extra wheel index (PyTorch's), consulted beside PyPI.
        wheels: a local folder of wheels: pip uses it alone (``--no-index``), for machines
            without internet.
    """
    command = [*pip, "install", "--target", str(target), "--no-input",
               "--disable-pip-version-check", "--no-warn-script-location", "--progress-bar", "off"]
    if wheels is not None:
        command += ["--no-index", "--find-links", str(wheels)]
    elif index_url:
        command += ["--extra-index-url", index_url]
    return command + list(requirements)


def _pump(stream: IO[str], log: IO[str], on_line: LineCallback | None) -> None:
    for line in stream:  # read to the end whatever happens, or pip blocks on a full pipe
        log.write(line)
        log.flush()
        if on_line is not None:
            try:
                on_line(line.rstrip("\n"))
            except Exception:  # noqa: BLE001 - a display problem must not stall pip
                on_line = None


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def run_pip(command: Sequence[str], log_path: Path, on_line: LineCallback | None = None,
            cancel: Cancel | None = None, env: Mapping[str, str] | None = None) -> int:
    """Run ``command``, appending its output to ``log_path``; return pip's exit status.

    ``on_line`` receives each output line (from a reader thread). When ``cancel()`` turns true,
    or on KeyboardInterrupt, pip is stopped and OperationCanceled (or the interrupt) raised.
    ``env``: variables added to QGIS' environment (the proxy).
    """
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "a", encoding="utf-8") as log:
        log.write("$ " + " ".join(command) + "\n")
        log.flush()
        process = subprocess.Popen(list(command), stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True, encoding="utf-8",
                                   errors="replace",
                                   env={**qgis_python_environment(), **(env or {})})
        reader = threading.Thread(target=_pump, args=(process.stdout, log, on_line), daemon=True)
        reader.start()
        try:
            while True:
                try:
                    process.wait(timeout=0.2)
                    break
                except subprocess.TimeoutExpired:
                    if cancel is not None and cancel():
                        _stop(process)
                        raise OperationCanceled(translate(
                            "IsslideCore", "Installation cancelled; the previous packages "
                            "folder is unchanged.")) from None
        except BaseException:
            if process.poll() is None:
                _stop(process)
            reader.join(timeout=5)
            log.write(f"[stopped, exit status {process.returncode}]\n")
            raise
        reader.join(timeout=30)
        log.write(f"[exit status {process.returncode}]\n")
    return process.returncode


def log_tail(log_path: Path | None, lines: int = 30) -> str:
    """The last ``lines`` lines of a log file ('' when there is none)."""
    if log_path is None or not log_path.is_file():
        return ""
    text = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join(text[-lines:])


def last_install_log(*log_dirs: Path | None) -> Path | None:
    """The newest ``install-<UTC time>.log`` in ``log_dirs`` (None when there is none)."""
    logs = [log for folder in log_dirs if folder is not None and folder.is_dir()
            for log in folder.glob("install-*.log")]
    return max(logs, key=lambda log: log.name) if logs else None
