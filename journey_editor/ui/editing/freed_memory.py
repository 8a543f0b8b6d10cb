"""Give the memory a big map's opening left free back to the system (glibc's `malloc_trim`).

Laying out and drawing a 50,000-card map makes a lot of short-lived objects; once they are
collected, the C allocator keeps their pages for later and the editor's resident size stays
tens of megabytes above what it holds. Trimming once, after a map is open, returns them. Only
where glibc is the C library (Linux); elsewhere it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache


@cache
def _trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None  # another C library (musl): nothing to ask
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def give_back_freed_memory() -> bool:
    """Whether the allocator was asked to return its free pages."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True
