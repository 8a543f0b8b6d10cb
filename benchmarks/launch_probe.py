"""Run the editor as `journey-editor [FILE]` does and print when its first frame is painted.

For bench_all.py, which starts one process per launch and times it from the spawn: this prints
`time.monotonic()` once the map view has painted for the first time, then leaves at once
(os._exit: the teardown is no part of a launch). Nothing else of the editor is changed; the
hook only wraps `QApplication.exec` to watch paint events.

    QT_QPA_PLATFORM=offscreen python benchmarks/launch_probe.py [FILE]
"""

from __future__ import annotations

import os
import sys
import time


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QGraphicsView

    original_exec = QApplication.exec

    def first_frame() -> None:
        sys.stdout.write(f"{time.monotonic()!r}\n")
        sys.stdout.flush()
        os._exit(0)

    class FirstFrame(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched.parent(), QGraphicsView):
                QTimer.singleShot(0, first_frame)  # once this paint is done
            return False

    def exec_and_watch() -> int:
        app = QApplication.instance()
        app.installEventFilter(FirstFrame(app))
        return original_exec()

    QApplication.exec = staticmethod(exec_and_watch)

    from journey_editor.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
