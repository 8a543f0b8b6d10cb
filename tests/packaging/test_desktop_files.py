"""Linux desktop integration: menu entry, *.journey.json file type, AppStream metadata, icons,
and the tarball's install.sh that puts them under ~/.local."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import ROOT

LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.journey_editor.JourneyEditor"
MIME_TYPE = "application/x-journey-map"
DESKTOP = LINUX / f"{APP_ID}.desktop"
MIME = LINUX / f"{APP_ID}.mime.xml"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_menu_entry_opens_journey_maps_with_the_app_icon():
    entry = desktop_entry()
    assert entry["Exec"] == "journey-editor %f"
    assert entry["MimeType"].split(";") == [MIME_TYPE, ""]
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == "journey-editor"  # QApplication's applicationName


def test_file_type_matches_journey_json_files_only():
    root = ET.parse(MIME).getroot()
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")] == ["*.journey.json"]
    assert mime_type.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"


def test_appstream_names_the_desktop_entry_binary_and_file_type():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.findtext("provides/binary") == "journey-editor"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    from journey_editor import __version__

    assert root.find("releases/release").get("version") == __version__


def test_the_app_announces_the_desktop_entry_name():
    # Wayland matches windows to menu entries by this name (QGuiApplication.desktopFileName).
    assert f'DESKTOP_FILE_NAME = "{APP_ID}"' in (
        ROOT / "journey_editor" / "ui" / "qt_app.py"
    ).read_text(encoding="utf-8")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validate_accepts_the_entry():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="Debian's appstream package")
def test_appstreamcli_validates_the_metainfo():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def unpacked_tarball(build_script, tmp_path) -> Path:
    """The Linux tarball, built around a stand-in app folder (a shell script), unpacked."""
    app = tmp_path / "app"
    (app / "_internal").mkdir(parents=True)
    exe = app / "journey-editor"
    exe.write_text('#!/bin/sh\necho "journey-editor (stand-in) $*"\n')
    exe.chmod(0o755)
    (app / "_internal" / "data.txt").write_text("bundled\n")
    tarball = build_script.linux_tarball(app, tmp_path, epoch=1_700_000_000)
    with tarfile.open(tarball) as tar:
        tar.extractall(tmp_path / "unpacked", filter="data")
    (folder,) = (tmp_path / "unpacked").iterdir()
    return folder


def test_tarball_is_byte_for_byte_reproducible(build_script, tmp_path):
    app = tmp_path / "app"
    app.mkdir()
    (app / "journey-editor").write_text("#!/bin/sh\n")
    first = build_script.linux_tarball(app, tmp_path, epoch=1_700_000_000).read_bytes()
    os.utime(app / "journey-editor", (0, 0))  # file times must not leak into the archive
    second = build_script.linux_tarball(app, tmp_path, epoch=1_700_000_000).read_bytes()
    assert first == second


def test_install_sh_installs_under_the_prefix_and_uninstalls(unpacked_tarball, tmp_path):
    prefix = tmp_path / "home dir" / ".local"  # a space, as in many home folders
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    install = unpacked_tarball / "install.sh"
    subprocess.run([str(install), "--prefix", str(prefix)], check=True, env=env)

    lib = prefix / "lib" / "journey-editor"
    assert (lib / "_internal" / "data.txt").read_text() == "bundled\n"
    launched = subprocess.run(
        [str(prefix / "bin" / "journey-editor"), "map.journey.json"], capture_output=True, text=True
    )
    assert launched.stdout == "journey-editor (stand-in) map.journey.json\n"
    entry = desktop_entry(prefix / "share" / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f'"{lib}/journey-editor" %f'
    assert entry["TryExec"] == f"{lib}/journey-editor"
    share = prefix / "share"
    for relative in (
        f"mime/packages/{APP_ID}.xml",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"icons/hicolor/48x48/apps/{APP_ID}.png",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        "icons/hicolor/32x32/mimetypes/application-x-journey-map.png",
    ):
        assert (share / relative).is_file(), relative
    if shutil.which("update-mime-database"):  # the XML is valid for shared-mime-info
        assert "*.journey.json" in (share / "mime" / "globs2").read_text()

    subprocess.run([str(install), "--prefix", str(prefix), "--uninstall"], check=True, env=env)
    assert not lib.exists()
    assert not (prefix / "bin" / "journey-editor").exists()
    leftovers = [p for p in share.rglob("*") if p.is_file() and APP_ID in p.name]
    assert leftovers == []
