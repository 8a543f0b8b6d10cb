"""The drag-and-drop contract between the palette dock and the canvas.

The palette starts a QDrag whose QMimeData carries `PALETTE_MIME` with a small UTF-8 JSON
object; the canvas reads it back with `read_palette_payload`. Keeping both directions here
means the two docks can never disagree on the format.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMimeData

PALETTE_MIME = "application/x-journey-palette"

PALETTE_KINDS = ("channel", "stage", "persona", "lane")


@dataclass(frozen=True)
class PalettePayload:
    kind: str  # one of PALETTE_KINDS
    channel: str | None = None  # kind "channel": the channel id
    lane_kind: str | None = None  # kind "lane": touchpoints, actions, … (default notes)


def palette_mime_data(payload: PalettePayload) -> QMimeData:
    """What the palette puts in its QDrag."""
    body: dict[str, str] = {"kind": payload.kind}
    if payload.channel is not None:
        body["channel"] = payload.channel
    if payload.lane_kind is not None:
        body["lane_kind"] = payload.lane_kind
    data = QMimeData()
    data.setData(PALETTE_MIME, QByteArray(json.dumps(body).encode("utf-8")))
    return data


def read_palette_payload(data: QMimeData | None) -> PalettePayload | None:
    """The payload of a palette drag, or None for anything else (files, text, a broken tile)."""
    if data is None or not data.hasFormat(PALETTE_MIME):
        return None
    try:
        body = json.loads(bytes(data.data(PALETTE_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(body, dict) or body.get("kind") not in PALETTE_KINDS:
        return None
    kind = body["kind"]
    channel = body.get("channel")
    lane_kind = body.get("lane_kind")
    if kind == "channel" and not (isinstance(channel, str) and channel):
        return None
    if kind == "lane" and not isinstance(lane_kind, str):
        lane_kind = "notes"
    return PalettePayload(
        kind,
        channel if kind == "channel" else None,
        lane_kind if kind == "lane" else None,
    )
