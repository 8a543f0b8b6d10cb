"""Compare mode (View ▸ Compare with): the open map shows, on itself, how it differs from
another version of it — a file, its backup, its last saved version.

mode.py      CompareMode: reads the other version, diffs, lays out room for ghosts, keeps the
             marks in step with the edits, leaves without a trace
sources.py   what the map can be compared with, and reading it
menu.py      the View ▸ Compare with entries (the shell's action table makes its rows from them)
panel.py     the changes dock: every difference grouped by persona and stage; a click shows it
bar.py       the bar above the canvas: "Comparing with … — N changes — Leave"
words.py     the words of the marks and of the panel, translated

The marks' geometry is Qt-free (`layout/change_marks.py`, fed by `export/change_input.py`);
their items are the canvas's (`ui/canvas/items/compare.py`, `ui/canvas/compare_overlay.py`).
This wing sits beside files/ and handout/: under the shell, over the host, canvas and editing.
"""
