"""Trim the shared libraries PyInstaller collects on Linux (imported by journey-editor.spec).

PyInstaller's Qt hook takes every plugin of the Qt modules in use, and with them whatever
their dependencies drag in from the build machine. Three trims:

1. Qt plugins the app cannot use: embedded-device platforms (eglfs, linuxfb, vnc …), evdev
   input, and the GTK 3 platform theme. The GTK theme is the big one: it would bundle the build
   machine's GTK stack (glib, cairo, pango …) next to a host's own GTK, a classic source of
   crashes; Qt's Fusion style and the XDG desktop portal theme remain.
2. Libraries that no kept binary needs any more (closure over `ldd` of what is kept).
3. Host-integration libraries that must match the user's system rather than the build machine:
   fontconfig reads the host's /etc/fonts/fonts.conf, whose format follows the host's version
   (the AppImage project's exclude list skips the same ones). Every desktop Linux has them.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import PurePosixPath

# Qt plugins to leave out, as paths relative to the Qt plugins folder (prefix match).
UNUSED_PLUGINS = (
    "egldeviceintegrations/",
    "generic/",
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimal.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqvnc.so",
    "platformthemes/libqgtk3.so",
)
HOST_LIBRARIES = ("libfontconfig.so.1", "libfreetype.so.6")

_PLUGIN_DIR = "PySide6/Qt/plugins/"
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(\S+)")


def _is_unused_plugin(dest: str) -> bool:
    if not dest.startswith(_PLUGIN_DIR):
        return False
    return dest[len(_PLUGIN_DIR) :].startswith(UNUSED_PLUGINS)


def _is_plain_library(dest: str) -> bool:
    """A shared library pulled in as a dependency, as opposed to a Python extension module or
    a Qt plugin, which are loaded by name at run time and so are roots of the closure."""
    name = PurePosixPath(dest).name
    if dest.startswith(_PLUGIN_DIR) or ".cpython-" in name or name.endswith(".abi3.so"):
        return False
    return ".so" in name


def _needed(path: str) -> set[str]:
    result = subprocess.run(["ldd", path], capture_output=True, text=True, check=False)
    return {
        match.group(1) for line in result.stdout.splitlines() if (match := _LDD_LINE.match(line))
    }


def prune_binaries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Return the (dest, src, typecode) entries worth shipping; prints what it dropped."""
    kept = [entry for entry in binaries if not _is_unused_plugin(entry[0])]
    roots = [entry for entry in kept if not _is_plain_library(entry[0])]
    # libpython is loaded by the bootloader with dlopen, so nothing lists it as needed.
    needed = {PurePosixPath(dest).name for dest, _, _ in kept if "libpython" in dest}
    pending = [src for _, src, _ in roots]
    seen: set[str] = set()
    while pending:
        src = pending.pop()
        if src in seen:
            continue
        seen.add(src)
        for name in _needed(src):
            if name not in needed:
                needed.add(name)
                pending.extend(s for d, s, _ in kept if PurePosixPath(d).name == name)
    result = [
        entry
        for entry in kept
        if not _is_plain_library(entry[0])
        or (
            PurePosixPath(entry[0]).name in needed
            and PurePosixPath(entry[0]).name not in HOST_LIBRARIES
        )
    ]
    dropped = sorted({dest for dest, _, _ in binaries} - {dest for dest, _, _ in result})
    print(f"linux_binaries: left out {len(dropped)} files: {', '.join(dropped)}")
    return result
