"""Keep PySide6 from reading the source of every module imported after it (issue 14, item 5).

PySide6 (6.11) looks, for each module imported once it is loaded, for whether the module uses
PySide6 — by reading the module's whole source into `linecache` and searching it for the word
"PySide6" (`shibokensupport.feature._mod_uses_pyside`), in case it selects one of PySide's
`__feature__`s (snake_case, true_property). At the editor's start that is about 400 modules:
40 ms of a 0.75 s launch, and 10 MB of source lines kept in memory for good.

No module of journey-editor selects a `__feature__`, so the answer changes nothing for us: the
check is answered from the module's name instead (ours and PySide6's use it; others are taken
as not using it, which for a module without features only skips it when features switch).
Qt-free: this only touches PySide6's module when PySide6 is already loaded. A PySide6 without
that function (an older or newer one) is left as it is.
"""

from __future__ import annotations

import sys
from types import ModuleType

_OURS = ("journey_editor", "PySide6")


def _uses_pyside(module: ModuleType) -> bool:
    return getattr(module, "__name__", "").startswith(_OURS)


def skip_source_reading() -> bool:
    """Answer PySide6's per-module check by name, if PySide6 is loaded; True if it was done."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True
