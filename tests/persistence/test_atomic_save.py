"""Saving never leaves a half-written file; a failed save leaves the old file byte-for-byte."""

import errno
import os

import pytest

from journey_editor.persistence import (
    ProjectSaveError,
    backup_path,
    load_project,
    project_to_bytes,
    save_project,
)


@pytest.fixture
def saved(small_project, tmp_path):
    path = tmp_path / "atelier.journey.json"
    save_project(small_project, path)
    return path


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_the_previous_version_is_kept_as_a_backup(small_project, saved):
    before = saved.read_bytes()
    small_project.title = "Version 2"
    save_project(small_project, saved)
    assert backup_path(saved).read_bytes() == before
    assert load_project(saved).title == "Version 2"
    assert backup_path(saved).name == "atelier.journey.json.bak"


def test_a_first_save_makes_no_backup(saved):
    assert not backup_path(saved).exists()


def test_a_save_can_skip_the_backup(small_project, saved):
    save_project(small_project, saved, keep_backup=False)
    assert not backup_path(saved).exists()


def test_a_new_file_gets_normal_permissions_and_an_existing_one_keeps_its_own(small_project, saved):
    umask = os.umask(0)
    os.umask(umask)
    assert saved.stat().st_mode & 0o777 == 0o666 & ~umask
    os.chmod(saved, 0o640)
    save_project(small_project, saved)
    assert saved.stat().st_mode & 0o777 == 0o640


def test_disk_full_while_writing_leaves_the_old_file_intact(small_project, saved, monkeypatch):
    original = saved.read_bytes()

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    small_project.title = "Jamais écrit"
    with pytest.raises(ProjectSaveError) as raised:
        save_project(small_project, saved)
    assert str(saved) in str(raised.value) and "disk is full" in str(raised.value)
    assert saved.read_bytes() == original
    assert leftovers(saved.parent) == []


def test_a_read_only_folder_leaves_the_old_file_intact(small_project, saved, monkeypatch):
    original = saved.read_bytes()

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    # Root ignores chmod, so refuse the way the OS would: at the creation of the temp file.
    monkeypatch.setattr("tempfile.mkstemp", refused)
    with pytest.raises(ProjectSaveError, match="permission denied") as raised:
        save_project(small_project, saved)
    assert raised.value.path == str(saved)
    assert saved.read_bytes() == original


def test_a_failure_at_the_final_rename_leaves_the_old_file_and_no_temp_file(
    small_project, saved, monkeypatch
):
    original = saved.read_bytes()
    real_replace = os.replace

    def replace_fails_for_target(src, dst):
        if str(dst) == str(saved):
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_fails_for_target)
    with pytest.raises(ProjectSaveError, match="was the disk removed"):
        save_project(small_project, saved)
    assert saved.read_bytes() == original
    assert leftovers(saved.parent) == []


def test_saving_into_a_folder_that_vanished_names_the_path(small_project, tmp_path):
    target = tmp_path / "usb-stick" / "atelier.journey.json"
    with pytest.raises(ProjectSaveError) as raised:
        save_project(small_project, target)
    assert str(target) in str(raised.value)
    assert "does not exist" in str(raised.value)


def test_an_inconsistent_map_is_not_written(small_project, saved):
    original = saved.read_bytes()
    small_project.cards[0].stage = "s-deleted"
    with pytest.raises(ProjectSaveError, match="inconsistent"):
        save_project(small_project, saved)
    assert saved.read_bytes() == original


def test_the_written_bytes_are_exactly_the_serialisation(small_project, saved):
    assert saved.read_bytes() == project_to_bytes(small_project)
