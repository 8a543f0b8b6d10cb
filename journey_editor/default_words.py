"""The default channel catalogue in a map's language: one place for the import, new maps and
the language switch (persistence/ and edits/ both read it; neither may import the other).

The model keeps the catalogue in English (model/channels.py); its labels are marked for
translation in templates.py (context "Channels") and translated in the catalogue that
journey_editor.i18n reads.
"""

from __future__ import annotations

from journey_editor.i18n import translate
from journey_editor.model.channels import default_channels
from journey_editor.model.entities import Channel


def default_channels_in(language: str) -> list[Channel]:
    """The default catalogue with its labels in `language` (marked in templates.py, context
    "Channels": a literal here, so tests/ui/test_no_bare_strings.py sees that lupdate has them)."""
    return [
        channel.model_copy(update={"label": translate("Channels", channel.label, language)})
        for channel in default_channels()
    ]
