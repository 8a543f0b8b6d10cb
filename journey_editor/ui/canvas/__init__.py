"""The map canvas: a QGraphicsView over a scene drawn from the layout's MapLayout.

view.py            MapView, the widget (zoom, frozen headers, event routing)
scene.py           MapScene: the items of one layout; scene_sync.py: diff to the next
layout_keeper.py   the layout after each edit (incremental when it can)
items/             paint-only items (cards, headers, rows, curves, links, overlays)
interactions/      gestures: click / drag cards / drag headers / rubber band / pan /
                   inline rename / palette drops / context menus / keyboard
card_painter.py, marks.py, text.py, theme.py    how things look (the card style and colour
                   rules shared with the PDF: layout/card_style.py, layout/colours.py)
mime.py            the palette's drag-and-drop format
"""

from journey_editor.ui.palette_mime import PALETTE_MIME

__all__ = ["PALETTE_MIME"]
