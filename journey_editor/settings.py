"""Where the app keeps its own data (platformdirs): recent files, preferences, recovery copies.

A small JSON file in the user's config folder; Qt settings keep only window geometry.
Unreadable settings are ignored (a broken preferences file must never block opening a map).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from journey_editor.persistence.atomic import atomic_write_bytes

APP_NAME = "journey-editor"
MAX_RECENT = 10


def config_folder() -> Path:
    override = os.environ.get("JOURNEY_EDITOR_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir(APP_NAME, appauthor=False))


def data_folder() -> Path:
    override = os.environ.get("JOURNEY_EDITOR_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def recovery_folder() -> Path:
    """Autosaved recovery copies: never beside (or over) the user's own file."""
    return data_folder() / "recovery"


DEFAULT_AUTOSAVE_SECONDS = 60
LANGUAGES = ("", "en", "fr")  # "" follows the system locale


@dataclass
class Settings:
    recent_files: list[str] = field(default_factory=list)
    author: str = ""
    # The PDF dialog's last choices (PdfOptions.to_dict); PdfOptions.from_dict validates them.
    pdf_options: dict = field(default_factory=dict)
    # Seconds between recovery copies while a map has unsaved changes; 0 turns autosave off.
    autosave_seconds: int = DEFAULT_AUTOSAVE_SECONDS
    default_paper: str = "A3"  # the PDF dialog's paper until the user picks another one
    language: str = ""  # one of LANGUAGES

    @classmethod
    def load(cls) -> Settings:
        try:
            raw = json.loads((config_folder() / "settings.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        recent = raw.get("recent_files", [])
        author = raw.get("author", "")
        pdf_options = raw.get("pdf_options", {})
        autosave = raw.get("autosave_seconds", DEFAULT_AUTOSAVE_SECONDS)
        if not isinstance(autosave, int) or isinstance(autosave, bool) or autosave < 0:
            autosave = DEFAULT_AUTOSAVE_SECONDS
        paper = raw.get("default_paper", "A3")
        language = raw.get("language", "")
        return cls(
            recent_files=[p for p in recent if isinstance(p, str)][:MAX_RECENT]
            if isinstance(recent, list)
            else [],
            author=author if isinstance(author, str) else "",
            pdf_options=pdf_options if isinstance(pdf_options, dict) else {},
            autosave_seconds=min(autosave, 24 * 3600),
            default_paper=paper if isinstance(paper, str) and paper else "A3",
            language=language if language in LANGUAGES else "",
        )

    def save(self) -> None:
        folder = config_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            data = json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"
            atomic_write_bytes(folder / "settings.json", data.encode("utf-8"), keep_backup=False)
        except OSError:
            pass  # preferences are a convenience; never fail a user action over them

    def remember(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text]
        del self.recent_files[MAX_RECENT:]
