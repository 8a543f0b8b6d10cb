"""File → Open and Save on hostile files (issue 13, items 5, 6), with every question scripted:
a FIFO, a link to /dev/zero, a folder named like a map, a read-only map, a symbolic link, a hard
link, a name too long for its lock file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from journey_editor.persistence import load_project, project_to_bytes
from journey_editor.persistence.file_lock import lock_path

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")


def make_a_change(window):
    window.selection.set("card", ["c-shop"])
    window.menus.actions["effort_5"].trigger()
    assert window.isWindowModified()


def symlink_or_skip(target, link: Path) -> None:
    try:
        os.symlink(target, link)
    except (OSError, NotImplementedError) as error:
        pytest.skip(f"symbolic links cannot be made here: {error}")


def status(window) -> str:
    return window.statusBar().currentMessage()


@needs_fifo
def test_opening_a_fifo_explains_instead_of_hanging(new_window, modal, tmp_path):
    window = new_window()
    fifo = tmp_path / "tube.journey.json"
    os.mkfifo(fifo)
    assert not window.files.open_path(fifo)
    [(_title, message, advice)] = modal.errors
    assert "named pipe" in message + advice


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this platform")
def test_opening_a_link_to_dev_zero_explains(new_window, modal, tmp_path):
    window = new_window()
    link = tmp_path / "zero.journey.json"
    symlink_or_skip("/dev/zero", link)
    assert not window.files.open_path(link)
    assert "device" in "".join(modal.errors[0])


def test_opening_a_folder_named_like_a_map_explains(new_window, modal, tmp_path):
    window = new_window()
    folder = tmp_path / "dossier.journey.json"
    folder.mkdir()
    assert not window.files.open_path(folder)
    assert "folder" in "".join(modal.errors[0])


@pytest.fixture
def read_only_map(map_path):
    map_path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    yield map_path
    map_path.chmod(0o644)


def test_saving_a_read_only_map_asks_first_and_cancel_keeps_it(window, modal, read_only_map):
    before = read_only_map.read_bytes()
    make_a_change(window)
    modal.script("ask_overwrite_read_only", "cancel")
    assert not window.files.save()
    assert modal.names() == ["ask_overwrite_read_only"]
    assert read_only_map.read_bytes() == before
    assert window.isWindowModified()


def test_saving_a_read_only_map_overwrites_when_told_and_it_stays_read_only(
    window, modal, read_only_map
):
    make_a_change(window)
    modal.script("ask_overwrite_read_only", "overwrite")
    assert window.files.save()
    assert load_project(read_only_map).card("c-shop").effort == 5
    assert not read_only_map.stat().st_mode & stat.S_IWUSR


def test_saving_a_read_only_map_can_go_elsewhere(
    window, modal, read_only_map, save_as_target, tmp_path
):
    before = read_only_map.read_bytes()
    make_a_change(window)
    target = tmp_path / "copie.journey.json"
    save_as_target(target)
    modal.script("ask_overwrite_read_only", "save_as")
    assert window.files.save()
    assert read_only_map.read_bytes() == before
    assert load_project(target).card("c-shop").effort == 5


def test_saving_a_map_opened_through_a_link_keeps_the_link(new_window, modal, map_path, tmp_path):
    link = tmp_path / "raccourci.journey.json"
    symlink_or_skip(map_path.name, link)
    window = new_window(link)
    make_a_change(window)
    assert window.files.save()
    assert link.is_symlink()
    assert load_project(map_path).card("c-shop").effort == 5
    assert modal.asked == []


def test_saving_a_hard_linked_map_says_the_other_names_keep_the_old_version(
    window, modal, map_path, tmp_path
):
    other = tmp_path / "autre.journey.json"
    try:
        os.link(map_path, other)
    except OSError as error:
        pytest.skip(f"hard links cannot be made here: {error}")
    before = other.read_bytes()
    make_a_change(window)
    assert window.files.save()
    assert other.read_bytes() == before
    assert "hard links" in status(window)


def test_a_map_too_long_for_its_lock_opens_and_saves(new_window, modal, small_project, tmp_path):
    path = tmp_path / ("c" * (255 - len(".journey.json")) + ".journey.json")
    try:
        path.write_bytes(project_to_bytes(small_project))
    except OSError as error:
        pytest.skip(f"this file system refuses 255-byte names: {error}")
    window = new_window(path)
    assert "too long for a lock file" in status(window)
    assert not os.path.lexists(str(lock_path(path))[:-1])  # nothing half-named left
    make_a_change(window)
    assert window.files.save()
    assert load_project(path).card("c-shop").effort == 5
    assert modal.asked == [] and modal.errors == []
