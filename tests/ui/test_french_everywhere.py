"""No English left in the French interface: every window and dialog, walked for real.

Each scene opens part of the app (the main window with its menus, toolbar and docks, each page
of the inspector, Preferences, the PDF and image exports, the help, the recovery offer, the
load-error box, the question boxes, the message bar, the canvas's context menus …) and reads
every text a person sees there: widget texts, tooltips, titles, combo items, headers and items
of tables and lists, menus and actions, message boxes, status-bar and message-bar notes.

A scene runs twice, in English then in French, from the same files. A French text fails when
what is left of it — once the map's own words (titles, names, labels the user typed), file
names, numbers and the few words that are the same in both languages (ALLOWED) are taken out —
is also left of a text of the English run: it was never translated.

No modal loop runs: dialogs are built and shown (or opened) and closed; message boxes are
read by a stand-in for QMessageBox.exec; file choosers are stand-ins that note their caption
and filters.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QUndoView,
    QWidget,
)

from journey_editor import i18n
from journey_editor.persistence import project_to_bytes
from journey_editor.settings import Settings
from journey_editor.ui.translations import install_translators

# Words the French interface shows as they are in English, each for a reason. Keep it short:
# a word here is never checked anywhere.
ALLOWED = {
    # the same word in French: the catalogue translates each to itself
    *("actions", "base", "client", "description", "effort", "image", "mode", "notes"),
    "orientation",
    *("page", "pages", "palette", "pause", "persona", "personas", "phase", "portrait"),
    "positive",
    *("vote", "votes"),
    # names: the app, file formats, ISO paper sizes, Qt's own "OK"
    *("journey-editor", "pdf", "png", "svg", "csv", "sms", "openjourney", "ok"),
    *("a0", "a1", "a2", "a3", "a4"),
    # units, and the notation of a colour (as in CSS)
    *("mm", "pt", "min", "rrggbb"),
    # Preferences names each language in itself, whatever the interface's language
    *("english", "français"),
}
FILE_PATTERN = re.compile(r"\*?\.[a-z][\w.]*")  # "*.png", ".journey.json": suffixes are no words
PARTS = re.compile(r"\n| · ")
WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")


# --- reading what is shown ------------------------------------------------------------------


@dataclass
class Seen:
    """Texts shown, each with where it was seen ("Preferences › QLabel")."""

    texts: list[tuple[str, str]] = field(default_factory=list)
    # Words of the layers below the interface, still English (the loader's diagnostics): a
    # known gap, left out of the check rather than hidden in ALLOWED.
    foreign: set[str] = field(default_factory=set)

    def add(self, where: str, text: str | None) -> None:
        if text and text.strip():
            self.texts.append((where, text))

    def keys(self, where: str, text: str) -> None:
        """A cell of the shortcuts table: key names (Qt's own, per platform) are no words."""
        parts = [p for p in re.split(r" / |, ", text) if not _is_key(p)]
        self.add(where, " / ".join(parts))

    def action(self, where: str, action: QAction) -> None:
        if action.isSeparator():
            return
        self.add(where, action.text())
        self.add(f"{where} (icon text)", action.iconText())
        if action.toolTip() not in (action.text().replace("&", ""), action.iconText()):
            self.add(f"{where} (tooltip)", action.toolTip())
        self.add(f"{where} (status tip)", action.statusTip())
        if action.menu() is not None:
            self.menu(f"{where} ▸", action.menu())

    def menu(self, where: str, menu: QMenu) -> None:
        menu.aboutToShow.emit()  # menus filled on demand fill now
        self.add(f"{where} (title)", menu.title())
        for action in menu.actions():
            self.action(f"{where} {action.text() or '…'}", action)

    def widget(self, where: str, root: QWidget) -> None:
        self.add(f"{where} (window title)", root.windowTitle().replace("[*]", ""))
        for widget in [root, *root.findChildren(QWidget)]:
            self._one(f"{where} › {type(widget).__name__}", widget)

    def _one(self, where: str, widget: QWidget) -> None:
        if isinstance(widget, QMenu):
            self.menu(where, widget)
            return
        if isinstance(widget, QHeaderView):
            return  # its model is its table's: read with the table
        self.add(f"{where} (tooltip)", widget.toolTip())
        self.add(f"{where} (status tip)", widget.statusTip())
        self.add(f"{where} (accessible name)", widget.accessibleName())
        self.add(f"{where} (accessible description)", widget.accessibleDescription())
        if isinstance(widget, QDockWidget | QToolBar):
            self.add(f"{where} (title)", widget.windowTitle())
        if isinstance(widget, QToolBar):
            for action in widget.actions():
                self.action(f"{where} {action.text()}", action)
        if isinstance(widget, QMainWindow):
            for action in widget.menuBar().actions():
                self.action(f"{where} menu {action.text()}", action)
            for action in widget.actions():
                self.action(f"{where} action {action.objectName()}", action)
            self.add(f"{where} status bar", widget.statusBar().currentMessage())
        if isinstance(widget, QLabel | QAbstractButton):
            self.add(where, widget.text())
        elif isinstance(widget, QGroupBox):
            self.add(where, widget.title())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                self.add(f"{where} item", widget.itemText(index))
            self.add(f"{where} (placeholder)", widget.placeholderText())
        elif isinstance(widget, QLineEdit):
            self.add(where, widget.text())
            self.add(f"{where} (placeholder)", widget.placeholderText())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            self.add(where, widget.toPlainText())
            self.add(f"{where} (placeholder)", widget.placeholderText())
        elif isinstance(widget, QAbstractSpinBox):
            for part in ("prefix", "suffix", "specialValueText"):
                if hasattr(widget, part):
                    self.add(f"{where} ({part})", getattr(widget, part)())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                self.add(f"{where} tab", widget.tabText(index))
                self.add(f"{where} tab (tooltip)", widget.tabToolTip(index))
        elif isinstance(widget, QMessageBox):
            self.add(where, widget.text())
            self.add(f"{where} (informative)", widget.informativeText())
            self.add(f"{where} (details)", widget.detailedText())
        if isinstance(widget, QUndoView):
            self.add(f"{where} (empty label)", widget.emptyLabel())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            self._model(where, widget)

    def _model(self, where: str, view: QAbstractItemView) -> None:
        model = view.model()
        header = getattr(view, "horizontalHeader", None)
        if header is not None and not header().isHidden():
            for column in range(model.columnCount()):
                self.add(
                    f"{where} header",
                    model.headerData(column, Qt.Orientation.Horizontal),
                )

        self._rows(where, model, view.rootIndex(), view.objectName() == "shortcuts-table")

    def _rows(self, where: str, model, parent, shortcuts: bool) -> None:
        for row in range(model.rowCount(parent)):
            # a list model's columnCount and hasChildren are private in PySide6: flat, one column
            flat = isinstance(model, QAbstractListModel | QAbstractTableModel)
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
            for column in range(columns):
                index = model.index(row, column, parent)
                text = model.data(index, Qt.ItemDataRole.DisplayRole)
                if isinstance(text, str) and shortcuts and column == 0:
                    self.keys(f"{where} keys", text)
                elif isinstance(text, str):
                    self.add(f"{where} item", text)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    self.add(f"{where} item (tooltip)", tip)
                if column == 0 and not flat and model.hasChildren(index):
                    self._rows(where, model, index, shortcuts)


def _is_key(text: str) -> bool:
    """A key or key combination in the platform's words ("Ctrl+Maj+S", "F2", "Tab")."""
    native = QKeySequence.SequenceFormat.NativeText
    sequence = QKeySequence.fromString(text, native)
    return not sequence.isEmpty() and sequence.toString(native) == text


def plain(text: str) -> str:
    if re.search(r"<[a-zA-Z/][^>]*>", text):  # rich text: its words, not its tags
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return re.sub(r"&(?=[^\s&])", "", text).replace("&&", "&")


def leftovers(text: str, own: re.Pattern[str], folder: Path) -> set[str]:
    """For each part of `text` (its lines, and the parts of a line between " · "), the words
    a translation would change: without paths in `folder`, the map's own texts (`own`, from
    `own_pattern`), file names, numbers, single letters and the ALLOWED words."""
    text = re.sub(re.escape(str(folder)) + r"\S*", " ", plain(text))
    text = FILE_PATTERN.sub(" ", own.sub(" ", text))
    found = set()
    for part in PARTS.split(text):
        words = [w for w in WORD.findall(part) if len(w) > 1 and w.casefold() not in ALLOWED]
        if words:
            found.add(" ".join(words))
    return found


def own_pattern(texts: Iterable[str]) -> re.Pattern[str]:
    """Any of `texts` as whole words (the link "clic" is not in "double-click"), longest
    first."""
    choices = "|".join(re.escape(t) for t in sorted(texts, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{choices})(?!\w)")


def map_texts(data: object) -> set[str]:
    """Every string of a saved map: titles, names, labels, tags … (the user's words)."""
    if isinstance(data, str):
        return {data} if len(data) > 1 else set()
    if isinstance(data, dict):
        return set().union(*(map_texts(v) for v in data.values())) if data else set()
    if isinstance(data, list):
        return set().union(*(map_texts(v) for v in data)) if data else set()
    return set()


# --- the scenes -------------------------------------------------------------------------------


@dataclass
class Stage:
    """What a scene gets: a fresh folder with the map saved in it, and helpers."""

    qtbot: object
    monkeypatch: pytest.MonkeyPatch
    folder: Path
    project_factory: Callable[[], object]
    seen: Seen
    made: list[QWidget] = field(default_factory=list)

    @property
    def map_path(self) -> Path:
        return self.folder / "atelier.journey.json"

    def window(self, path: Path | None = None):
        from journey_editor.ui.shell.main_window import MainWindow

        window = MainWindow(self.project_factory(), path, settings=Settings())
        window.resize(1400, 860)
        window.show()
        self.qtbot.waitExposed(window)
        self.made.append(window)
        return window

    def read_message_boxes(self, where: str = "message box") -> list[QMessageBox]:
        """From now on a message box is read, not run: exec() notes its texts and returns
        at once as if cancelled (Esc)."""
        boxes: list[QMessageBox] = []

        def read(box: QMessageBox) -> int:
            boxes.append(box)
            self.seen.widget(f"{where}: {box.windowTitle()}", box)
            return QMessageBox.StandardButton.Cancel.value

        self.monkeypatch.setattr(QMessageBox, "exec", read)
        return boxes

    def answer_file_choosers(self, save: Path | None = None) -> list[tuple[str, str]]:
        """From now on a file chooser notes its caption and filters and answers `save` to a
        Save dialog (else nothing, as if cancelled)."""
        noted: list[tuple[str, str]] = []

        def chooser(kind: str, answer: Path | None):
            def run(parent=None, caption="", folder="", filters="", *args, **kwargs):
                noted.append((f"{kind} (caption)", caption))
                noted.extend((f"{kind} (filter)", f) for f in filters.split(";;"))
                return (str(answer) if answer else "", "")

            return run

        self.monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser("Open", None))
        self.monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser("Save", save))
        return noted

    def close_all(self) -> None:
        for widget in reversed(self.made):
            document = getattr(widget, "document", None)
            if document is not None:
                document.undo_stack.setClean()
                widget.ending_session = True
            widget.close()
            widget.deleteLater()
        self.made.clear()


SCENES: dict[str, Callable[[Stage], None]] = {}


def scene(function: Callable[[Stage], None]) -> Callable[[Stage], None]:
    SCENES[function.__name__] = function
    return function


def _selected(window, kind: str | None, ids: tuple[str, ...]):
    """Select `ids` of `kind` in `window` (nothing for None); the selection."""
    if kind is None:
        window.selection.clear()
    else:
        window.selection.set(kind, ids)
    return window.selection


@scene
def main_window(stage: Stage) -> None:
    """Menus, toolbar, docks with each kind of object selected, the undo history, the status
    bar and the canvas's tooltips, after a few edits."""
    from journey_editor.ui.editing import verbs

    window = stage.window(stage.map_path)
    document = window.document
    verbs.set_effort(document, ("c-blog",), 4)
    verbs.rename(document, "card", "c-shop", "Chemise à 95 €")
    verbs.add_lane(document, "p-marc", "pain_points")
    verbs.delete_selection(document, _selected(window, "card", ("c-friend",)))
    window.history.show()
    for kind, ids in (
        (None, ()),
        ("card", ("c-blog",)),
        ("card", ("c-blog", "c-shop")),
        ("stage", ("s-buy",)),
        ("persona", ("p-lea",)),
        ("lane", ("l-lea-emotion",)),
        ("lane", ("l-lea-touch",)),
        ("link", ("k-1",)),
    ):
        _selected(window, kind, ids)
        stage.seen.widget(f"main window, {kind or 'nothing'} selected", window)
    for item in window.view.scene().items():
        kind = getattr(item, "kind", type(item).__name__)
        stage.seen.add(f"canvas, {kind} (tooltip)", item.toolTip())
    editor = window.view.inline_editor
    assert editor.open("card", "c-blog")
    stage.seen.widget("canvas, renaming a card in place", editor.editor)
    editor.cancel()
    document.undo_stack.setClean()  # no Save / Discard question
    window.files.new_blank()
    stage.seen.widget("main window, new map", window)


@scene
def second_instance(stage: Stage) -> None:
    """A map another window has open: read-only (title, status, Save), or a copy."""
    from journey_editor.ui import dialogs

    assert stage.window().files.open_path(stage.map_path)  # opened as File → Open does: locked
    for answer in ("read_only", "copy"):
        stage.monkeypatch.setattr(dialogs, "ask_locked", lambda *args, a=answer: a)
        window = stage.window()
        assert window.files.open_path(stage.map_path)
        stage.seen.widget(f"second window, {answer}", window)
    chooser = stage.answer_file_choosers()
    window = stage.made[1]  # the read-only one
    assert window.files.read_only
    window.statusBar().clearMessage()
    window.files.save()
    stage.seen.add("status bar after Save, read-only", window.statusBar().currentMessage())
    stage.seen.texts += [(f"Save, read-only › {w}", t) for w, t in chooser]


@scene
def status_messages(stage: Stage) -> None:
    """The status bar after common actions."""
    from journey_editor.ui.shell.preferences_dialog import edit_preferences

    window = stage.window(stage.map_path)
    bar = window.statusBar()
    stage.answer_file_choosers(save=stage.folder / "atelier.png")

    def after(what: str, action: Callable[[], object]) -> None:
        bar.clearMessage()
        action()
        stage.seen.add(f"status bar after {what}", bar.currentMessage())

    after("Preferences, OK", lambda: edit_preferences(window).accept())
    _selected(window, None, ())
    after("Card → New card with nothing selected", window.menus.actions["new_card"].trigger)
    after("Revert to backup with no backup", window.menus.actions["revert_backup"].trigger)
    after("Reload from disk", window.menus.actions["reload"].trigger)
    after("Export → Image", lambda: _export_image_and_wait(stage, window))
    after(
        "Export → Mermaid",
        lambda: window.files.export_to(stage.folder / "atelier.mmd", "mermaid"),
    )
    after(
        "Export → CSV",
        lambda: window.files.export_to(stage.folder / "atelier.csv", "csv"),
    )


@scene
def preferences(stage: Stage) -> None:
    from journey_editor.ui.shell.preferences_dialog import edit_preferences

    window = stage.window()
    dialog = edit_preferences(window)
    stage.qtbot.waitExposed(dialog)
    stage.seen.widget("Preferences", dialog)
    dialog.reject()


@scene
def pdf_export(stage: Stage) -> None:
    """The PDF dialog with its preview (fitted with a warning, tiled with a summary and a
    scale to propose, a custom poster, then margins it refuses), its file chooser, then an
    export: its progress, its status note and its warnings."""
    from journey_editor.export.pdf_options import PdfOptions
    from journey_editor.ui.handout.pdf_dialog import WARNINGS_NAME, PdfExportDialog, start_export

    window = stage.window(stage.map_path)
    dialog = PdfExportDialog(window.document.project, Settings(), stage.map_path, window)
    dialog.show()
    stage.qtbot.waitExposed(dialog)
    preview = dialog.preview
    for name, options in {
        "fitted, small text": PdfOptions(min_font_pt=24.0),
        "tiled": PdfOptions(paper="A4", mode="tile", scale=1.4, summary=True),
        "one map per persona": PdfOptions(per_persona=True),
        "custom poster": PdfOptions(paper="custom", custom_size_mm=(600.0, 900.0)),
        "Letter, portrait": PdfOptions(paper="Letter", landscape=False),
    }.items():
        dialog.panel.set_options(options)
        stage.qtbot.waitUntil(
            lambda o=options: (
                preview.planner.latest is not None
                and preview.planner.latest.options == o
                and preview.page.plan is preview.planner.latest
            ),
            timeout=10_000,
        )
        stage.seen.widget(f"Export PDF, {name}", dialog)
        if name == "tiled":
            assert preview.proposal.isVisibleTo(dialog), "no scale proposed"
    dialog.panel.margin.setValue(120.0)  # no room left on the page
    stage.seen.widget("Export PDF, impossible margins", dialog)
    stage.seen.add("Export PDF preview, impossible margins", preview.page.message)
    chooser = stage.answer_file_choosers()
    dialog.panel.margin.setValue(10.0)
    dialog.choose_file_and_accept()
    stage.seen.texts += [(f"Export PDF › {w}", t) for w, t in chooser]
    dialog.reject()

    job = start_export(window, stage.folder / "atelier.pdf", PdfOptions(min_font_pt=24.0))
    for progress in window.findChildren(QProgressDialog):
        stage.seen.widget("PDF export progress", progress)
    stage.qtbot.waitUntil(lambda: window.findChild(QMessageBox, WARNINGS_NAME) is not None)
    stage.seen.add("status bar after Export PDF", window.statusBar().currentMessage())
    stage.seen.widget("PDF warnings", window.findChild(QMessageBox, WARNINGS_NAME))
    assert not job.is_running()


def _export_image_and_wait(stage: Stage, window) -> None:
    from journey_editor.ui.handout.image_job import ImageExportJob

    window.menus.actions["export_image"].trigger()
    stage.qtbot.waitUntil(
        lambda: not any(job.is_running() for job in window.findChildren(ImageExportJob)),
        timeout=60_000,
    )


@scene
def image_export(stage: Stage) -> None:
    """File → Export → Image: the file chooser, a folder that cannot be written, then an
    export: its progress, a second one refused meanwhile, Cancel and its status note."""
    from journey_editor.ui.handout import image_dialog
    from journey_editor.ui.handout.image_dialog import start_image_export

    window = stage.window(stage.map_path)
    boxes = stage.read_message_boxes()
    chooser = stage.answer_file_choosers(save=stage.folder / "missing" / "atelier.png")
    window.menus.actions["export_image"].trigger()
    stage.seen.texts += [(f"Export image › {w}", t) for w, t in chooser]
    assert boxes, "the error box was not shown"

    stage.monkeypatch.setattr(image_dialog, "PROGRESS_DELAY_MS", 0)
    job = start_image_export(window, stage.folder / "atelier.png")
    bar = window.statusBar()
    window.menus.actions["export_image"].trigger()
    stage.seen.add("status bar, a second image export", bar.currentMessage())
    with stage.qtbot.waitSignal(job.progress, timeout=30_000):
        pass
    for progress in window.findChildren(QProgressDialog):
        stage.seen.widget("Image export progress", progress)
    with stage.qtbot.waitSignal(job.cancelled, timeout=30_000):
        job.cancel()
    stage.seen.add("status bar after cancelling an image export", bar.currentMessage())


@scene
def file_choosers(stage: Stage) -> None:
    """The captions and filters of File → Open, Import, Save As and the exports."""
    window = stage.window(stage.map_path)
    chooser = stage.answer_file_choosers()
    for name in ("open", "import", "save_as", "export_ojf", "export_mmd", "export_csv"):
        window.menus.actions[name].trigger()
    stage.seen.texts += [(f"file chooser › {w}", t) for w, t in chooser]


@scene
def help_dialogs(stage: Stage) -> None:
    from journey_editor.ui.shell import help_dialogs
    from journey_editor.ui.shell.actions import help_lines

    dialog = help_dialogs.ShortcutsDialog(help_lines())
    dialog.table.setObjectName("shortcuts-table")
    stage.made.append(dialog)
    dialog.show()
    stage.seen.widget("Help › Keyboard shortcuts", dialog)
    shown: list[tuple[str, str]] = []
    stage.monkeypatch.setattr(
        QMessageBox, "about", lambda parent, title, text: shown.append((title, text))
    )
    help_dialogs.show_about(None)
    stage.seen.texts += [("Help › About", text) for pair in shown for text in pair]


@scene
def recovery(stage: Stage) -> None:
    """The start-up offer with a changed copy of the map, an unsaved one, an unreadable one,
    one whose original is gone; then the notice after an unexpected error."""
    from journey_editor.edits import RemovePersona
    from journey_editor.persistence.recovery import RecoveryStore
    from journey_editor.ui.files.recovery_dialog import RecoveryDialog
    from journey_editor.ui.shell.crash_guard import show_crash_notice

    store = RecoveryStore(stage.folder / "recovery")
    changed = stage.project_factory()
    RemovePersona("p-marc").apply(changed)
    gone = stage.folder / "atelier-2.journey.json"
    gone.write_bytes(project_to_bytes(changed))
    entries = [
        store.write("atelier-1", project_to_bytes(changed), stage.map_path, changed.title),
        store.write("draft-2", project_to_bytes(changed), None, "", "emergency"),
        store.write("broken-3", b"{not json", stage.map_path, changed.title, "session-end"),
        store.write("gone-4", project_to_bytes(changed), gone, changed.title),
    ]
    gone.unlink()
    stage.map_path.write_bytes(project_to_bytes(changed))  # changed since the first copy
    dialog = RecoveryDialog(entries)
    stage.made.append(dialog)
    dialog.show()
    stage.seen.widget("Recover unsaved work", dialog)
    stage.read_message_boxes("Crash notice")
    show_crash_notice(None, [stage.folder / "copy.journey.json"], stage.folder / "crash.log")
    show_crash_notice(None, [], None)


@scene
def load_errors(stage: Stage) -> None:
    """Opening broken files: the error box (what, where, what to do). The loader's own
    lines (what is wrong, where in the file) are in English: see Seen.foreign."""
    from journey_editor.persistence import ProjectFileError, load_project
    from tests.bad_files import CORPUS

    window = stage.window()
    stage.read_message_boxes("Cannot open map")
    good = stage.map_path.read_bytes()
    broken = stage.folder / "atelier-broken.journey.json"
    for case in ("truncated", "unknown schema version", "wrong type", None):
        if case is None:
            broken.unlink()
        else:
            broken.write_bytes(CORPUS[case][0](good))
        with pytest.raises(ProjectFileError) as error:
            load_project(broken)
        stage.seen.foreign.update(str(problem) for problem in error.value.problems)
        assert not window.files.open_path(broken)


@scene
def questions(stage: Stage) -> None:
    """Every question box of ui/dialogs.py."""
    from datetime import UTC, datetime

    from journey_editor.persistence.process_owner import Owner
    from journey_editor.ui import dialogs

    stage.read_message_boxes("question")
    name = "atelier.journey.json"
    owner = Owner(
        pid=1, host="salle-2", user="lea", since=datetime(2026, 11, 23, tzinfo=UTC).isoformat()
    )
    dialogs.ask_save_changes(None, "atelier")
    dialogs.show_error(None, "x", "y", "z")
    dialogs.ask_locked(None, name, owner, True)
    dialogs.ask_locked(None, name, owner, None)
    dialogs.ask_after_save_failure(None, "x", "y")
    dialogs.ask_overwrite_newer(None, name)
    dialogs.ask_overwrite_read_only(None, name)
    dialogs.confirm_revert(None, "atelier", "x", "y")
    dialogs.ask_rename_default_names(None, 9, 14, "en", "fr")
    dialogs.ask_rename_default_names(None, 1, 0, "fr", "en")
    dialogs.ask_save_with_conflicts(None, 1)
    dialogs.ask_save_with_conflicts(None, 3)


@scene
def message_bar(stage: Stage) -> None:
    """The bar above the map when its file changes on disk (unmodified, then modified), then
    when it is deleted."""
    from journey_editor.ui.editing import verbs

    window = stage.window(stage.map_path)
    bar = window.message_bar
    theirs = stage.project_factory()
    theirs.title = "Version de Marc"
    for step in ("changed", "changed while modified", "deleted"):
        bar.clear()
        if step == "changed while modified":
            verbs.set_effort(window.document, ("c-blog",), 2)
        if step == "deleted":
            stage.map_path.unlink()
        else:
            theirs.card("c-shop").effort = 5 if step == "changed" else 4
            stage.map_path.write_bytes(project_to_bytes(theirs))
        stage.qtbot.waitUntil(bar.isVisible, timeout=5000)
        stage.seen.widget(f"message bar, file {step}", bar)


@scene
def workshop(stage: Stage) -> None:
    """The capture bar (its hint, a card added, each refusal, a capture taken back) and the
    timer (its dialog idle and running, the status bar running, paused and at zero)."""
    from journey_editor.ui.workshop.timer_dialog import TimerDialog

    window = stage.window(stage.map_path)
    bar = window.workshop.capture_bar
    _selected(window, "card", ("c-blog",))
    window.menus.actions["capture"].trigger()
    stage.seen.widget("capture bar", bar)
    for line in ("!Trop cher", "+Retrait", "Relance @fax", "Relance @sms @mail", "! #prix"):
        bar.line.setText(line)
        bar.submit()
        bar.line.clear()  # what was typed is the room's, not the interface's
        stage.seen.widget(f"capture bar after {line!r}", bar)
    bar.undo_last()
    stage.seen.widget("capture bar after Ctrl+Z", bar)

    clock = [1000.0]
    timer = window.workshop.timer
    timer.now = lambda: clock[0]
    window.menus.actions["timer"].trigger()
    dialog = window.findChild(TimerDialog)
    stage.seen.widget("timer dialog, idle", dialog)
    timer.start(600)
    for state in ("running", "paused"):
        stage.seen.widget(f"timer dialog, {state}", dialog)
        stage.seen.widget(f"status bar timer, {state}", window.workshop.timer_display)
        timer.pause()
    window.menus.actions["timer_reset"].trigger()
    window.menus.actions["timer_pause"].trigger()
    stage.seen.add("status bar, pause without a timer", window.statusBar().currentMessage())
    timer.start(60)
    clock[0] += 60
    timer.tick()
    stage.seen.widget("status bar timer, at zero", window.workshop.timer_display)
    timer.reset()


@scene
def context_menus(stage: Stage) -> None:
    """The canvas's right-click menus: a card, two cards, each header, an empty cell."""
    from PySide6.QtCore import QPointF

    from journey_editor.ui.canvas.interactions.context_menu import menu_for
    from journey_editor.ui.canvas.interactions.hits import hit_at

    window = stage.window(stage.map_path)
    view = window.view
    layout = view.map_layout()

    def point(rect) -> QPointF:
        return view.viewportTransform().map(
            QPointF(rect.x + rect.width / 2, rect.y + rect.height / 2)
        )

    def item_point(item) -> QPointF:
        return view.viewportTransform().map(item.mapRectToScene(item.boundingRect()).center())

    scene = view.map_scene
    places = {
        "card": point(layout.cards["c-blog"].rect),
        "stage header": item_point(scene.stages["s-buy"]),
        "persona header": item_point(scene.personas["p-lea"]),
        "lane header": item_point(scene.lanes["l-lea-touch"]),
        "empty cell": point(layout.cells[("p-marc", "l-marc-touch", "s-use")].rect),
    }
    for what, where in places.items():
        menu = menu_for(view, hit_at(view, where))
        assert menu is not None, what
        stage.seen.menu(f"context menu of a {what}", menu)
        menu.deleteLater()
    window.selection.set("card", ("c-blog", "c-shop"))
    menu = menu_for(view, hit_at(view, places["card"]))
    stage.seen.menu("context menu of two cards", menu)
    menu.deleteLater()


@scene
def compare_personas(stage: Stage) -> None:
    """View → Compare personas: the window, the words its chart paints, a marker's tooltip,
    and the hint with one persona ticked."""
    from dataclasses import asdict

    from journey_editor.ui.card_tips import card_tooltip
    from journey_editor.ui.persona_compare import CompareWindow

    window = stage.window(stage.map_path)
    window.menus.actions["compare_personas"].trigger()
    compare = window.findChild(CompareWindow)
    stage.qtbot.waitExposed(compare)
    stage.seen.widget("Compare personas", compare)
    chart = compare.chart
    for name, words in asdict(chart.labels).items():
        for text in words if isinstance(words, tuple) else (words,):
            stage.seen.add(f"Compare personas, chart ({name})", text)
    point = next(p for curve in chart.comparison.curves for p in curve.points)
    stage.seen.add(
        "Compare personas, marker (tooltip)",
        card_tooltip(window.document.project, point.card_id, by_persona=True),
    )
    compare.checks["p-marc"].click()
    stage.seen.widget("Compare personas, one persona", compare)
    compare.close()


@scene
def channel_path(stage: Stage) -> None:
    """View → Channel path: the window and the words its chart paints."""
    from dataclasses import asdict

    from journey_editor.ui.channel_path import ChannelPathWindow

    window = stage.window(stage.map_path)
    window.menus.actions["channel_path"].trigger()
    paths = window.findChild(ChannelPathWindow)
    stage.qtbot.waitExposed(paths)
    stage.seen.widget("Channel path", paths)
    for name, words in asdict(paths.view.labels).items():
        if name != "decimal_mark":
            stage.seen.add(f"Channel path, chart ({name})", words)
    paths.close()


@scene
def compare_with(stage: Stage) -> None:
    """View → Compare with: the menu's notes, the bar, the changes panel, the badges and their
    tooltips, a ghost's tooltip, what the map's other versions say when there are none."""
    from journey_editor.ui.compare.mode import CompareMode

    window = stage.window(stage.map_path)
    bar = window.statusBar()
    for name in ("compare_backup", "compare_saved"):
        bar.clearMessage()
        window.menus.actions[name].trigger()
        stage.seen.add(f"status bar after Compare with → {name}", bar.currentMessage())
    # Another version: a card it lacks (new here), one only it has (a ghost: a copy of the
    # blog card), another effort, a card in another stage.
    data = json.loads(project_to_bytes(stage.project_factory()))
    cards = {card["id"]: card for card in data["cards"]}
    data["cards"].remove(cards["c-friend"])
    data["cards"].append(dict(cards["c-blog"], id="c-blog-old"))
    cards["c-shop"]["effort"] = 5
    cards["c-queue"]["stage"] = "s-discover"
    other = stage.folder / "autre.journey.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    noted: list[tuple[str, str]] = []

    def choose(parent=None, caption="", folder="", filters="", *args, **kwargs):
        noted.append(("Compare with (caption)", caption))
        noted.extend(("Compare with (filter)", f) for f in filters.split(";;"))
        return (str(other), "")

    stage.monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.menus.actions["compare_file"].trigger()
    for where, text in noted:
        stage.seen.add(where, text)
    mode = window.findChild(CompareMode, "compare-mode")
    stage.seen.widget("Compare with, bar", mode.bar)
    stage.seen.widget("Compare with, changes", mode.panel)
    for line in mode.panel.lines():
        stage.seen.add("Compare with, changes (tooltip)", line.toolTip(0))
    for item in mode.overlay.items():
        stage.seen.add(f"Compare with, {item.kind}", getattr(item, "text", ""))
        stage.seen.add(f"Compare with, {item.kind} (tooltip)", item.toolTip())
    mode.leave()


@scene
def merge_conflicts(stage: Stage) -> None:
    """A map a merge left conflicts in (a card's effort, its title, a card deleted in mine and
    changed in theirs): the conflicts panel, its entries' tooltips, the canvas badges, the
    Edit… dialog (a text and a choice), the undo step of a resolution, a refused one."""
    from journey_editor.compare import merge_projects
    from journey_editor.edits import RemoveCards, UpdateCard
    from journey_editor.ui.conflicts.controller import ConflictsController
    from journey_editor.ui.conflicts.edit_dialog import ValueDialog

    def edited(*edits):
        project = stage.project_factory()
        for edit in edits:
            edit.apply(project)
        return project

    mine = edited(
        UpdateCard("c-blog", {"effort": 4, "title": "Version de Marc"}), RemoveCards(("c-queue",))
    )
    theirs = edited(
        UpdateCard("c-blog", {"effort": 2, "title": "Blog communautaire"}),
        UpdateCard("c-queue", {"effort": 5, "evidence": "observed"}),
    )
    merged = merge_projects(stage.project_factory(), mine, theirs).project
    stage.map_path.write_bytes(project_to_bytes(merged))
    window = stage.window()
    window.files.open_path(stage.map_path)
    conflicts = window.findChild(ConflictsController, "conflicts-controller")
    panel = conflicts.panel
    stage.seen.widget("Conflicts panel", panel)
    for index in range(panel.tree.topLevelItemCount()):
        entry = panel.tree.topLevelItem(index)
        stage.seen.add("Conflicts panel, entry", entry.text(0))
        stage.seen.add("Conflicts panel, entry (tooltip)", entry.toolTip(0))
        for line in range(entry.childCount()):
            stage.seen.add("Conflicts panel, line", entry.child(line).text(0))
            stage.seen.add("Conflicts panel, line (tooltip)", entry.child(line).toolTip(0))
    for item in conflicts.overlay.items():
        stage.seen.add("Conflict badge", getattr(item, "text", ""))
        stage.seen.add("Conflict badge (tooltip)", item.toolTip())
    project = window.document.project
    for conflict in project.conflicts:
        if conflict.field in ("title", "effort"):
            dialog = ValueDialog(project, conflict, window)
            stage.made.append(dialog)
            stage.seen.widget(f"Edit… ({conflict.field})", dialog)
    bar = window.statusBar()
    queue = next(i for i, c in enumerate(project.conflicts) if c.id == "c-queue")
    conflicts.show_object(queue)
    stage.seen.add("status bar, a conflict's object not on the map", bar.currentMessage())
    blog = next(i for i, c in enumerate(project.conflicts) if c.field == "effort")
    conflicts.resolve_one(blog, "theirs")
    stage.seen.add("Undo after Take theirs", window.document.undo_stack.undoText())
    conflicts.resolve_all("mine")
    stage.seen.add("Undo after All mine", window.document.undo_stack.undoText())
    stage.seen.widget("Conflicts panel, all settled", panel)


def channel_editor(stage: Stage) -> None:
    """Map ▸ Channels…: the editor, a new channel from the palette's "+", a colour warned
    about, a refused delete, a merge, and the undo history's words for them."""
    from journey_editor.ui.channels.dialog import ChannelEditor

    window = stage.window(stage.map_path)
    window.menus.actions["channels"].trigger()
    editor = window.findChild(ChannelEditor, "channel-editor")
    window.palette_dock.new_channel["physical"].click()
    stage.seen.widget("Palette", window.palette_dock)
    editor.list.setCurrentItem(editor.list.item_of("website"))
    editor.set_colour("#56B4E9")  # close to the map's Blog
    stage.seen.widget("Channels", editor)
    editor.list.setCurrentItem(editor.list.item_of("store"))
    editor.delete_current()  # used: refused, pointing to merge
    stage.seen.add("Channels, refused delete", editor.message.text())
    editor.merge_target.setCurrentIndex(editor.merge_target.findData("website"))
    editor.merge_current()
    stage.seen.add("Channels, merged", editor.message.text())
    stage.seen.add("Channels, usage", editor.usage.text())
    stack = window.document.undo_stack
    for index in range(stack.count()):
        stage.seen.add("Channels, undo history", stack.text(index))
    editor.close()


# --- the check ------------------------------------------------------------------------------


def walk_in(language: str, name: str, qapp, qtbot, monkeypatch, folder, project) -> Seen:
    install_translators(qapp, language)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    stage = Stage(qtbot, monkeypatch, folder, lambda: project.model_copy(deep=True), Seen())
    stage.map_path.write_bytes(project_to_bytes(project))

    def no_modal_loop(dialog) -> int:
        raise AssertionError(f"a modal loop would block the test: {dialog.windowTitle()!r}")

    # A scene reads message boxes on purpose (read_message_boxes); any other loop fails.
    monkeypatch.setattr(QDialog, "exec", no_modal_loop)
    monkeypatch.setattr(QMessageBox, "exec", no_modal_loop)
    try:
        SCENES[name](stage)
    finally:
        stage.close_all()
        install_translators(qapp, "en")
        for translator in qapp._journey_translators:
            qapp.removeTranslator(translator)
        i18n.set_ui_language("en")
    return stage.seen


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch, private_window_state):
    monkeypatch.setenv("JOURNEY_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("JOURNEY_EDITOR_DATA_DIR", str(tmp_path / "data"))


@pytest.mark.parametrize("name", list(SCENES))
def test_no_english_is_left_in_the_french_interface(
    name, qapp, qtbot, monkeypatch, tmp_path, small_project
):
    folder = tmp_path / "work"
    own = map_texts(json.loads(project_to_bytes(small_project)))
    own |= {"atelier", "Version de Marc"}  # the map's file, the title of a colleague's copy
    own |= {"Nouveau canal"}  # a new channel's name: the map's words, in the map's language
    english = walk_in("en", name, qapp, qtbot, monkeypatch, folder, small_project)
    french = walk_in("fr", name, qapp, qtbot, monkeypatch, folder, small_project)
    assert french.texts, "the walk read nothing"
    assert {t for _, t in french.texts} != {t for _, t in english.texts}, "no translator?"
    own_words = own_pattern(own | english.foreign | french.foreign)
    untranslated = set().union(*(leftovers(text, own_words, tmp_path) for _, text in english.texts))
    offenders: dict[str, str] = {}
    for where, text in french.texts:
        if same := leftovers(text, own_words, tmp_path) & untranslated:
            offenders.setdefault(text, f"{where} [{' / '.join(sorted(same))}]")
    if dump := os.environ.get("FRENCH_WALK_DUMP"):  # every French text, to read through
        with open(dump, "a", encoding="utf-8") as out:
            out.writelines(f"{where}\t{text!r}\n" for where, text in french.texts)
    assert not offenders, f"{len(offenders)} English text(s) in French:\n" + "\n".join(
        f"  {where}: {text!r}" for text, where in sorted(offenders.items(), key=lambda i: i[1])
    )
