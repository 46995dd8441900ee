"""Keep the interface translations in step with the code.

    python packaging/translations.py update     # extract tr("...") strings into every .ts
    python packaging/translations.py compile    # .ts -> .qm with pyside6-lrelease
    python packaging/translations.py check      # list untranslated strings; exit 1 if any
    python packaging/translations.py export DIR [--chunks N]   # untranslated, as JSON lists
    python packaging/translations.py pending FILE.py...         # untranslated, as a JSON map
    python packaging/translations.py merge de_*.json...         # {"English": "Deutsch"} maps

Why our own extractor instead of ``pyside6-lupdate``: the app translates through one
function, ``ui.i18n.tr`` (a single context, see that module), which lupdate's Python
parser does not know. The ``.ts`` files it writes are ordinary Qt Linguist files, so a
translator can still open them in Linguist, and ``pyside6-lrelease`` compiles them.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop_invoicer" / "ui"
CATALOGS = ROOT / "resources" / "i18n"
CONTEXT = "DesktopInvoicer"
MARKERS = {"tr", "N_"}  # ui.i18n's translate call and its marker for constants
TARGETS = {"de": "de_DE"}  # language: the .ts file's locale


@dataclass
class Message:
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


def extract(sources: Path = SOURCES, files: list[Path] | None = None) -> dict[str, Message]:
    """Every literal passed to ``tr(...)`` or ``N_(...)`` under ``sources`` (or in
    ``files``), in first-seen order."""
    found: dict[str, Message] = {}
    for path in files if files is not None else sorted(sources.rglob("*.py")):
        path = path.resolve()
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in MARKERS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                text = node.args[0].value
                where = (path.relative_to(ROOT).as_posix(), node.lineno)
                found.setdefault(text, Message(text)).locations.append(where)
    return found


def read_ts(path: Path) -> dict[str, str]:
    """Finished translations in a .ts file (unfinished and vanished ones are left out)."""
    if not path.exists():
        return {}
    done: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "vanished"}:
            continue
        if translation.text:
            done[source] = translation.text
    return done


def write_ts(path: Path, locale: str, messages: dict[str, Message], done: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language=locale, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text in sorted(messages):
        message = ET.SubElement(context, "message")
        for filename, line in messages[text].locations[:3]:
            ET.SubElement(message, "location", filename=f"../../{filename}", line=str(line))
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if text in done:
            translation.text = done[text]
        else:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def ts_path(language: str) -> Path:
    return CATALOGS / f"desktop_invoicer_{language}.ts"


def update() -> None:
    messages = extract()
    for language, locale in TARGETS.items():
        path = ts_path(language)
        write_ts(path, locale, messages, read_ts(path))
        missing = sum(1 for text in messages if text not in read_ts(path))
        print(f"{path.name}: {len(messages)} strings, {missing} untranslated")


def compile_catalogs() -> None:
    for language in TARGETS:
        source = ts_path(language)
        target = source.with_suffix(".qm")
        subprocess.run(["pyside6-lrelease", "-silent", str(source), "-qm", str(target)], check=True)
        print(f"{target.name}: {target.stat().st_size} bytes")


def untranslated(language: str) -> list[str]:
    done = read_ts(ts_path(language))
    return [text for text in extract() if text not in done]


def check() -> int:
    status = 0
    for language in TARGETS:
        missing = untranslated(language)
        for text in missing:
            print(f"{language}: untranslated: {text!r}")
        status |= bool(missing)
    return status


def export(directory: Path, chunks: int) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for language in TARGETS:
        missing = untranslated(language)
        size = -(-len(missing) // chunks) if missing else 0
        for index in range(chunks):
            part = missing[index * size : (index + 1) * size]
            out = directory / f"{language}_{index + 1}.json"
            out.write_text(json.dumps(part, ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"{out}: {len(part)} strings")


def pending(files: list[Path]) -> None:
    """The untranslated strings of some files, as a JSON map to fill in (for ``merge``)."""
    for language in TARGETS:
        done = read_ts(ts_path(language))
        todo = {text: "" for text in extract(files=files) if text not in done}
        print(json.dumps(todo, ensure_ascii=False, indent=1))


def merge(files: list[Path]) -> None:
    messages = extract()
    for language, locale in TARGETS.items():
        done = read_ts(ts_path(language))
        for file in files:
            if not file.name.startswith(f"{language}_"):
                continue
            mapping = json.loads(file.read_text(encoding="utf-8"))
            done.update({k: v for k, v in mapping.items() if k in messages and v})
        write_ts(ts_path(language), locale, messages, done)
    update()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("compile")
    sub.add_parser("check")
    ex = sub.add_parser("export")
    ex.add_argument("directory", type=Path)
    ex.add_argument("--chunks", type=int, default=1)
    pe = sub.add_parser("pending")
    pe.add_argument("files", type=Path, nargs="+")
    mg = sub.add_parser("merge")
    mg.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        compile_catalogs()
    elif args.command == "check":
        return check()
    elif args.command == "export":
        export(args.directory, args.chunks)
    elif args.command == "pending":
        pending(args.files)
    else:
        merge(args.files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
