"""A save that fails (read-only folder, full disk, vanished folder, pulled USB stick) keeps the
changes, leaves the file on disk byte-identical, and offers Save As on the spot.

CI runs as root, where chmod stops nothing: each case makes the OS call fail with the errno the
real situation raises."""

import errno
import os
import shutil

import pytest

from journey_editor.persistence import load_project, project_to_bytes


def refuse_temp_file(code):
    def patch(monkeypatch):
        def mkstemp(*args, **kwargs):
            raise OSError(code, os.strerror(code))

        monkeypatch.setattr("tempfile.mkstemp", mkstemp)

    return patch


def fail_fsync(code):
    def patch(monkeypatch):
        def fsync(fd):
            raise OSError(code, os.strerror(code))

        monkeypatch.setattr(os, "fsync", fsync)

    return patch


def fail_replace(code):
    def patch(monkeypatch):
        def replace(src, dst):
            raise OSError(code, os.strerror(code))

        monkeypatch.setattr(os, "replace", replace)

    return patch


FAILURES = {
    "read-only file system": (refuse_temp_file(errno.EROFS), "the disk is read-only"),
    "read-only folder": (refuse_temp_file(errno.EACCES), "permission denied"),
    "disk full": (fail_fsync(errno.ENOSPC), "the disk is full"),
    "USB stick pulled (EIO)": (fail_replace(errno.EIO), "was the disk removed"),
    "USB stick pulled (ENODEV)": (fail_fsync(errno.ENODEV), "the device is gone"),
}


def make_a_change(window):
    window.selection.set("card", ["c-shop"])
    window.menus.actions["effort_5"].trigger()
    assert window.isWindowModified()


@pytest.mark.parametrize("case", list(FAILURES), ids=list(FAILURES))
def test_a_failed_save_keeps_everything_and_says_why(case, window, map_path, modal, tmp_path):
    patch, reason = FAILURES[case]
    make_a_change(window)
    original = map_path.read_bytes()
    files_before = sorted(p.name for p in tmp_path.iterdir())
    modal.script("ask_after_save_failure", "close")
    with pytest.MonkeyPatch.context() as mp:
        patch(mp)
        window.menus.actions["save"].trigger()
    message, advice = modal.asked[-1][1]
    assert "atelier.journey.json" in message and reason in message
    assert "Save As" in advice
    assert window.isWindowModified()
    assert window.document.project.card("c-shop").effort == 5
    assert map_path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # no temp file left


def test_the_dialogs_save_as_button_saves_elsewhere(
    window, map_path, modal, save_as_target, tmp_path, monkeypatch
):
    make_a_change(window)
    original = map_path.read_bytes()
    target_folder = tmp_path / "autre-disque"
    target_folder.mkdir()
    target = target_folder / "atelier.journey.json"
    save_as_target(target)
    modal.script("ask_after_save_failure", "save_as")
    real_mkstemp = __import__("tempfile").mkstemp

    def read_only_first_folder(*args, dir=None, **kwargs):
        if str(dir) == str(map_path.parent):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr("tempfile.mkstemp", read_only_first_folder)
    assert window.files.save()
    assert map_path.read_bytes() == original
    assert load_project(target).card("c-shop").effort == 5
    assert not window.isWindowModified()
    assert window.document.path == target


def test_saving_into_a_folder_that_vanished(new_window, small_project, tmp_path, modal):
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    path = stick / "atelier.journey.json"
    path.write_bytes(project_to_bytes(small_project))
    window = new_window(path)
    make_a_change(window)
    shutil.rmtree(stick)  # the stick is unmounted: the whole folder is gone
    modal.script("ask_after_save_failure", "close")
    assert not window.files.save()
    message, _advice = modal.asked[-1][1]
    assert "does not exist" in message
    assert window.isWindowModified()
    assert not stick.exists()


def test_a_save_blocked_by_a_broken_character_names_the_card_and_field(
    window, map_path, modal, unhandled
):
    # A lone surrogate that got past every check (a bug): the save dialog, not the crash notice,
    # naming the card and the field.
    make_a_change(window)
    original = map_path.read_bytes()
    object.__setattr__(window.document.project.card("c-shop"), "title", "Chemise \ud83d")
    modal.script("ask_after_save_failure", "close")
    assert not window.files.save()
    message, advice = modal.asked[-1][1]
    assert "atelier.journey.json" in message
    assert 'id "c-shop"' in message and ".title" in message and "\\uD800" in message
    assert "Save As" in advice
    assert window.isWindowModified() and map_path.read_bytes() == original
    assert unhandled == []
