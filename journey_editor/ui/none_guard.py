"""Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

Measured here: every call of a PySide6 method returning `void` (QPainter.drawLine,
QGraphicsItem.setPos, QPen.setWidthF …) drops one reference to `None` instead of none. On
Python ≥ 3.12 `None` is immortal and nothing happens; on 3.11 its count reaches zero after a
few thousand calls — a few repaints of a busy map — and the interpreter aborts with
"Fatal Python error: none_dealloc". (PySide6 6.11.3 does not have the bug.)

`protect_none()` gives `None` what Python 3.12 gives it: a reference count so large it can
never reach zero. `None` is never freed anyway, so this changes nothing else. It is a no-op
where `None` is already immortal.
"""

from __future__ import annotations

import ctypes
import sys

# Python 3.12's immortal refcount is about 2**32; 2**60 leaves room for 10**18 bad calls.
_RESERVE = 1 << 60
_done = False


def protect_none() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcount.value < _RESERVE:
        refcount.value += _RESERVE
    _done = True
