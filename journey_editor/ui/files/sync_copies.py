"""Sync services' conflict copies of the open map: offered for merging in the message bar.

When the map is opened, and whenever its folder changes while it is open (the disk watch of
session.py already watches the folder), the folder is looked at for conflict copies
(persistence/sync_copies.py). They are offered in the message bar, never in a modal: "Merge" /
"Not now", one offer for all the copies found. The news about the map's own file (changed,
deleted: disk_sync.py) comes first; the offer waits until that message is dealt with.

Merge reads each copy with the checks of File → Open (a broken copy: a dialog naming it, the
other copies are still merged), merges them in turn into the open map (merging.py) as ONE undo
step, then moves each merged copy into `merged/` beside the map (never deleted, never over a
file there). A copy the user said "Not now" to is not offered again until another map is opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.model.project import Project
from journey_editor.persistence import ProjectFileError, project_from_bytes
from journey_editor.persistence.native import read_file_bytes
from journey_editor.persistence.sync_copies import (
    MERGED_FOLDER,
    ConflictCopy,
    find_conflict_copies,
    put_away,
)
from journey_editor.ui import dialogs
from journey_editor.ui.files.load_errors import explain_load_error
from journey_editor.ui.files.merging import MapMerger, Merged, conflicts_text
from journey_editor.ui.files.session import FileSession
from journey_editor.ui.host import WindowHost
from journey_editor.ui.message_bar import MessageBar
from journey_editor.ui.plurals import translate_count

TOPIC = "sync-copies"
DISK_TOPIC = "disk"  # disk_sync.py's news about the file itself: it goes first
SHOWN_NAMES = 2
MERGED_COPIES = (
    QT_TRANSLATE_NOOP("SyncCopies", "%n conflicted copy"),
    QT_TRANSLATE_NOOP("SyncCopies", "%n conflicted copies"),
)


class SyncCopies:
    def __init__(self, host: WindowHost, session: FileSession, merger: MapMerger) -> None:
        self.host = host
        self.session = session
        self.merger = merger
        self.declined: set[Path] = set()  # "Not now", until another map is opened
        self._map: Path | None = None  # the map the declined copies are copies of
        self.offered: list[ConflictCopy] = []
        self._soon = QTimer()
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.look)
        session.looked.connect(self.look_soon)
        session.state_changed.connect(self.look_soon)
        self._last_cleared = ""
        self.bar.cleared.connect(self._on_bar_cleared)
        # After the bar's own clear (connected first): the ✕ on the offer means "Not now".
        self.bar.close_button.clicked.connect(self._on_bar_closed)

    @property
    def bar(self) -> MessageBar:
        return self.host.message_bar

    def look_soon(self) -> None:
        self._soon.start()

    def _on_bar_closed(self) -> None:
        if self._last_cleared == TOPIC and self.offered:
            self.decline(self.offered)

    def _on_bar_cleared(self, topic: str) -> None:
        self._last_cleared = topic
        if topic == DISK_TOPIC:
            self.look_soon()  # the file's own news is dealt with: the copies' turn

    # --- looking -------------------------------------------------------------------------------

    def copies(self) -> list[ConflictCopy]:
        """The conflict copies of the open map beside it, but those declined."""
        path = self.session.path
        if path != self._map:
            self._map, self.declined = path, set()
        if path is None:
            return []
        project = self.host.document.project
        return find_conflict_copies(
            path,
            project.id,
            project.based_on,
            is_own_map=self.merger.is_own_map,
            skip=self.declined,
        )

    def look(self) -> None:
        """Offer the copies found, unless the bar tells about the file itself."""
        copies = self.copies()
        if [c.path for c in copies] == [c.path for c in self.offered] and self.bar.topic == TOPIC:
            return  # the same offer is on show
        self.offered = copies
        if not copies:
            self.bar.clear(TOPIC)
            return
        if self.bar.topic == DISK_TOPIC and self.bar.isVisible():
            return  # after the news about the file (see _on_bar_cleared)
        self._offer(copies)

    def _offer(self, copies: list[ConflictCopy]) -> None:
        names = ", ".join(f"«{c.path.name}»" for c in copies[:SHOWN_NAMES])
        if len(copies) > SHOWN_NAMES:
            names += QCoreApplication.translate("SyncCopies", " and {count} more").format(
                count=len(copies) - SHOWN_NAMES
            )
        if len(copies) == 1:
            text = QCoreApplication.translate(
                "SyncCopies",
                "{service} left a conflicted copy of this map beside it: {names}, another "
                "computer's version. Merge it into the map you have open?",
            ).format(service=copies[0].service, names=names)
            merge_label = QCoreApplication.translate("SyncCopies", "Merge")
        else:
            text = QCoreApplication.translate(
                "SyncCopies",
                "{count} conflicted copies of this map are beside it (made by a sync service): "
                "{names}. Merge them into the map you have open?",
            ).format(count=len(copies), names=names)
            merge_label = QCoreApplication.translate("SyncCopies", "Merge all")
        unreadable = [c for c in copies if not c.readable]
        if unreadable:
            text += " " + QCoreApplication.translate(
                "SyncCopies", "«{name}» cannot be read: {problem}."
            ).format(name=unreadable[0].path.name, problem=unreadable[0].problem)
        self.bar.show_message(
            TOPIC,
            text,
            [
                ("merge_copies", merge_label, lambda c=copies: self.merge(c)),
                (
                    "not_now",
                    QCoreApplication.translate("SyncCopies", "Not now"),
                    lambda c=copies: self.decline(c),
                ),
            ],
        )
        self.bar.button("merge_copies").setToolTip(
            QCoreApplication.translate(
                "SyncCopies",
                "Both versions' changes in one map, as one step (Edit → Undo takes it back); "
                "each merged copy is moved to the «{folder}» folder beside the map.",
            ).format(folder=MERGED_FOLDER)
        )

    def decline(self, copies: list[ConflictCopy]) -> None:
        self.declined.update(copy.path for copy in copies)
        self.offered = []

    # --- merging -------------------------------------------------------------------------------

    def merge(self, copies: list[ConflictCopy]) -> bool:
        """Merge the copies into the open map (one undo step) and put them away in `merged/`.
        True when at least one was merged."""
        path = self.session.path
        if path is None:
            return False
        self.offered = []
        project = self.host.document.project
        merged_paths: list[Path] = []
        last: Merged | None = None
        for copy in copies:
            read = self._read(copy.path)
            merged = self.merger.merge(project, read[0], copy.path) if read else None
            if read is None or merged is None:
                self.declined.add(copy.path)  # said once, in its dialog
                continue
            project, last = merged.result.project, merged
            merged_paths.append(copy.path)
            self.merger.remember(path, read[1], "merged")
        changed = last is not None and self.merger.swap(project, self._label(merged_paths))
        moved = self._put_away(path, merged_paths)
        if last is not None:
            self._report(len(moved), conflicts_text(last), changed)
        self.look_soon()
        return bool(merged_paths)

    def _label(self, paths: list[Path]) -> str:
        if len(paths) == 1:
            return QCoreApplication.translate("SyncCopies", "Merge «{name}»").format(
                name=paths[0].name
            )
        return QCoreApplication.translate("SyncCopies", "Merge {count} conflicted copies").format(
            count=len(paths)
        )

    def _read(self, path: Path) -> tuple[Project, bytes] | None:
        """The copy's map and bytes, read as File → Open reads a map; None after a dialog
        naming it."""
        try:
            data = read_file_bytes(path)
            return project_from_bytes(data, str(path)), data
        except ProjectFileError as error:
            explain_load_error(
                self.host.dialog_parent,
                path,
                error,
                QCoreApplication.translate("SyncCopies", "Cannot merge the conflicted copy"),
            )
            return None

    def _put_away(self, map_path: Path, paths: list[Path]) -> list[Path]:
        moved: list[Path] = []
        problems: list[str] = []
        for copy in paths:
            try:
                moved.append(put_away(map_path, copy))
            except OSError as error:
                self.declined.add(copy)  # merged already: not offered again
                problems.append(f"«{copy.name}»: {error.strerror or error}")
        if problems:
            dialogs.show_error(
                self.host.dialog_parent,
                QCoreApplication.translate("SyncCopies", "Merged, but not moved"),
                QCoreApplication.translate(
                    "SyncCopies",
                    "The copies were merged into the map, but could not be moved to the «{folder}» "
                    "folder beside it.",
                ).format(folder=MERGED_FOLDER),
                "\n".join(problems)
                + "\n"
                + QCoreApplication.translate(
                    "SyncCopies", "They are left where they are; you can delete them yourself."
                ),
            )
        return moved

    def _report(self, moved: int, conflicts: str, changed: bool) -> None:
        copies = translate_count("SyncCopies", *MERGED_COPIES, moved)
        if changed:
            text = QCoreApplication.translate(
                "SyncCopies",
                "Merged: {conflicts}. {copies} moved to «{folder}». Save to keep the merged "
                "map; Edit → Undo takes the merge back.",
            )
        else:
            text = QCoreApplication.translate(
                "SyncCopies",
                "Nothing in the conflicted copies was new to your map ({conflicts}). {copies} "
                "moved to «{folder}».",
            )
        self.host.show_status(
            text.format(conflicts=conflicts, copies=copies, folder=MERGED_FOLDER), 20000
        )
