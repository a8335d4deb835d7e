"""Versioned folders, the atomic pointer, and the cleanup of unused folders."""
from __future__ import annotations

from pathlib import Path

from isslide_qgis.core.install.folders import (
    POINTER,
    active_folder,
    new_version_folder,
    read_pointer,
    remove_unused_folders,
    resolve_packages_folder,
    write_pointer,
)


def test_pointer_names_the_active_folder_and_resolves_the_setting(tmp_path: Path) -> None:
    root = tmp_path / "packages"
    assert resolve_packages_folder(str(root)) == str(root)  # not managed: used as it is
    first = new_version_folder(root)
    second = new_version_folder(root)
    assert first != second and first.name.startswith("packages-")
    write_pointer(root, first, {"profile": "detection"})
    assert active_folder(root) == first and read_pointer(root)["profile"] == "detection"
    assert resolve_packages_folder(str(root)) == str(first)
    write_pointer(root, second)
    assert active_folder(root) == second
    assert [p.name for p in root.iterdir() if p.is_file()] == [POINTER]  # nothing left aside


def test_a_hand_made_folder_or_a_broken_pointer_is_used_as_it_is(tmp_path: Path) -> None:
    (tmp_path / POINTER).write_text("{not json", encoding="utf-8")
    assert resolve_packages_folder(str(tmp_path)) == str(tmp_path)
    (tmp_path / POINTER).write_text('{"folder": "packages-gone"}', encoding="utf-8")
    assert resolve_packages_folder(str(tmp_path)) == str(tmp_path)
    assert resolve_packages_folder("") == ""


def test_cleanup_keeps_the_active_folder_and_folders_in_use(tmp_path: Path) -> None:
    old, in_use, active = (new_version_folder(tmp_path) for _ in range(3))
    (old / "torch").mkdir()
    write_pointer(tmp_path, active)
    removed = remove_unused_folders(tmp_path, in_use=["/usr/lib/python3/dist-packages",
                                                      str(in_use)])
    assert removed == [old] and not old.exists()
    assert in_use.is_dir() and active.is_dir()


def test_cleanup_keeps_the_previously_active_folder(tmp_path: Path) -> None:
    first, second, third = (new_version_folder(tmp_path) for _ in range(3))
    for folder in (first, second, third):
        write_pointer(tmp_path, folder)
    assert read_pointer(tmp_path)["previous"] == second.name
    assert remove_unused_folders(tmp_path) == [first]
    assert set(tmp_path.glob("packages-*")) == {second, third}  # same-second names sort randomly


def test_superseded_entries_are_the_root_s_inactive_versioned_folders(tmp_path: Path) -> None:
    from isslide_qgis.core.install.folders import superseded_entries

    root = tmp_path / "packages"
    old, active = new_version_folder(root), new_version_folder(root)
    write_pointer(root, active)
    elsewhere = tmp_path / "other" / old.name  # same name, another root: not ours
    paths = ["/usr/lib/python3/dist-packages", str(old), str(active), str(elsewhere), ""]
    assert superseded_entries(root, paths) == [str(old)]
