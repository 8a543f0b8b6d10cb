"""Property: whatever the user does — edits, typing merged into one step, saves, undo, redo,
reloads, reverting to the backup — no saved state is ever lost, and "Saved" never lies.

- the file on disk always holds the last state saved, byte for byte;
- its `.bak` holds the state saved before that one;
- whenever the document says it is unmodified, its map is exactly the file's content;
- undoing back to the step that was saved gives back the saved state, whatever came between;
- every state of the document reloads from its own bytes (nothing unsaveable is ever held).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from journey_editor.edits import (
    AddCard,
    AddStage,
    EditError,
    MoveCards,
    RemoveCards,
    RemovePersona,
    UpdateCard,
    UpdateProject,
)
from journey_editor.model import Card, Project, Stage
from journey_editor.persistence import load_project
from journey_editor.persistence.atomic import backup_path
from journey_editor.persistence.native import project_to_bytes
from journey_editor.ui.editing.document import MapDocument

TITLES = st.sampled_from(["Café — 5 €", "Œuvre", "x", "Boutique « en ligne »"])


class SavedStatesMachine(RuleBasedStateMachine):
    folder: Path  # set per test run
    start: Project  # the map first saved, copied for each run

    @initialize()
    def open_saved_map(self) -> None:
        self.path = self.folder / f"map-{id(self)}.journey.json"
        for leftover in (self.path, backup_path(self.path)):
            leftover.unlink(missing_ok=True)
        self.document = MapDocument(self.start.model_copy(deep=True), None)
        self.document.save(self.path)
        self.saved: list[bytes] = [self.path.read_bytes()]
        # The undo-stack index at which the document equals the file (None: unreachable).
        self.saved_index: int | None = self.document.undo_stack.index()
        self.counter = 0

    def teardown(self) -> None:
        # Undo commands point back at their document: free them while Qt still runs, not in
        # the interpreter's shutdown, where their destruction order is arbitrary (a crash at exit).
        document = getattr(self, "document", None)
        if document is not None:
            document.undo_stack.clear()
            shiboken6.delete(document)

    def _apply(self, edit, mergeable: bool = False) -> None:
        try:
            self.document.apply(edit, mergeable)
        except EditError:
            return  # refused edits leave everything as it was; checked by the invariants
        if self.saved_index is not None and self.document.undo_stack.index() <= self.saved_index:
            # a merge into the saved step, or a push after undoing past it: that state is now
            # only on disk, not in the stack
            self.saved_index = None

    # --- edits ---------------------------------------------------------------------------------

    @rule(data=st.data(), title=TITLES)
    def retitle_card(self, data, title) -> None:
        cards = self.document.project.cards
        if cards:
            card = data.draw(st.sampled_from(cards))
            typing = data.draw(st.booleans())
            self._apply(UpdateCard(card.id, {"title": title}), mergeable=typing)

    @rule(data=st.data())
    def score_card(self, data) -> None:
        cards = self.document.project.cards
        if cards:
            card = data.draw(st.sampled_from(cards))
            changes = {
                "effort": data.draw(st.integers(1, 5)),
                "emotion": data.draw(st.integers(-2, 2)),
            }
            self._apply(UpdateCard(card.id, changes))

    @rule(data=st.data())
    def move_card(self, data) -> None:
        project = self.document.project
        if project.cards and project.personas and project.stages:
            card = data.draw(st.sampled_from(project.cards))
            persona = data.draw(st.sampled_from(project.personas))
            lane = data.draw(st.sampled_from(persona.lanes))
            stage = data.draw(st.sampled_from(project.stages))
            index = data.draw(st.one_of(st.none(), st.integers(0, 3)))
            self._apply(MoveCards((card.id,), persona.id, lane.id, stage.id, index))

    @rule(data=st.data(), title=TITLES)
    def add_card(self, data, title) -> None:
        project = self.document.project
        if project.personas and project.stages:
            persona = data.draw(st.sampled_from(project.personas))
            lane = data.draw(st.sampled_from(persona.lanes))
            stage = data.draw(st.sampled_from(project.stages))
            self.counter += 1
            card = Card(
                id=f"c-new-{self.counter}",
                persona=persona.id,
                lane=lane.id,
                stage=stage.id,
                title=title,
            )
            self._apply(AddCard(card))

    @rule(data=st.data())
    def delete_card(self, data) -> None:
        if self.document.project.cards:
            card = data.draw(st.sampled_from(self.document.project.cards))
            self._apply(RemoveCards((card.id,)))

    @rule(data=st.data())
    def delete_persona(self, data) -> None:
        if len(self.document.project.personas) > 1:
            persona = data.draw(st.sampled_from(self.document.project.personas))
            self._apply(RemovePersona(persona.id))

    @rule(name=TITLES)
    def add_stage(self, name) -> None:
        self.counter += 1
        self._apply(AddStage(Stage(id=f"s-new-{self.counter}", name=name)))

    @rule(title=TITLES)
    def retitle_map(self, title) -> None:
        self._apply(UpdateProject({"title": title}))

    @rule()
    def leave_field(self) -> None:
        self.document.end_merge()

    # --- undo, redo, save, reload, revert --------------------------------------------------------

    @rule()
    def undo(self) -> None:
        self.document.undo_stack.undo()

    @rule()
    def redo(self) -> None:
        self.document.undo_stack.redo()

    @rule()
    def save(self) -> None:
        self.document.save()
        self.saved.append(self.path.read_bytes())
        self.saved_index = self.document.undo_stack.index()

    @precondition(lambda self: not self.document.is_modified())
    @rule()
    def reload(self) -> None:
        self.document.replace_project(load_project(self.path), self.path)
        self.saved_index = self.document.undo_stack.index()

    @precondition(lambda self: len(self.saved) > 1)
    @rule()
    def revert_to_backup(self) -> None:
        self.document.swap_project(load_project(backup_path(self.path)), "Revert to backup")
        if self.saved_index is not None and self.document.undo_stack.index() <= self.saved_index:
            self.saved_index = None

    # --- what must always hold -----------------------------------------------------------------

    @invariant()
    def file_holds_last_saved_state(self) -> None:
        assert self.path.read_bytes() == self.saved[-1]

    @invariant()
    def backup_holds_the_state_saved_before(self) -> None:
        if len(self.saved) > 1:
            assert backup_path(self.path).read_bytes() == self.saved[-2]

    @invariant()
    def saved_means_equal_to_the_file(self) -> None:
        if not self.document.is_modified():
            assert project_to_bytes(self.document.project) == self.saved[-1]

    @invariant()
    def undo_back_to_the_saved_step_gives_the_saved_state(self) -> None:
        stack = self.document.undo_stack
        if self.saved_index is None:
            return
        here = stack.index()
        stack.setIndex(self.saved_index)
        assert project_to_bytes(self.document.project) == self.saved[-1]
        assert not self.document.is_modified()
        stack.setIndex(here)

    @invariant()
    def the_document_always_holds_a_saveable_map(self) -> None:
        data = project_to_bytes(self.document.project)
        assert project_to_bytes(load_project_bytes(data)) == data


def load_project_bytes(data: bytes):
    from journey_editor.persistence.native import project_from_bytes

    return project_from_bytes(data, "memory")


def test_no_saved_state_is_ever_lost(qapp, tmp_path, small_project):
    SavedStatesMachine.folder = tmp_path
    SavedStatesMachine.start = small_project
    run_state_machine_as_test(
        SavedStatesMachine,
        settings=settings(
            max_examples=60,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        ),
    )
