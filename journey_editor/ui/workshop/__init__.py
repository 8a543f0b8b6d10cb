"""The workshop's tools, made to sit in the normal window and in presentation mode alike: the
capture bar (the room's words become cards) and the timer (its clock, its dialog, a display for
the status bar or a corner of the screen). What they need of their host comes in as arguments —
the map, and a focus provider telling where captured cards go — never as a window."""
