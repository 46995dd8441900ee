"""ui/domain_texts.py lists the lower rooms' fixed texts exactly as the domain makes them.

A text missing there never reaches the catalog, so the interface would show it in
English; these checks fail when a new status, action, enum member or required field
label appears without its entry.
"""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
from pathlib import Path
from typing import Any

import desktop_invoicer
from desktop_invoicer.domain.status import (
    InvalidTransitionError,
    InvoiceAction,
    InvoiceStatus,
    allowed,
)
from desktop_invoicer.domain.validation import check_text
from desktop_invoicer.ui.domain_texts import TEXTS

PACKAGE = Path(desktop_invoicer.__file__).parent
ROOMS = ("domain", "jobs", "sync", "storage", "documents")
TECHNICAL = {"STARTTLS", "SSL/TLS"}  # protocol names, the same in every language


def _modules() -> list[str]:
    return [
        "desktop_invoicer." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for room in ROOMS
        for path in sorted((PACKAGE / room).rglob("*.py"))
    ]


def test_every_status_refusal_is_listed() -> None:
    refusals = [
        str(InvalidTransitionError(action, status))
        for action in InvoiceAction
        for status in InvoiceStatus
        if not allowed(action, status)
    ]
    assert "Cannot void a paid invoice: only open or uncollectible invoices allow it." in refusals
    assert [text for text in refusals if text not in TEXTS] == []


def test_every_enum_label_is_listed() -> None:
    missing = []
    for name in _modules():
        module = importlib.import_module(name)
        for cls in vars(module).values():
            if (
                inspect.isclass(cls)
                and issubclass(cls, enum.Enum)
                and cls.__module__ == name
                and isinstance(inspect.getattr_static(cls, "label", None), property)
            ):
                members: list[Any] = list(cls)
                labels = {member.name: str(member.label) for member in members}
                missing += [
                    f"{cls.__name__}.{member}: {label!r}"
                    for member, label in labels.items()
                    if label not in TEXTS and label not in TECHNICAL
                ]
    assert missing == []


def test_every_fixed_field_error_is_listed() -> None:
    missing = []
    for room in ROOMS:
        for path in sorted((PACKAGE / room).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "FieldError"
                    and len(node.args) >= 2
                    and isinstance(node.args[1], ast.Constant)
                    and node.args[1].value not in TEXTS
                ):
                    missing.append(f"{path.name}:{node.lineno}: {node.args[1].value!r}")
    assert missing == []


def test_required_field_messages_are_listed() -> None:
    for label in ("Name", "Business name", "Description"):
        error = check_text("field", "", 10, required=True, label=label)
        assert error is not None and error.message in TEXTS


def test_texts_are_unique_and_marked_for_the_extractor() -> None:
    assert len(TEXTS) == len(set(TEXTS))
    source = (PACKAGE / "ui" / "domain_texts.py").read_text(encoding="utf-8")
    marked = [
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "N_"
        and isinstance(node.args[0], ast.Constant)
    ]
    assert marked == list(TEXTS)
