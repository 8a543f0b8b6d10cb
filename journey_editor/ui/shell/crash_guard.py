"""What happens when things go wrong: an unhandled exception, SIGTERM, or the user logging out.

- An unhandled exception (sys.excepthook): first an emergency recovery copy of every open map
  with changes, then the traceback to a log file in the data folder, then a calm message saying
  where both are and that work can go on. The traceback never shows in the dialog.
- SIGTERM / SIGHUP and the session manager's commitDataRequest (logout): every modified map gets
  a "session-end" copy, the windows close without asking, and the app exits; the next start
  offers the copies. Python runs signal handlers only when the interpreter has control, which it
  does not while Qt's loop waits, so the C-level handler writes to a socket
  (signal.set_wakeup_fd) that a QSocketNotifier watches.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from journey_editor import __version__
from journey_editor.persistence.recovery import Reason
from journey_editor.settings import data_folder

if TYPE_CHECKING:
    from journey_editor.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

_SESSION_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def open_windows() -> list[MainWindow]:
    """Every main window of the app (each has a document and an autosave controller)."""
    from journey_editor.ui.shell.main_window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def write_copies(windows: list[MainWindow], reason: Reason) -> list[Path]:
    """A recovery copy of every modified map, on disk before this returns."""
    written: list[Path] = []
    for window in windows:
        try:
            if not window.document.is_modified():
                continue
            path = window.autosave.write_now(reason, wait=True)
        except Exception:  # one broken window must not cost the others their copy
            log.exception("cannot write a %s copy", reason)
            path = None
        if path is None and window.autosave.copy_path.exists():
            # The model may be half-edited by the failure: the last good copy is what we have.
            path = window.autosave.copy_path
        if path is not None:
            written.append(path)
    return written


def write_crash_log(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path | None:
    folder = data_folder() / "logs"
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    path = folder / f"crash-{stamp}.log"
    text = (
        f"journey-editor {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
        f"{datetime.now(UTC).isoformat(timespec='seconds')}\n\n"
        + "".join(traceback.format_exception(exc_type, exc, tb))
    )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as stream:
            stream.write(text)
    except OSError:
        return None
    return path


def show_crash_notice(parent: QWidget | None, copies: list[Path], log_path: Path | None) -> None:
    """The calm message after an unexpected error; tests replace this function."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("CrashGuard", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "CrashGuard",
            "The editor ran into an unexpected problem. Your work is safe and you can go on.",
        )
    )
    lines = []
    if copies:
        lines.append(
            QCoreApplication.translate(
                "CrashGuard", "A copy of your unsaved changes was written to:"
            )
        )
        lines.extend(str(path) for path in copies)
    else:
        lines.append(
            QCoreApplication.translate("CrashGuard", "There were no unsaved changes to copy.")
        )
    if log_path is not None:
        lines.append("")
        lines.append(
            QCoreApplication.translate(
                "CrashGuard", "Details for a bug report are in {log}."
            ).format(log=str(log_path))
        )
    lines.append("")
    lines.append(
        QCoreApplication.translate(
            "CrashGuard",
            "Saving your map now (File → Save As…, under a new name if you prefer) is a good idea.",
        )
    )
    box.setInformativeText("\n".join(lines))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy a path
    box.exec()


class CrashGuard(QObject):
    """Installed once per app by run_editor; `uninstall` puts everything back (tests)."""

    def __init__(
        self,
        app: QApplication,
        windows: Callable[[], list[MainWindow]] = open_windows,
        exit_app: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or app)
        self.app = app
        self.windows = windows
        # exit(), not quit(): quit() would ask every window again whether it may close.
        self.exit_app = exit_app or (lambda: app.exit(0))
        self._handling = False
        self._previous_hook = None
        self._previous_handlers: dict[int, object] = {}
        self._previous_wakeup_fd: int | None = None
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None
        self.session_ended = False

    # --- installing ----------------------------------------------------------------------------

    def install(self) -> CrashGuard:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle_exception
        self.app.commitDataRequest.connect(self._on_commit_data)
        self._install_signal_wakeup()
        return self

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None
        with contextlib.suppress(RuntimeError, TypeError):
            self.app.commitDataRequest.disconnect(self._on_commit_data)
        for number, handler in self._previous_handlers.items():
            signal.signal(number, handler)
        self._previous_handlers.clear()
        if self._previous_wakeup_fd is not None:
            signal.set_wakeup_fd(self._previous_wakeup_fd)
            self._previous_wakeup_fd = None
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._sockets is not None:
            for end in self._sockets:
                end.close()
            self._sockets = None

    def _install_signal_wakeup(self) -> None:
        if not _SESSION_SIGNALS:
            return
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        try:
            self._previous_wakeup_fd = signal.set_wakeup_fd(writer.fileno())
        except ValueError:  # not the main thread: signals cannot be handled here
            reader.close()
            writer.close()
            return
        self._sockets = (reader, writer)
        for number in _SESSION_SIGNALS:
            # The Python-level handler does nothing: the work happens in _on_signal_bytes,
            # run by Qt's loop as soon as the wake-up byte arrives.
            self._previous_handlers[number] = signal.signal(number, _ignore_here)
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal_bytes)

    # --- unhandled exceptions ------------------------------------------------------------------

    def handle_exception(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.end_session()
            return
        if self._handling:  # an error while reporting an error: only the log, no loop
            write_crash_log(exc_type, exc, tb)
            return
        self._handling = True
        try:
            copies = write_copies(self.windows(), "emergency")
            log_path = write_crash_log(exc_type, exc, tb)
            print("".join(traceback.format_exception(exc_type, exc, tb)), file=sys.stderr)
            windows = self.windows()
            show_crash_notice(windows[0] if windows else None, copies, log_path)
        finally:
            self._handling = False

    # --- end of session: SIGTERM, SIGHUP, logout -----------------------------------------------

    def end_session(self) -> list[Path]:
        """Keep every unsaved change in a recovery copy, close the windows without asking, quit."""
        if self.session_ended:
            return []
        self.session_ended = True
        windows = self.windows()
        copies = write_copies(windows, "session-end")
        for window in windows:
            window.autosave.stop(keep_copy=True)
            window.ending_session = True
        for window in windows:
            window.close()
        QTimer.singleShot(0, self.exit_app)
        return copies

    def _on_signal_bytes(self, *_args) -> None:
        received = b""
        if self._sockets is not None:
            with contextlib.suppress(BlockingIOError, InterruptedError):
                received = self._sockets[0].recv(64)
        numbers = set(received)
        if numbers & {int(number) for number in _SESSION_SIGNALS}:
            self.end_session()

    def _on_commit_data(self, manager) -> None:
        # Logout: no questions may be asked (the session would wait for them); keep copies.
        self.end_session()


def _ignore_here(_number: int, _frame) -> None:
    """The real handling runs from Qt's loop (see CrashGuard._on_signal_bytes)."""
