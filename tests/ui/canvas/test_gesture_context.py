"""The gestures reach the canvas only through `interactions/context.py`.

The interaction modules are read with `ast`: wherever a name, parameter or `self.` attribute is
typed with one of the context's protocols (CanvasContext, Selecting, AutoScroll, …), every
attribute taken from it must be declared by that protocol, and only its plain attributes may
be assigned. A protocol member typed with another protocol (`selecting: Selecting`) carries
the check on (`view.selecting.select_cards`). The protocols themselves must be what MapView
and its collaborators really offer, and no import circle may run through the canvas.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.import_graph import circles, import_graph

ROOT = Path(__file__).resolve().parents[3]
INTERACTIONS = ROOT / "journey_editor" / "ui" / "canvas" / "interactions"
CONTEXT = INTERACTIONS / "context.py"
ENTRY = "CanvasContext"


@dataclass(frozen=True)
class Member:
    protocol: str | None  # the protocol its value has, when it has one
    writable: bool  # a plain annotated attribute (not a property or method)


def _name(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def read_protocols(source: str) -> dict[str, dict[str, Member]]:
    """Each Protocol class of `source`, with its members."""
    classes = [
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.ClassDef) and any(_name(b) == "Protocol" for b in node.bases)
    ]
    names = {cls.name for cls in classes}
    protocols = {}
    for cls in classes:
        members = {}
        for item in cls.body:
            if isinstance(item, ast.FunctionDef):
                is_property = any(_name(d) == "property" for d in item.decorator_list)
                returns = _name(item.returns)
                members[item.name] = Member(
                    returns if is_property and returns in names else None, False
                )
            elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                annotation = _name(item.annotation)
                members[item.target.id] = Member(annotation if annotation in names else None, True)
        protocols[cls.name] = members
    return protocols


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    used: set[tuple[str, str]] = field(default_factory=set)  # (protocol, member)


class _Scope:
    """One function (with its nested functions and lambdas) or one class's methods: which
    names and `self.` attributes hold a protocol."""

    def __init__(self, protocols: dict[str, dict[str, Member]], selfs: dict[str, str]) -> None:
        self.protocols = protocols
        self.names: dict[str, str] = {}
        self.selfs = selfs

    def type_of(self, node: ast.AST) -> str | None:
        if isinstance(node, ast.Name):
            return self.names.get(node.id)
        if isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id == "self":
                return self.selfs.get(node.attr)
            owner = self.type_of(node.value)
            member = self.protocols[owner].get(node.attr) if owner is not None else None
            return member.protocol if member is not None else None
        return None

    def bind(self, tree: ast.AST) -> bool:
        """Learn from parameters and assignments in `tree`; True when something was new."""
        before = (dict(self.names), dict(self.selfs))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                arguments = node.args
                for arg in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]:
                    if _name(arg.annotation) in self.protocols:
                        self.names[arg.arg] = _name(arg.annotation)
            elif isinstance(node, ast.AnnAssign):
                typed = _name(node.annotation)
                if typed not in self.protocols and node.value is not None:
                    typed = self.type_of(node.value)
                if typed is not None:
                    self._bind_target(node.target, typed)
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    pairs = (
                        zip(target.elts, node.value.elts, strict=False)
                        if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple)
                        else [(target, node.value)]
                    )
                    for one_target, value in pairs:
                        typed = self.type_of(value)
                        if typed is not None:
                            self._bind_target(one_target, typed)
        return before != (self.names, self.selfs)

    def _bind_target(self, target: ast.AST, typed: str) -> None:
        if isinstance(target, ast.Name):
            self.names[target.id] = typed
        elif (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == "self"
        ):
            self.selfs[target.attr] = typed

    def check(self, tree: ast.AST, module: str, report: Report) -> None:
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute):
                owner = self.type_of(node.value)
                if owner is None:
                    continue
                member = self.protocols[owner].get(node.attr)
                where = f"{module}:{node.lineno}: {ast.unparse(node)}"
                if member is None:
                    report.problems.append(f"{where} is not declared by {owner}")
                    continue
                report.used.add((owner, node.attr))
                if not isinstance(node.ctx, ast.Load) and not member.writable:
                    report.problems.append(f"{where} assigns what {owner} only lets read")
            elif (
                isinstance(node, ast.Call)
                and _name(node.func) in ("getattr", "setattr", "hasattr", "delattr", "vars")
                and node.args
                and self.type_of(node.args[0]) is not None
            ):
                report.problems.append(
                    f"{module}:{node.lineno}: {ast.unparse(node)} goes around the protocol"
                )


def check_module(
    source: str, module: str, protocols: dict[str, dict[str, Member]], report: Report
) -> None:
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            selfs: dict[str, str] = {}
            methods = [item for item in node.body if isinstance(item, ast.FunctionDef)]
            scopes = [_Scope(protocols, selfs) for _ in methods]
            while any([scope.bind(method) for scope, method in zip(scopes, methods, strict=True)]):
                pass  # until `self.view = view` and what follows from it are all known
            for scope, method in zip(scopes, methods, strict=True):
                scope.check(method, module, report)
        elif isinstance(node, ast.FunctionDef):
            scope = _Scope(protocols, {})
            while scope.bind(node):
                pass
            scope.check(node, module, report)


def gesture_modules() -> list[Path]:
    return sorted(path for path in INTERACTIONS.glob("*.py") if path != CONTEXT)


def check_gestures() -> Report:
    protocols = read_protocols(CONTEXT.read_text(encoding="utf-8"))
    report = Report()
    for path in gesture_modules():
        check_module(path.read_text(encoding="utf-8"), path.name, protocols, report)
    return report


# --- the rule holds --------------------------------------------------------------------------


def test_gestures_use_only_what_the_canvas_context_declares():
    problems = check_gestures().problems
    assert not problems, "\n".join(problems)


def test_the_context_declares_nothing_the_gestures_do_not_use():
    protocols = read_protocols(CONTEXT.read_text(encoding="utf-8"))
    declared = {(name, member) for name, members in protocols.items() for member in members}
    assert declared - check_gestures().used == set()


def test_every_view_a_gesture_takes_is_typed_with_the_context():
    untyped = []
    for path in gesture_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = isinstance(node, ast.arg) and node.arg in ("view", "canvas", "context")
            if named and _name(node.annotation) != ENTRY:
                untyped.append(f"{path.name}:{node.lineno}: {node.arg}")
    assert not untyped, "\n".join(untyped)


def test_no_import_circle_runs_through_the_canvas():
    found = [c for c in circles(import_graph(ROOT)) if any(".ui.canvas" in m for m in c)]
    assert not found


def test_the_context_imports_no_gesture():
    tree = ast.parse(CONTEXT.read_text(encoding="utf-8"))
    imported = {
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert not [name for name in imported if ".interactions" in name]


# --- the check can fail ------------------------------------------------------------------------

PROBE = """
from journey_editor.ui.canvas.interactions.context import CanvasContext


class Probe:
    def __init__(self, view: CanvasContext) -> None:
        self.view = view

    def run(self) -> None:
        view = self.view
        view.rename_selected()
        self.view.selecting.after_layout()
        view.pointer.space_held = True
        view.report("declared: fine")
        view.selecting.select_cards(())


def helper(canvas: CanvasContext) -> None:
    selecting, scene = canvas.selecting, canvas.map_scene
    print(selecting.focus_card, scene.cards)
    canvas.document = None
    getattr(canvas, "edit_card_title")("c-1")
    (lambda: canvas.keeper)()
"""


def test_the_check_catches_undeclared_uses():
    protocols = read_protocols(CONTEXT.read_text(encoding="utf-8"))
    report = Report()
    check_module(PROBE, "probe.py", protocols, report)
    found = {problem.split(": ", 1)[1] for problem in report.problems}
    assert found == {
        "view.rename_selected is not declared by CanvasContext",
        "self.view.selecting.after_layout is not declared by Selecting",
        "view.pointer.space_held is not declared by Pointer",
        "selecting.focus_card is not declared by Selecting",
        "canvas.document assigns what CanvasContext only lets read",
        "getattr(canvas, 'edit_card_title') goes around the protocol",
        "canvas.keeper is not declared by CanvasContext",
    }
    assert ("CanvasContext", "report") in report.used
    assert ("Selecting", "select_cards") in report.used
    assert ("CanvasContext", "map_scene") in report.used  # scene.cards: a MapScene, not checked


# --- the protocols are what the canvas offers ----------------------------------------------------


def _missing(obj: object, protocol: str, protocols, path: str) -> list[str]:
    missing = []
    for member_name, member in protocols[protocol].items():
        if not hasattr(obj, member_name):
            missing.append(f"{path}.{member_name}")
        elif member.protocol is not None:
            value = getattr(obj, member_name)
            missing += _missing(value, member.protocol, protocols, f"{path}.{member_name}")
    return missing


def test_the_map_view_and_its_parts_provide_every_declared_member(small):
    protocols = read_protocols(CONTEXT.read_text(encoding="utf-8"))
    assert _missing(small.view, ENTRY, protocols, "view") == []


@pytest.mark.parametrize("protocol", ["Selecting", "AutoScroll", "InlineEditing", "Pointer"])
def test_every_collaborator_protocol_is_reached_from_the_context(protocol):
    protocols = read_protocols(CONTEXT.read_text(encoding="utf-8"))
    assert protocol in {member.protocol for member in protocols[ENTRY].values()}
