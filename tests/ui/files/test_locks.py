"""Two instances on one map: the second is told who holds it and can read it or copy it."""

import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt

from journey_editor.persistence import load_project
from journey_editor.persistence.file_lock import lock_path, read_lock
from journey_editor.persistence.process_owner import current_owner
from journey_editor.ui.shell.main_window import MainWindow


def test_opening_a_map_locks_it_and_closing_the_window_unlocks_it(new_window, map_path):
    first = new_window(map_path)
    held = read_lock(lock_path(map_path))
    assert held is not None and held.owner.pid == current_owner().pid
    first.close()
    assert not lock_path(map_path).exists()


def test_the_second_window_is_told_who_holds_the_map(new_window, map_path, modal):
    new_window(map_path)
    modal.script("ask_locked", "cancel")
    second = new_window()
    before = second.document.project
    assert not second.files.open_path(map_path)
    name, owner, alive = modal.asked[-1][1]
    assert name == "atelier.journey.json"
    assert (owner.user, owner.host) == (current_owner().user, current_owner().host)
    assert alive is True
    # Cancel: the second window keeps what it had.
    assert second.document.project is before and second.document.path is None


def test_read_only_says_so_and_save_goes_to_save_as(
    qtbot, new_window, map_path, modal, save_as_target, tmp_path
):
    first = new_window(map_path)
    modal.script("ask_locked", "read_only")
    second = new_window()
    assert second.files.open_path(map_path)
    assert second.files.read_only
    assert "(read-only)" in second.windowTitle()
    original = map_path.read_bytes()

    second.selection.set("card", ["c-blog"])
    second.menus.actions["effort_4"].trigger()
    elsewhere = tmp_path / "ma-version.journey.json"
    save_as_target(elsewhere)
    second.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(second.isActiveWindow)
    second.view.setFocus()
    qtbot.keyClick(second.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert map_path.read_bytes() == original  # the holder's file is untouched
    assert load_project(elsewhere).card("c-blog").effort == 4
    assert not second.files.read_only and "(read-only)" not in second.windowTitle()
    assert read_lock(lock_path(elsewhere)).token == second.files.session.lock.info.token
    assert read_lock(lock_path(map_path)).token == first.files.session.lock.info.token


def test_a_read_only_save_explains_why_in_the_status_bar(new_window, map_path, modal, monkeypatch):
    new_window(map_path)
    modal.script("ask_locked", "read_only")
    second = new_window(map_path)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a: ("", "")
    )  # the user cancels Save As
    assert not second.files.save()
    assert "read-only" in second.statusBar().currentMessage()


def test_open_a_copy_gives_an_untitled_map_with_the_same_content(
    new_window, map_path, modal, small_project
):
    new_window(map_path)
    modal.script("ask_locked", "copy")
    second = new_window(map_path)
    assert second.document.path is None
    assert second.document.project == small_project
    assert not second.files.read_only


def test_once_the_first_window_closes_the_map_opens_normally(new_window, map_path, modal):
    first = new_window(map_path)
    first.close()
    second = new_window(map_path)
    assert "ask_locked" not in modal.names()
    assert second.files.session.owns_lock_for(map_path)


def test_save_as_moves_the_lock(window, map_path, save_as_target, tmp_path):
    target = tmp_path / "renamed.journey.json"
    save_as_target(target)
    assert window.files.save_as()
    assert not lock_path(map_path).exists()
    assert read_lock(lock_path(target)).token == window.files.session.lock.info.token


def test_a_new_map_releases_the_lock(window, map_path):
    window.menus.actions["new"].trigger()
    assert window.document.path is None
    assert not lock_path(map_path).exists()


def test_save_as_onto_a_map_open_elsewhere_is_refused(new_window, map_path, modal, tmp_path):
    first = new_window(map_path)
    other = tmp_path / "other.journey.json"
    other.write_bytes(map_path.read_bytes())
    second = new_window(other)
    before = map_path.read_bytes()
    assert not second.files._save_to(map_path)
    assert map_path.read_bytes() == before
    title, message, _advice = modal.errors[-1]
    assert title == "Cannot save map" and "already open" in message
    assert first.files.session.lock.is_ours()


def test_a_map_held_by_another_process_is_offered_read_only(new_window, map_path, modal):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import pathlib, sys
                from journey_editor.persistence.file_lock import acquire
                lock = acquire(pathlib.Path({str(map_path)!r}))
                print("locked", flush=True)
                sys.stdin.readline()
                lock.release()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        modal.script("ask_locked", "read_only")
        window = new_window(map_path)
        _name, owner, alive = modal.asked[-1][1]
        assert owner.pid == holder.pid and alive is True
        assert window.files.read_only
        window.close()
        # Our read-only window must not have removed the other process's lock.
        assert read_lock(lock_path(map_path)).owner.pid == holder.pid
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=10)
    assert not lock_path(map_path).exists()


def test_the_file_given_at_start_is_locked_or_offered_read_only(
    qtbot, new_window, map_path, modal, small_project
):
    new_window(map_path)  # an instance already has it open
    modal.script("ask_locked", "read_only")
    started = MainWindow(small_project, map_path)  # as run_editor builds it
    try:
        started.show()
        started.files.claim_start_file()
        assert started.files.read_only and started.document.path == map_path
    finally:
        started.close()
        started.deleteLater()


def test_a_folder_without_room_for_a_lock_still_opens_the_map(new_window, map_path, monkeypatch):
    import errno
    import os

    real_open = os.open

    def refuse_locks(path, flags, *args):
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refuse_locks)
    window = new_window(map_path)
    assert window.document.path == map_path and not window.files.read_only
    assert "No lock file" in window.statusBar().currentMessage()


def test_a_read_only_window_is_offered_the_holders_saved_version(
    qtbot, new_window, map_path, modal
):
    holder = new_window(map_path)
    modal.script("ask_locked", "read_only")
    reader = new_window(map_path)
    holder.selection.set("card", ["c-queue"])
    holder.menus.actions["effort_5"].trigger()
    assert holder.files.save()
    qtbot.waitUntil(reader.message_bar.isVisible, timeout=5000)
    qtbot.mouseClick(reader.message_bar.button("reload"), Qt.MouseButton.LeftButton)
    assert reader.document.project.card("c-queue").effort == 5
    assert reader.files.read_only  # still not the holder
    assert not holder.message_bar.isVisible()  # its own save is no news to the holder


def test_cancel_at_start_opens_a_blank_map_but_never_drops_recovered_changes(
    new_window, map_path, modal, small_project
):
    new_window(map_path)
    modal.script("ask_locked", "cancel", "cancel")
    plain = MainWindow(small_project.model_copy(deep=True), map_path)
    recovered = MainWindow(small_project.model_copy(deep=True), map_path)
    try:
        plain.files.claim_start_file()
        assert plain.document.path is None and plain.document.project != small_project

        recovered.selection.set("card", ["c-blog"])
        recovered.menus.actions["effort_5"].trigger()  # as if restored from a recovery copy
        recovered.files.claim_start_file()
        assert recovered.document.path is None  # never saved over the holder's file
        assert recovered.document.project.card("c-blog").effort == 5
        assert recovered.isWindowModified()
    finally:
        for window in (plain, recovered):
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()
