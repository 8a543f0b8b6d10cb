"""File → Revert to backup…: the version before the last save comes back, as one undo step."""

from journey_editor.persistence import backup_path


def save_with_effort(window, value):
    window.selection.set("card", ["c-blog"])
    window.menus.actions[f"effort_{value}"].trigger()
    assert window.files.save()


def test_without_a_backup_the_entry_is_disabled(window):
    window.files.disk.refresh_actions()
    assert not window.menus.actions["revert_backup"].isEnabled()


def test_revert_asks_with_counts_then_restores_the_previous_version(window, map_path, modal):
    save_with_effort(window, 4)  # the first save keeps the original as .bak
    assert window.menus.actions["revert_backup"].isEnabled()
    modal.script("confirm_revert", True)
    window.menus.actions["revert_backup"].trigger()
    name, backup, current = modal.asked[-1][1]
    assert name == "atelier.journey.json"
    # Plural forms come from the catalogue; without one Qt writes "persona(s)".
    for count in ("2 persona", "3 stage", "5 card", "1 link"):
        assert count in backup
    assert "kept as the backup" in backup
    assert "5 card" in current
    assert window.document.project.card("c-blog").effort == 1  # the original value
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert window.document.project.card("c-blog").effort == 4


def test_declining_leaves_the_map(window, modal):
    save_with_effort(window, 4)
    modal.script("confirm_revert", False)
    window.menus.actions["revert_backup"].trigger()
    assert window.document.project.card("c-blog").effort == 4
    assert not window.isWindowModified()


def test_a_damaged_backup_gives_the_loaders_dialog(window, map_path, modal, unhandled):
    save_with_effort(window, 4)
    backup_path(map_path).write_bytes(b'{"schema_version": 1, "stages": [')
    window.menus.actions["revert_backup"].trigger()
    title, message, advice = modal.errors[0]
    assert title == "Cannot revert to backup"
    assert "atelier.journey.json.bak" in message and "not valid JSON" in advice
    assert window.document.project.card("c-blog").effort == 4
    assert "confirm_revert" not in modal.names() and unhandled == []


def test_the_file_menu_enables_revert_once_a_backup_appears(window, map_path):
    window.files.disk.refresh_actions()
    assert not window.menus.actions["revert_backup"].isEnabled()
    backup_path(map_path).write_bytes(map_path.read_bytes())
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.aboutToShow.emit()
    assert window.menus.actions["revert_backup"].isEnabled()
