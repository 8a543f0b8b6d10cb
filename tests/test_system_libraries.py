"""Before the window opens: a missing system library gets one install line per distribution,
not Qt's abort naming a library that is installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from journey_editor.cli import exit_codes, main
from journey_editor.system_libraries import (
    MissingLibraries,
    missing_libraries,
    plugin_file,
    wanted_platform,
)

PLUGIN = Path("/opt/PySide6/Qt/plugins/platforms/libqxcb.so")
# What ldd prints for Qt's xcb plugin on a machine without libxcb-icccm4 and libxcb-keysyms1
# (the libraries a newcomer lacked), trimmed.
LDD_WITHOUT_TWO = """\
\tlinux-vdso.so.1 (0x00007ffd4b7e5000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f650397d000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f650391a000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f65025b9000)
\tlibxcb-icccm.so.4 => not found
"""
X_SESSION = {"DISPLAY": ":0"}


def check(report: str | None, environ=X_SESSION) -> MissingLibraries | None:
    return missing_libraries(environ, ldd=lambda _plugin: report, find_plugin=lambda _: PLUGIN)


def test_each_missing_library_is_named_once_in_the_order_the_linker_found_it():
    missing = check(LDD_WITHOUT_TWO)
    assert missing is not None
    assert missing.platform == "xcb"
    assert missing.names == ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")


def test_the_message_gives_one_install_command_per_distribution_family():
    lines = check(LDD_WITHOUT_TWO).message().splitlines()
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in lines[0]
    assert "  Debian, Ubuntu, Mint: sudo apt install libxcb-icccm4 libxcb-keysyms1" in lines
    assert "  Fedora, RHEL, Rocky: sudo dnf install xcb-util-wm xcb-util-keysyms" in lines
    assert "  Arch, Manjaro: sudo pacman -S xcb-util-wm xcb-util-keysyms" in lines
    assert "  openSUSE: sudo zypper install libxcb-icccm4 libxcb-keysyms1" in lines


def test_xcb_extensions_are_one_package_each_on_debian_and_one_libxcb_elsewhere():
    report = "\tlibxcb-randr.so.0 => not found\n\tlibxcb-xkb.so.1 => not found\n"
    lines = check(report).install_lines()
    assert lines[0].endswith("sudo apt install libxcb-randr0 libxcb-xkb1")
    assert lines[1].endswith("sudo dnf install libxcb")  # once, not twice


def test_an_unknown_library_is_named_by_its_stem():
    lines = check("\tlibfoo-bar.so.3 => not found\n").install_lines()
    assert lines[0].endswith("sudo apt install foo-bar")


def test_nothing_is_said_when_everything_is_found_or_the_question_cannot_be_asked():
    assert check("\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\n") is None
    assert check(None) is None  # no ldd on this system
    assert (
        missing_libraries(X_SESSION, ldd=lambda _p: LDD_WITHOUT_TWO, find_plugin=lambda _: None)
        is None
    )


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
        ({"QT_QPA_PLATFORM": "xcb:fontengine=freetype"}, "xcb"),
        (
            {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"},
            "wayland",
        ),
        ({"DISPLAY": ":1"}, "xcb"),
        ({}, None),
    ],
)
def test_the_plugin_checked_is_the_one_qt_will_load(environ, platform):
    assert wanted_platform(environ) == platform


def test_the_plugins_are_found_in_the_installed_pyside6_without_importing_qt():
    assert plugin_file("offscreen") is not None
    assert plugin_file("offscreen").name == "libqoffscreen.so"
    assert plugin_file("no-such-platform") is None


def test_opening_the_editor_stops_with_the_install_lines_and_exit_code_4(monkeypatch, capsys):
    monkeypatch.setattr(
        "journey_editor.cli.commands.missing_libraries",
        lambda: check(LDD_WITHOUT_TWO),
    )
    assert main([]) == exit_codes.MISSING_LIBRARY
    err = capsys.readouterr().err
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in err
    assert "Traceback" not in err
