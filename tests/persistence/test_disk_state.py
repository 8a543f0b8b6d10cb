"""The file under an open map: a touch is not a change, new content is."""

import os

from journey_editor.persistence.disk_state import changed_on_disk, stamp_bytes, take_stamp


def test_an_untouched_file_has_not_changed(tmp_path):
    path = tmp_path / "m.journey.json"
    path.write_bytes(b'{"a": 1}\n')
    assert not changed_on_disk(path, take_stamp(path))


def test_a_touch_without_new_content_is_ignored(tmp_path):
    path = tmp_path / "m.journey.json"
    path.write_bytes(b'{"a": 1}\n')
    stamp = take_stamp(path)
    os.utime(path, ns=(stamp.mtime_ns + 5_000_000_000, stamp.mtime_ns + 5_000_000_000))
    assert not changed_on_disk(path, stamp)


def test_new_content_of_the_same_size_and_mtime_is_a_change(tmp_path):
    # A FAT USB stick keeps mtimes to 2 s: size and mtime alone would miss this.
    path = tmp_path / "m.journey.json"
    path.write_bytes(b'{"a": 1}\n')
    stamp = take_stamp(path)
    path.write_bytes(b'{"a": 2}\n')
    os.utime(path, ns=(stamp.mtime_ns, stamp.mtime_ns))
    assert changed_on_disk(path, stamp)


def test_an_atomic_replacement_is_a_change(tmp_path):
    path = tmp_path / "m.journey.json"
    path.write_bytes(b"one\n")
    stamp = take_stamp(path)
    other = tmp_path / ".sync-tmp"
    other.write_bytes(b"two, longer\n")
    os.replace(other, path)
    assert changed_on_disk(path, stamp)


def test_a_deleted_file_is_a_change_and_a_missing_one_stays_missing(tmp_path):
    path = tmp_path / "m.journey.json"
    path.write_bytes(b"x")
    stamp = take_stamp(path)
    path.unlink()
    assert take_stamp(path) is None
    assert changed_on_disk(path, stamp)
    assert not changed_on_disk(path, None)


def test_the_stamp_of_bytes_just_written_matches_the_file(tmp_path):
    path = tmp_path / "m.journey.json"
    data = "Léa — 105 €\n".encode()
    path.write_bytes(data)
    assert stamp_bytes(path, data) == take_stamp(path)
