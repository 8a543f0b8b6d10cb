"""File → Export → Image without freezing the window.

Qt lets only the GUI thread touch a QGraphicsScene, so the map is painted there, but in short
steps: the scene, then one strip of the image at a time (`PngPicture`), with the event loop
running between steps (a zero-interval QTimer) so the window repaints, moves and answers
Cancel. What touches no scene runs on worker threads: the layout (pure Python, of a copy of
the map taken when the export starts, so later edits do not reach the image), then the PNG
compression (or the SVG clean-up) and the atomic write.
"""

from __future__ import annotations

import errno
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from journey_editor.model.project import Project
from journey_editor.persistence.atomic import atomic_write_bytes
from journey_editor.ui.canvas.layout_keeper import CANVAS_OPTIONS, LayoutKeeper
from journey_editor.ui.canvas.png_strips import PngPicture, encode_png
from journey_editor.ui.canvas.render import ImageExport, check_request, ensure_application
from journey_editor.ui.canvas.scene import MapScene
from journey_editor.ui.canvas.svg_groups import SvgPicture, svg_texts, well_formed_svg

# Steps run back to back until this much time has passed, then the event loop runs: short
# enough for the window to repaint smoothly, long enough not to waste time switching.
STEP_BUDGET_S = 0.03


class _LayoutThread(QThread):
    """Lays out a private copy of the map (the layout package is pure Python, no Qt)."""

    done = Signal(object)  # MapLayout
    error = Signal(str)

    def __init__(self, project: Project, parent: QObject) -> None:
        super().__init__(parent)
        self.project = project

    def run(self) -> None:
        try:
            layout = LayoutKeeper(CANVAS_OPTIONS).full(self.project)
        except Exception as error:  # a bug in the layout: tell the user, keep the app alive
            self.error.emit(f"{type(error).__name__}: {error}")
        else:
            self.done.emit(layout)


class _Writer(QThread):
    """Encodes (PNG compression, SVG clean-up) and writes the file, off the GUI thread."""

    # Emitted from run(), i.e. from the worker thread: the job receives them queued.
    done = Signal()
    error = Signal(str)
    stopped = Signal()

    def __init__(self, encode: Callable[[], bytes], path: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.encode = encode
        self.path = path
        self._lock = threading.Lock()
        self._cancelled = False
        self._writing = False

    def cancel(self) -> bool:
        """Ask not to write. False when it is too late: the file is being written."""
        with self._lock:
            if self._writing:
                return False
            self._cancelled = True
            return True

    def run(self) -> None:
        try:
            data = self.encode()
            with self._lock:
                if self._cancelled:
                    self.stopped.emit()
                    return
                self._writing = True
            atomic_write_bytes(self.path, data, keep_backup=False)
        except OSError as error:
            self.error.emit(error.strerror or str(error))
        except Exception as error:  # a bug in the encoder: tell the user, keep the app alive
            self.error.emit(f"{type(error).__name__}: {error}")
        else:
            self.done.emit()


class ImageExportJob(QObject):
    """One image export. `start` lays the map out and returns; then exactly one of
    finished / failed / cancelled follows, after progress(strips done, strips) signals and,
    once the painting is done, `writing`."""

    progress = Signal(int, int)
    writing = Signal()
    finished = Signal(object)  # ImageExport
    failed = Signal(str)  # the reason, for a person
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.result: ImageExport | None = None
        self._steps: Iterator[None] | None = None
        self._scene: MapScene | None = None
        self._writer: _Writer | None = None
        self._layout_thread: _LayoutThread | None = None
        self._texts = ("", "")
        self._title = ""
        self._suffix, self._scale = ".png", 1.0
        self._stepping = False  # inside a step: a cancel then waits for the step to end
        self._cancel_asked = False
        self._timer = QTimer(self)
        self._timer.setInterval(0)  # fires once per pass of the event loop, after its events
        self._timer.timeout.connect(self._run_steps)

    def is_running(self) -> bool:
        return (
            self._layout_thread is not None or self._steps is not None or self._writer is not None
        )

    def start(self, project: Project, path: Path, scale: float = 2.0) -> None:
        """Check the request and copy the map now; lay out, paint and write in the
        background. Raises ValueError (bad suffix or scale) or OSError (no such folder)
        before any work, in words for the user."""
        if self.is_running():
            raise RuntimeError("this export is already running")
        path = Path(path)
        suffix = check_request(path, scale)
        if not path.parent.is_dir():
            # Said now rather than after a minute of painting.
            raise OSError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
        ensure_application()
        self.path = path
        self._texts = svg_texts(project)
        self._title = project.title
        self._suffix, self._scale = suffix, scale
        # Copied here, on the GUI thread, before anything can edit the map again.
        laying_out = _LayoutThread(project.model_copy(deep=True), self)
        laying_out.done.connect(self._on_laid_out)
        laying_out.error.connect(self._on_layout_error)
        self._layout_thread = laying_out
        laying_out.start()

    def cancel(self) -> None:
        """Stop: while painting, at once; while writing, as soon as the encoder returns
        (unless the file is already being written: it is then finished and reported)."""
        if self._stepping or self._layout_thread is not None:
            self._cancel_asked = True  # seen when the step ends or the layout is done
        elif self._steps is not None:
            self._timer.stop()
            self._steps.close()
            self._steps = None
            self._free_scene()
            self.cancelled.emit()
        elif self._writer is not None:
            self._writer.cancel()

    def cancel_and_wait(self) -> None:
        """Quitting the app: stop and join the worker."""
        self.cancel()
        self.wait()

    def wait(self, milliseconds: int = 60_000) -> bool:
        """Block until the workers have ended (closing the app mid-export; tests)."""
        threads = [t for t in (self._layout_thread, self._writer) if t is not None]
        return all(thread.wait(milliseconds) for thread in threads)

    # --- the layout, on a worker -------------------------------------------------------------

    def _end_layout(self) -> bool:
        """Join the layout thread; True when the export goes on (not cancelled meanwhile)."""
        thread, self._layout_thread = self._layout_thread, None
        if thread is not None:
            thread.wait()  # run() has returned once it emitted
            thread.deleteLater()
        if self._cancel_asked:
            self._cancel_asked = False
            self.cancelled.emit()
            return False
        return True

    def _on_laid_out(self, layout) -> None:
        if self._end_layout():
            self._steps = self._paint(layout, self._title, self._texts, self._suffix, self._scale)
            self._timer.start()

    def _on_layout_error(self, reason: str) -> None:
        if self._end_layout():
            self.failed.emit(reason)

    # --- the steps on the GUI thread ---------------------------------------------------------

    def _run_steps(self) -> None:
        deadline = time.perf_counter() + STEP_BUDGET_S
        self._stepping = True
        try:
            while self._steps is not None:  # at least one step, then while time is left
                next(self._steps)
                if self._cancel_asked or time.perf_counter() >= deadline:
                    break
        except StopIteration:
            self._timer.stop()
            self._steps = None
        except (OSError, ValueError) as error:
            self._fail(
                str(error) if not isinstance(error, OSError) else error.strerror or str(error)
            )
        except Exception as error:  # a bug in the painter: tell the user, keep the app alive
            self._fail(f"{type(error).__name__}: {error}")
        finally:
            self._stepping = False
        if self._cancel_asked:
            self._cancel_asked = False
            self.cancel()

    def _paint(self, layout, title: str, texts: tuple[str, str], suffix: str, scale: float):
        scene = self._scene = MapScene()
        scene.show_layout(layout, title)
        yield
        assert self.path is not None
        path = self.path
        if suffix == ".svg":
            drawing = SvgPicture(scene, *texts)
            try:
                yield
                for group in drawing.groups:
                    drawing.hide(group)
                    yield
                total = len(drawing.groups)
                for done, group in enumerate(drawing.groups, start=1):
                    drawing.paint(group)
                    self.progress.emit(done, total)
                    yield
                svg = drawing.finish()
            finally:
                drawing.close()  # also when cancelled (the generator is closed mid-way)
            self.result = ImageExport(path, *svg.size, 1.0, [])
            raw = svg.data

            def encode() -> bytes:
                return well_formed_svg(raw)

        else:
            picture = PngPicture(scene, scale)
            self.result = ImageExport(path, *picture.size, picture.scale, picture.notes)
            yield
            total = len(picture.strips)
            for done, strip in enumerate(picture.strips, start=1):
                picture.paint(strip)
                self.progress.emit(done, total)
                yield
            image = picture.image

            def encode() -> bytes:
                return encode_png(image)

        self._free_scene()
        self._steps = None
        self._timer.stop()
        self._start_writer(encode, path)

    def _free_scene(self) -> None:
        scene, self._scene = self._scene, None
        if scene is not None:
            scene.clear()
            scene.deleteLater()

    def _fail(self, reason: str) -> None:
        self._timer.stop()
        self._steps = None
        self._free_scene()
        self.failed.emit(reason)

    # --- the worker --------------------------------------------------------------------------

    def _start_writer(self, encode: Callable[[], bytes], path: Path) -> None:
        writer = _Writer(encode, path, self)
        writer.done.connect(self._on_done)
        writer.error.connect(self._on_error)
        writer.stopped.connect(self._on_stopped)
        self._writer = writer
        self.writing.emit()
        writer.start()

    def _release(self) -> None:
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.wait()  # run() has returned once it emitted; this only joins the thread
            writer.deleteLater()

    def _on_done(self) -> None:
        self._release()
        self.finished.emit(self.result)

    def _on_error(self, reason: str) -> None:
        self._release()
        self.failed.emit(reason or QCoreApplication.translate("ImageExportJob", "unknown error"))

    def _on_stopped(self) -> None:
        self._release()
        self.cancelled.emit()
