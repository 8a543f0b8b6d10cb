"""An open map is out of the garbage collector's reach (issue 14, item 4): a full collection in
the middle of a drag scans what the edits made, not the whole map."""

import gc

from journey_editor.model.factory import new_project
from journey_editor.ui.editing.document import FREEZING, MapDocument, thaw_objects


def test_a_replaced_map_is_frozen_and_the_old_one_can_go(qapp, small_project, monkeypatch):
    monkeypatch.setitem(FREEZING, "on", True)  # as the running editor has it
    document = MapDocument(small_project)
    try:
        thaw_objects()
        document.replace_project(new_project(), None)
        frozen = gc.get_freeze_count()
        assert frozen > 0, "the new map is frozen once laid out"
        old = small_project
        document.swap_project(old, "Restore")
        assert gc.get_freeze_count() > 0
        thaw_objects()
        assert gc.get_freeze_count() == 0
    finally:
        thaw_objects()
        document.undo_stack.clear()
        document.deleteLater()
