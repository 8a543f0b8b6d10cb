"""Before the window opens on Linux: are the system libraries Qt's display plugin needs there?

When one is missing, Qt aborts with "Could not load the Qt platform plugin "xcb" … even though
it was found", and names (at best) a library that *is* installed: the user is sent the wrong
way. So, before Qt loads its platform plugin, we ask the dynamic linker (`ldd` on the plugin,
which follows its dependencies and our own Qt libraries) what it cannot find, and print one
install command per distribution family instead.

Qt-free, and cheap: no Qt module is imported (the plugin is found through the PySide6 package
folder, in a virtual environment, an installed wheel and the PyInstaller app alike). Where the
check cannot run (no `ldd`, not Linux, no plugin file) it says nothing and Qt has its say.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from journey_editor.i18n import QT_TRANSLATE_NOOP, plural_form, system_language, translate

# Linker names Qt's xcb and wayland plugins (and Qt's GUI libraries) need from the system, with
# the package that ships each one: Debian/Ubuntu, Fedora/RHEL, Arch, openSUSE.
PACKAGES: dict[str, tuple[str, str, str, str]] = {
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm", "libxcb-icccm4"),
    "libxcb-keysyms.so.1": (
        "libxcb-keysyms1",
        "xcb-util-keysyms",
        "xcb-util-keysyms",
        "libxcb-keysyms1",
    ),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image", "libxcb-image0"),
    "libxcb-render-util.so.0": (
        "libxcb-render-util0",
        "xcb-util-renderutil",
        "xcb-util-renderutil",
        "libxcb-render-util0",
    ),
    "libxcb-cursor.so.0": (
        "libxcb-cursor0",
        "xcb-util-cursor",
        "xcb-util-cursor",
        "libxcb-cursor0",
    ),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util", "libxcb-util1"),
    "libxkbcommon-x11.so.0": (
        "libxkbcommon-x11-0",
        "libxkbcommon-x11",
        "libxkbcommon-x11",
        "libxkbcommon-x11-0",
    ),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon", "libxkbcommon0"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11", "libX11-xcb1"),
    "libX11.so.6": ("libx11-6", "libX11", "libx11", "libX11-6"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libglvnd", "libEGL1"),
    "libGL.so.1": ("libgl1", "libglvnd-glx", "libglvnd", "libGL1"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl", "libglvnd", "libOpenGL0"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig", "libfontconfig1"),
    "libfreetype.so.6": ("libfreetype6", "freetype", "freetype2", "libfreetype6"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "dbus", "libdbus-1-3"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2", "glib2", "libglib-2_0-0"),
    "libwayland-client.so.0": (
        "libwayland-client0",
        "libwayland-client",
        "wayland",
        "libwayland-client0",
    ),
    "libwayland-cursor.so.0": (
        "libwayland-cursor0",
        "libwayland-cursor",
        "wayland",
        "libwayland-cursor0",
    ),
}
# The X protocol extension libraries: one package each on Debian, all in libxcb elsewhere.
for _extension in ("randr", "render", "shape", "shm", "sync", "xfixes", "xkb", "xinerama", "glx"):
    _debian = f"libxcb-{_extension}{1 if _extension in ('sync', 'xkb') else 0}"
    PACKAGES[f"libxcb-{_extension}.so.{1 if _extension in ('sync', 'xkb') else 0}"] = (
        _debian,
        "libxcb",
        "libxcb",
        f"libxcb-{_extension}{1 if _extension in ('sync', 'xkb') else 0}",
    )
PACKAGES["libxcb.so.1"] = ("libxcb1", "libxcb", "libxcb", "libxcb1")

FAMILIES = (
    ("Debian, Ubuntu, Mint", "sudo apt install"),
    ("Fedora, RHEL, Rocky", "sudo dnf install"),
    ("Arch, Manjaro", "sudo pacman -S"),
    ("openSUSE", "sudo zypper install"),
)
# The message, translated with the command line's words (context "CLI"); %n counts libraries.
LACKS = (
    QT_TRANSLATE_NOOP(
        "CLI",
        "journey-editor cannot open its window: the system lacks a library that Qt's {platform} "
        "display plugin needs ({names}).",
    ),
    QT_TRANSLATE_NOOP(
        "CLI",
        "journey-editor cannot open its window: the system lacks %n libraries that Qt's "
        "{platform} display plugin needs ({names}).",
    ),
)
INSTALL = (
    QT_TRANSLATE_NOOP(
        "CLI", "Install it with the command for your system, then start journey-editor again:"
    ),
    QT_TRANSLATE_NOOP(
        "CLI", "Install them with the command for your system, then start journey-editor again:"
    ),
)
INSTALL_LINE = QT_TRANSLATE_NOOP("CLI", "{family}: {command}")
NO_WINDOW = QT_TRANSLATE_NOOP(
    "CLI", "Commands that need no window (export, snapshot, validate …) work as they are."
)
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.M)

LddRunner = Callable[[Path], str | None]


@dataclass(frozen=True)
class MissingLibraries:
    platform: str  # the Qt platform plugin that cannot load: "xcb", "wayland"
    plugin: Path
    names: tuple[str, ...]  # linker names, e.g. "libxcb-icccm.so.4"

    def install_lines(self, language: str | None = None) -> list[str]:
        """One install command per distribution family, packages in the order of `names`."""
        line = translate("CLI", INSTALL_LINE, language or system_language())
        lines = []
        for index, (family, command) in enumerate(FAMILIES):
            packages = list(dict.fromkeys(_package(name, index) for name in self.names))
            lines.append(
                "  " + line.format(family=family, command=f"{command} {' '.join(packages)}")
            )
        return lines

    def message(self, language: str | None = None) -> str:
        """What is missing and how to install it, in `language` (default: the system's, as
        the command line speaks)."""
        language = language or system_language()
        n = len(self.names)

        def words(singular: str, plural: str) -> str:
            return translate("CLI", plural_form(singular, plural, n, language), language, None, n)

        lacks = words(*LACKS).format(platform=self.platform, names=", ".join(self.names))
        return "\n".join(
            [
                lacks,
                words(*INSTALL),
                *self.install_lines(language),
                translate("CLI", NO_WINDOW, language),
            ]
        )


def _package(name: str, family: int) -> str:
    known = PACKAGES.get(name)
    if known is not None:
        return known[family]
    # An unknown library: the linker name without "lib" and the version is the best guess.
    return re.sub(r"^lib|\.so(\.\d+)*$", "", name)


def wanted_platform(environ: os._Environ[str] | dict[str, str]) -> str | None:
    """The platform plugin Qt will load for a window: QT_QPA_PLATFORM's first choice, else
    wayland in a Wayland session, else xcb when there is an X display; None when Qt would
    not load a display plugin from the system at all (offscreen, no display)."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    if environ.get("DISPLAY"):
        return "xcb"
    return None


def plugin_file(platform: str) -> Path | None:
    """Qt's platform plugin library inside the PySide6 package, without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
        if candidate.is_file():
            return candidate
    return None


def run_ldd(library: Path) -> str | None:
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        result = subprocess.run(
            [ldd, str(library)], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout


def missing_libraries(
    environ: os._Environ[str] | dict[str, str] | None = None,
    ldd: LddRunner = run_ldd,
    find_plugin: Callable[[str], Path | None] = plugin_file,
) -> MissingLibraries | None:
    """What the display plugin Qt is about to load cannot find, or None when nothing is
    missing or the question cannot be asked here."""
    if not sys.platform.startswith("linux"):
        return None
    platform = wanted_platform(os.environ if environ is None else environ)
    if platform is None:
        return None
    plugin = find_plugin(platform)
    if plugin is None:
        return None
    report = ldd(plugin)
    if not report:
        return None
    names = tuple(dict.fromkeys(_NOT_FOUND.findall(report)))
    return MissingLibraries(platform, plugin, names) if names else None
