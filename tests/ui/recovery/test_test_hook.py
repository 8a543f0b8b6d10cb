"""The end-to-end test hook: inert unless asked for, and loud when its script is wrong."""

from __future__ import annotations

import json

from journey_editor.persistence import load_project
from journey_editor.ui.shell import test_hook


def test_the_hook_is_inert_without_the_variable(qapp, monkeypatch, make_window, map_path):
    monkeypatch.delenv(test_hook.ENV_VAR, raising=False)
    window = make_window(load_project(map_path), map_path)
    assert not test_hook.schedule_from_environment([window])


def test_the_operations_run_in_order(qtbot, monkeypatch, make_window, map_path, tmp_path, store):
    marker = tmp_path / "ready"
    script = tmp_path / "hook.json"
    operations = [
        {"op": "rename_card", "card": "c-blog", "title": "Par le crochet"},
        {"op": "delete_persona", "persona": "p-marc"},
        {"op": "autosave"},
        {"op": "marker", "path": str(marker)},
    ]
    script.write_text(json.dumps({"operations": operations}), encoding="utf-8")
    monkeypatch.setenv(test_hook.ENV_VAR, str(script))
    window = make_window(load_project(map_path), map_path, autosave_seconds=3600)

    assert test_hook.schedule_from_environment([window])
    qtbot.waitUntil(marker.exists, timeout=3000)

    assert marker.read_text(encoding="utf-8") == f"ready\n{window.autosave.copy_path}\n"
    recovered = store.entries()[0].load_project()
    assert recovered.card("c-blog").title == "Par le crochet"
    assert [p.id for p in recovered.personas] == ["p-lea"]
    assert window.document.undo_stack.count() == 2  # two ordinary undo steps


def test_a_bad_script_writes_the_error_to_the_marker(make_window, map_path, tmp_path):
    marker = tmp_path / "ready"
    script = tmp_path / "hook.json"
    operations = [{"op": "explode"}, {"op": "marker", "path": str(marker)}]
    script.write_text(json.dumps({"operations": operations}), encoding="utf-8")
    window = make_window(load_project(map_path), map_path)

    test_hook.run_script(script, window)
    assert marker.read_text(encoding="utf-8").startswith("error: ValueError")
    assert not window.document.is_modified()
