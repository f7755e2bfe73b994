"""Find the Dutch messages the services, connectors and readers write for a user, by reading the
source (an AST scan): the text of every user-facing exception made with a literal or f-string,
the Dutch text of every validation finding, the export messages we write ourselves and the
reader errors stored on received files. Each is returned as a sample text with every value
replaced by a marker, so a test can check that the English catalogue
(:mod:`app.i18n_messages`) knows it.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VALUE = "⟨x⟩"  # stands for any value filled into a message

# The exceptions whose text reaches the user (app.errors and its subclasses in the app).
USER_ERRORS = {
    "UserFacingError",
    "PermissionDenied",
    "NotFound",
    "InvalidInput",
    "Conflict",
    "ReadError",
    "CannotLearn",
    "ConnectorError",
    "ExportRefused",
    "NeedsSignIn",
    "TransientError",
    "PackageNotAvailable",
    "SignInCancelled",
}
# Calls whose argument at the given position is a message for the user.
MESSAGE_CALLS = {"finding": 2, "_error": 1}
# Keyword arguments and attributes that hold a message stored for the user to see.
MESSAGE_NAMES = {"error", "error_message"}
# Functions that return a message, or (message, category) tuples.
MESSAGE_FUNCTIONS = {"preflight", "_network_message", "_unknown_outcome"}

SCANNED = [
    "app/services",
    "app/connectors",
    "app/pipeline/extract.py",
    "app/pipeline/limits.py",
    "app/pipeline/einvoice",
    "app/pipeline/batch.py",
    "app/pipeline/learning.py",
    "app/pipeline/validation.py",
    "app/pipeline/validation_booking.py",
    "app/pipeline/coding.py",
    "app/pipeline/coding_advanced.py",
    "app/pipeline/ocr.py",
    "app/pipeline/visual.py",
]
# The fakes stand in for the packages: their texts are the package's own, which stay as sent.
SKIPPED = ["app/connectors/fakes"]


@dataclass(frozen=True)
class Message:
    path: str
    line: int
    text: str  # the message with every value as VALUE

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _constants(tree: ast.Module) -> dict[str, ast.expr]:
    out: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                out[target.id] = node.value
    return out


def samples(node: ast.expr | None, consts: dict[str, ast.expr]) -> list[str]:
    """The texts ``node`` can make, with VALUE for every value (both branches of a conditional
    are followed); empty when it has no literal text."""
    if node is None:
        return []
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) else []
    if isinstance(node, ast.JoinedStr):
        texts = [""]
        for v in node.values:
            if isinstance(v, ast.Constant):
                texts = [t + str(v.value) for t in texts]
            else:
                texts = [t + VALUE for t in texts]
        return texts
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = samples(node.left, consts), samples(node.right, consts)
        if not left and not right:
            return []
        return [a + b for a in (left or [VALUE]) for b in (right or [VALUE])]
    if isinstance(node, ast.IfExp):
        branches = samples(node.body, consts) + samples(node.orelse, consts)
        # ``f"..." if first else None``: the literal branch is the message
        return branches
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
        # ``result.error or "Bestand kon niet worden gelezen"``: the literal alternatives
        return [t for v in node.values for t in samples(v, consts)]
    if isinstance(node, ast.Name) and node.id in consts:
        return samples(consts[node.id], consts)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return [re.sub(r"\{[^{}]*\}", VALUE, t) for t in samples(node.func.value, consts)]
    return []


def _is_message_key(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value in MESSAGE_NAMES


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _messages_in(path: Path) -> list[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    consts = _constants(tree)
    rel = str(path.relative_to(ROOT))
    found: list[tuple[int, ast.expr]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if name in USER_ERRORS and node.args:
                found.append((node.lineno, node.args[0]))
            elif name in MESSAGE_CALLS and len(node.args) > MESSAGE_CALLS[name]:
                found.append((node.lineno, node.args[MESSAGE_CALLS[name]]))
            for kw in node.keywords:
                if kw.arg in MESSAGE_NAMES:
                    found.append((node.lineno, kw.value))
            if name == "get" and len(node.args) == 2 and _is_message_key(node.args[0]):
                found.append((node.lineno, node.args[1]))  # result.get("error", "...")
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                targets = target.elts if isinstance(target, ast.Tuple) else [target]
                values = (
                    node.value.elts
                    if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple)
                    else [node.value] * len(targets)
                )
                for t, v in zip(targets, values, strict=False):
                    if (isinstance(t, ast.Attribute) and t.attr in MESSAGE_NAMES) or (
                        isinstance(t, ast.Subscript) and _is_message_key(t.slice)
                    ):
                        found.append((node.lineno, v))
        elif isinstance(node, ast.FunctionDef) and node.name in MESSAGE_FUNCTIONS:
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and ret.value is not None:
                    value = ret.value
                    found.append(
                        (ret.lineno, value.elts[0] if isinstance(value, ast.Tuple) else value)
                    )
    out = []
    for line, expr in found:
        for text in samples(expr, consts):
            if text.replace(VALUE, "").strip(" .:;,()'") != "":
                out.append(Message(rel, line, text))
    return out


def service_messages() -> list[Message]:
    """Every message found, in file and line order."""
    files: list[Path] = []
    for entry in SCANNED:
        p = ROOT / entry
        files += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    skipped = [ROOT / s for s in SKIPPED]
    out: list[Message] = []
    for f in files:
        if any(f.is_relative_to(s) for s in skipped):
            continue
        out += _messages_in(f)
    return out


if __name__ == "__main__":
    for m in service_messages():
        print(m)
