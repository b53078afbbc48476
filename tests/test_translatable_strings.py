"""Every sentence the screens show is a whole literal handed to ``tr``: a translator sees the
sentence with its placeholders, never fragments glued together in the code."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "itsm_desktop" / "ui"
TRANSLATING = {"tr", "_tr", "translatable", "QT_TR_NOOP", "translate"}
# Qt setters whose argument the user reads.
SHOWING = {"setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setStatusTip",
           "showMessage", "setInformativeText", "setLabelText", "setTitle", "setWhatsThis",
           "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
           "QUndoCommand", "setAccessibleName"}
WORD = re.compile(r"[A-Za-z]{3}")


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _built(node: ast.AST) -> bool:
    """Whether ``node`` builds a text at run time from words in the code."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(part, ast.Constant) and WORD.search(str(part.value)) for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return any(isinstance(side, ast.Constant) and isinstance(side.value, str) and WORD.search(side.value)
                   or _built(side) for side in (node.left, node.right))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return isinstance(node.func.value, ast.Constant) and WORD.search(str(node.func.value.value)) is not None
    return False


def _text_argument(call: ast.Call) -> ast.AST | None:
    name = _name(call)
    if name == "translate" and len(call.args) >= 2:  # QCoreApplication.translate(context, text)
        return call.args[1]
    return call.args[0] if call.args else None


def offence(call: ast.Call) -> str:
    """What is wrong with the text of ``call`` ("" when nothing)."""
    name, text = _name(call), _text_argument(call)
    if text is None:
        return ""
    if name in TRANSLATING:
        if isinstance(text, ast.JoinedStr | ast.BinOp) or (isinstance(text, ast.Call) and _name(text) == "format"):
            return f"{name}() of a text built at run time; pass the whole sentence"
        if name in {"translatable", "QT_TR_NOOP"} and not isinstance(text, ast.Constant):
            return f"{name}() of something other than a literal"
    elif name in SHOWING and _built(text):
        return f"{name}() of words glued together in the code; use tr() with placeholders"
    return ""


def offences() -> Iterator[str]:
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and (found := offence(node)):
                yield f"{path.relative_to(ROOT)}:{node.lineno}: {found}"


def test_no_sentence_is_glued_together_or_translated_after_formatting() -> None:
    assert list(offences()) == []


def test_the_scan_recognises_what_it_forbids() -> None:
    samples = {
        'tr(f"Delete {name}")': True,
        'tr("Delete " + name)': True,
        'tr("Delete {name}".format(name=name))': True,
        'label.setText(f"Row {n}: {message}")': True,
        'label.setText("Rows: " + str(n))': True,
        'tr("Delete {name}").format(name=name)': False,
        'label.setText(f"{a} — {b}")': False,
        'label.setText(tr("Rows: {n}").format(n=n))': False,
    }
    for source, forbidden in samples.items():
        calls = [node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)]
        assert any(offence(call) for call in calls) is forbidden, source
