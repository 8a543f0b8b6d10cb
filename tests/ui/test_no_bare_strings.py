"""No user-visible text in the UI code escapes translation.

tests/test_translations.py checks that every string *marked* for translation is in the French
catalogue; this test finds the ones never marked: a literal (or an f-string) handed straight
to a Qt call that shows text (setText, setToolTip, QAction(…), showMessage …) instead of going
through self.tr / QCoreApplication.translate.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import journey_editor.ui

UI = Path(journey_editor.ui.__file__).parent

# Qt calls whose string arguments a person reads (window titles, labels, tooltips, menus …).
SHOWN = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "setPlaceholderText",
    "setEmptyLabel",
    "setTitle",
    "setLabelText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "showMessage",
    "addAction",
    "addMenu",
    "addItem",
    "addTab",
    "addRow",
    "addButton",
    "QAction",
    "QMenu",
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QDockWidget",
    "QToolBar",
    "QTableWidgetItem",
    "QListWidgetItem",
    "critical",
    "warning",
    "information",
    "question",
    "about",
    "getSaveFileName",
    "getOpenFileName",
    "getExistingDirectory",
}
# Which arguments show text: the first, except for these (QMessageBox: title and text; file
# dialogs: caption and filter).
SHOWN_ARGUMENTS = {
    "critical": (1, 2),
    "warning": (1, 2),
    "information": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getExistingDirectory": (1,),
}
LOGGERS = {"log", "logger", "logging", "_log", "LOG", "_logger"}
# Words that are the same in every language: language names in their own language, units.
ALLOWED = {"English", "Français", "journey-editor", "OK", "mm", "pt", "min"}
WORDS = re.compile(r"[A-Za-zÀ-ÿ]{2,}")


def bare_texts(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in SHOWN:
            continue
        if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in LOGGERS:
            continue  # a log line for developers, not the UI
        positions = SHOWN_ARGUMENTS.get(name, (0,))
        shown = [arg for index, arg in enumerate(node.args) if index in positions]
        for arg in shown:
            for part in _texts(arg):
                if WORDS.search(part) and part.strip() not in ALLOWED:
                    found.append(f"{path.name}:{node.lineno}: {name}({part!r})")
    return found


def _texts(arg: ast.expr) -> list[str]:
    """The literal text an argument shows as is: a str constant, an f-string's literal parts,
    the items of a list literal. Calls (tr, translate, format …) are translated already."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg.value]
    if isinstance(arg, ast.JoinedStr):
        return [v.value for v in arg.values if isinstance(v, ast.Constant)]
    if isinstance(arg, ast.List | ast.Tuple):
        return [text for item in arg.elts for text in _texts(item)]
    if isinstance(arg, ast.BinOp):  # "text" + something
        return _texts(arg.left) + _texts(arg.right)
    if isinstance(arg, ast.IfExp):  # "Modified" if … else "Saved"
        return _texts(arg.body) + _texts(arg.orelse)
    return []


def test_no_ui_call_shows_an_untranslated_literal():
    sources = sorted(UI.rglob("*.py"))
    assert len(sources) > 30
    found = [line for path in sources for line in bare_texts(path)]
    assert not found, "wrap these in self.tr(…) / QCoreApplication.translate(…):\n" + "\n".join(
        found
    )


def test_the_check_sees_a_bare_literal(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "def f(label, action, n):\n"
        '    label.setText("Hello")\n'
        '    action.setToolTip(f"{n} files")\n'
        '    label.setText(label.tr("Translated"))\n',
        encoding="utf-8",
    )
    found = bare_texts(probe)
    assert len(found) == 2 and "'Hello'" in found[0] and "' files'" in found[1]


# --- calls lupdate silently skips -----------------------------------------------------------------

PACKAGE = UI.parent
# Helpers that translate a variable context on purpose (their callers mark both strings).
TRANSLATING_HELPERS = {"plurals.py"}


def _is_translate(node: ast.Call) -> bool:
    """QCoreApplication.translate / i18n.translate, not QPainter.translate(dx, dy)."""
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        owner = getattr(func.value, "id", "")
        first = node.args[0] if node.args else None
        named = isinstance(first, ast.Constant) and isinstance(first.value, str)
        return owner in ("QCoreApplication", "i18n") or named
    return isinstance(func, ast.Name) and func.id == "translate"


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) or (
        isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant)
    )


def marked_contexts() -> set[str]:
    """Contexts with QT_TRANSLATE_NOOP marks anywhere in the package."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QT_TRANSLATE_NOOP"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    return found


def unextracted_calls(path: Path, marked: set[str]) -> list[str]:
    """translate(…, n) with a variable n (lupdate then drops the message altogether), and
    translate("Context", variable) in a context that has no QT_TRANSLATE_NOOP marks (a `_tr`
    wrapper: lupdate cannot see the strings passed to it)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and _is_translate(node)) or len(node.args) < 2:
            continue
        context, text = node.args[0], node.args[1]
        where = f"{path.name}:{node.lineno}"
        if len(node.args) >= 4 and not _literal(node.args[3]):
            found.append(f"{where}: translate(…, n) with a variable n: use plurals.translate_count")
        elif not isinstance(text, ast.Constant) and not (
            isinstance(context, ast.Constant) and context.value in marked
        ):
            found.append(f"{where}: translate() of a variable in an unmarked context")
    return found


def test_every_translate_call_is_one_lupdate_extracts():
    marked = marked_contexts()
    sources = [p for p in sorted(PACKAGE.rglob("*.py")) if p.name not in TRANSLATING_HELPERS]
    found = [line for path in sources for line in unextracted_calls(path, marked)]
    assert not found, "\n".join(found)


def test_the_extraction_check_sees_a_wrapper_and_a_variable_count(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "def _tr(text):\n"
        '    return QCoreApplication.translate("Nowhere", text)\n'
        "def f(n):\n"
        '    return QCoreApplication.translate("X", "%n cards", None, n)\n'
        "def g():\n"
        '    return QCoreApplication.translate("X", "%n cards", None, 2)\n',
        encoding="utf-8",
    )
    found = unextracted_calls(probe, marked={"Elsewhere"})
    assert [line.split(": ", 1)[1] for line in found] == [
        "translate() of a variable in an unmarked context",
        "translate(…, n) with a variable n: use plurals.translate_count",
    ]
