"""View ▸ Compare with: one checkable command per source, and Leave compare mode.

The shell's action table holds the menu (`Menu("view/compare", rows=…)`) and makes its rows
from `ENTRIES`; each row's action comes from `action_maker`: choosing a source compares with
it, choosing the one already shown (ticked) leaves compare mode.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.persistence import FILE_SUFFIX
from journey_editor.ui.compare.sources import Source, SourceKind, backup_of, saved_version_of

if TYPE_CHECKING:
    from journey_editor.ui.compare.mode import CompareHost, CompareMode

# The compare mode (and with it the comparison engine and the exporters that draw its marks)
# loads when a comparison starts, not before the window shows (issue 14, item 5).
MODE_NAME = "compare-mode"

# (action name, menu text, source kind; None: leave)
ENTRIES: tuple[tuple[str, str, SourceKind | None], ...] = (
    ("compare_file", QT_TRANSLATE_NOOP("MainMenu", "Another &map file…"), "file"),
    ("compare_backup", QT_TRANSLATE_NOOP("MainMenu", "Its &backup (.bak)"), "backup"),
    ("compare_saved", QT_TRANSLATE_NOOP("MainMenu", "Its last &saved version"), "saved"),
    ("compare_leave", QT_TRANSLATE_NOOP("MainMenu", "&Leave compare mode"), None),
)


def action_maker(kind: SourceKind | None) -> Callable[[CompareHost, str | None], QAction]:
    """What makes the action of one entry (`Command.make` of the action table)."""

    def make(host: CompareHost, text: str | None) -> QAction:
        action = QAction(text or "", host.dialog_parent)
        action.setCheckable(kind is not None)
        action.setEnabled(kind is not None)  # the menu looks again each time it opens
        action.triggered.connect(lambda _checked=False: choose(host, kind))
        return action

    return make


def mode_of(host: CompareHost) -> CompareMode:
    """The window's compare mode, made (and followed by the menu's ticks) when first asked."""
    from journey_editor.ui.compare.mode import CompareMode

    mode = host.dialog_parent.findChild(CompareMode, MODE_NAME)
    if mode is None:
        mode = CompareMode(host)
        mode.state_changed.connect(lambda: refresh_actions(host))
    return mode


def choose(host: CompareHost, kind: SourceKind | None) -> None:
    mode = mode_of(host)
    if kind is None:
        mode.leave()
    elif mode.active and mode.source is not None and mode.source.kind == kind:
        mode.leave()  # the same command again
    else:
        source = _source(host, kind)
        if source is not None:
            mode.start(source)
        elif kind != "file":
            host.show_status(_unavailable(kind))


def _source(host: CompareHost, kind: SourceKind) -> Source | None:
    path = host.document.path
    if kind == "backup":
        return backup_of(path)
    if kind == "saved":
        return saved_version_of(path)
    chosen, _ = QFileDialog.getOpenFileName(
        host.dialog_parent,
        QCoreApplication.translate("CompareWith", "Compare with"),
        str(Path(path).parent) if path is not None else "",
        QCoreApplication.translate("CompareWith", "Journey maps (*{suffix});;All files (*)").format(
            suffix=FILE_SUFFIX
        ),
    )
    return Source("file", Path(chosen)) if chosen else None


def _unavailable(kind: SourceKind) -> str:
    if kind == "backup":
        return QCoreApplication.translate(
            "CompareWith", "This map has no backup yet: it is made by the next save."
        )
    return QCoreApplication.translate("CompareWith", "This map is not saved in a file yet.")


def refresh_actions(host: CompareHost) -> None:
    """Tick the source compared with; enable what can be chosen now (a backup must exist, the
    last saved version needs a file, Leave needs compare mode)."""
    window = host.dialog_parent
    mode = window.findChild(QObject, MODE_NAME)  # no compare mode yet: nothing to load
    shown = mode.source.kind if mode is not None and mode.source is not None else None
    path = host.document.path
    available = {
        "file": True,
        "backup": backup_of(path) is not None,
        "saved": saved_version_of(path) is not None,
        None: shown is not None,
    }
    for name, _text, kind in ENTRIES:
        action = window.findChild(QAction, name)
        if action is None:
            continue
        action.setEnabled(available[kind] or (kind is not None and kind == shown))
        if kind is not None:
            action.setChecked(kind == shown)
