"""Cut Qt's ICU data library (``libicudata.so.NN``, 32 MB) down to what the app can use.

``libQt6Core`` links ICU, and ICU's data library holds every locale, every legacy
character converter, transliterators and word-break dictionaries. Qt itself reaches
ICU for collation (``QCollator``), locale-aware case mapping, time-zone display names
and codecs asked for by name; its text layout, number and date formatting (Qt's own CLDR tables) and IDNA do
not use it, and the app formats documents with babel. So the bundle keeps:

* everything that is not per-locale data (normalization, properties, the collation
  root and UCA table, time-zone and supplemental data, break rules), and
* the locale data (collation, currency, language/region/zone/unit names, number
  spelling) of the invoice languages (``domain/locales.py``) plus English and root;

and drops the other ~700 locales, the multi-byte legacy converters (Shift-JIS, GB18030,
Big5, EUC...: 4.6 MB; UTF-8/16/32 and Latin-1 are built into Qt, and the small
single-byte tables such as windows-1252 stay), transliteration rules and the
CJK/Khmer/Lao/Burmese word dictionaries (Qt breaks text with its own tables; Thai's is
kept, it is small).

How: the data is one symbol (``icudtNN_dat``) in the library's ``.rodata``. We copy
it out, remove items with ``icupkg`` (which refuses to drop an item a kept one
depends on), and link a new ``libicudata.so.NN`` from the result with ``genccode``
and the C compiler: same soname, same symbol. Tools: ``icupkg``/``genccode`` (Debian
and Ubuntu: ``apt-get install icu-devtools``; any ICU version reads the format) and
``cc``. Without them the build keeps the full library and says so.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Iterable
from pathlib import Path

# Locale codes ICU still ships under their old names (aliases the new ones point at,
# or parents: nb's data lives in "no" since CLDR 43).
LEGACY_ALIASES = {"id": "in", "he": "iw", "nb": "no", "fil": "tl"}
# Non-locale items whose names look like a locale id ("res_index" is the locale list).
NOT_LOCALES = {"res_index", "pool", "root"}
# Converters Qt can still open by name: the 150 single-byte/small ones (0.5 MB in all);
# the multi-byte CJK and EBCDIC-DBCS tables (50-550 KB each, 4.6 MB) go.
SMALL_CONVERTER = 16_000
DROPPED_DICTIONARIES = ("cjdict", "khmerdict", "laodict", "burmesedict")
_LOCALE_ID = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]+)*$")


def tools_available() -> bool:
    return all(shutil.which(tool) for tool in ("icupkg", "genccode", "cc"))


def extract_data(library: Path) -> tuple[bytes, str]:
    """The ICU common data (``icudtNN_dat``'s bytes) and its symbol, read from the ELF file."""
    return elf_symbol(library, re.compile(r"^icudt\d+_dat$"))


def list_items(package: Path) -> list[str]:
    out = subprocess.run(["icupkg", "-l", str(package)], check=True, capture_output=True)
    return out.stdout.decode().split()


def item_sizes(package: bytes) -> dict[str, int]:
    """Bytes of each item (``coll/de.res``) of an ICU common data package, from its ToC."""
    (header_size,) = struct.unpack_from("<H", package, 0)
    toc = package[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [data for _name, data in entries[1:]] + [len(toc)]
    sizes = {}
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        name = toc[name_at : toc.index(b"\0", name_at)].decode()
        sizes[name.split("/", 1)[1]] = end - data_at
    return sizes


def keep_item(item: str, languages: Iterable[str], size: int = 0) -> bool:
    """Whether one package item (``icudt73l/coll/de.res`` or ``coll/de.res``) stays."""
    langs = set(languages) | {"en"}
    langs |= {alias for code, alias in LEGACY_ALIASES.items() if code in langs}
    path = item.split("/", 1)[1] if item.startswith("icudt") else item
    name = path.rsplit("/", 1)[-1]
    stem, _, ext = name.rpartition(".")
    if ext == "cnv":  # single-byte tables (windows-125x, ISO-8859-x...) are 1-15 KB each
        return size < SMALL_CONVERTER
    if path.startswith("translit/"):
        return False
    match = _LOCALE_ID.match(stem)
    if ext != "res" or stem in NOT_LOCALES or not match:
        return True
    return match.group(1) in langs


def trim(library: Path, out_dir: Path, languages: Iterable[str]) -> Path:
    """Write a trimmed copy of ``library`` (same file name) into ``out_dir``; return it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    data, symbol = extract_data(library)
    entry = symbol.removesuffix("_dat")  # icudt73
    package = out_dir / f"{entry}l.dat"
    package.write_bytes(data)
    langs = set(languages)
    sizes = item_sizes(data)
    removed = [item for item in list_items(package) if not keep_item(item, langs, sizes[item])]
    # icupkg names the items' tree after the output file (icudt73l/coll/de.res), and ICU
    # looks them up by that name: the trimmed package must keep the original file name.
    (out_dir / "trimmed").mkdir(exist_ok=True)
    trimmed = out_dir / "trimmed" / package.name
    remove_items(package, trimmed, removed, out_dir / "remove.txt")
    # brkitr/root.res names the word dictionaries, so icupkg counts them as needed; ICU
    # treats a missing dictionary as "no dictionary engine" (rule-based breaks only).
    dictionaries = [f"brkitr/{name}.dict" for name in DROPPED_DICTIONARIES]
    (out_dir / "dictionaries.txt").write_text("".join(f"{d}\n" for d in dictionaries))
    subprocess.run(
        ["icupkg", "--ignore-deps", "-r", str(out_dir / "dictionaries.txt"), str(trimmed)],
        check=True,
        capture_output=True,
    )
    # genccode -a gcc: an assembly file with the package as symbol <entry>_dat (.incbin-like
    # .long lines); assembling it is fast, unlike compiling a C array of 10 MB.
    subprocess.run(
        ["genccode", "-q", "-a", "gcc", "-e", entry, "-d", str(out_dir), str(trimmed)],
        check=True,
        capture_output=True,
    )
    assembly = out_dir / f"{entry}l_dat.S"
    target = out_dir / library.name
    subprocess.run(
        [
            "cc", "-shared", "-nostdlib", "-o", str(target), str(assembly),
            f"-Wl,-soname,{library.name}", "-Wl,-z,noexecstack", "-s",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return target


def remove_items(package: Path, target: Path, items: list[str], list_file: Path) -> list[str]:
    """``icupkg -r``, settling what icupkg reports as "X depends on missing item Y".

    A small converter that only extends a dropped multi-byte one (``ibm-33722_P120`` on
    ``ibm-33722_P12A``) goes too; any other Y is put back (``nn_NO`` for ``no_NO_NY``).
    Returns what was really removed.
    """
    remove = list(items)
    for _ in range(10):
        list_file.write_text("".join(f"{item}\n" for item in remove))
        run = subprocess.run(
            ["icupkg", "-r", str(list_file), str(package), str(target)],
            capture_output=True,
            text=True,
        )
        if run.returncode == 0:
            return remove
        pairs = re.findall(r"Item (\S+) depends on missing item (\S+)", run.stdout + run.stderr)
        if not pairs:
            raise RuntimeError(f"icupkg failed: {run.stderr.strip()}")
        also = {item for item, dep in pairs if item.endswith(".cnv") and dep.endswith(".cnv")}
        back = {dep for item, dep in pairs if item not in also}
        remove = [item for item in remove if item not in back] + sorted(also - set(remove))
    raise RuntimeError("icupkg: dependencies did not settle")


def replace_in_toc(
    binaries: list[tuple[str, str, str]], work: Path, languages: Iterable[str]
) -> list[tuple[str, str, str]]:
    """PyInstaller's binaries TOC with Qt's ``libicudata.so.*`` swapped for a trimmed one."""
    if not tools_available():
        print("icu_trim: icupkg/genccode/cc not found, keeping the full ICU data (+20 MB)")
        return binaries
    result = []
    for dest, src, kind in binaries:
        if Path(dest).name.startswith("libicudata.so"):
            before = Path(src).stat().st_size
            src = str(trim(Path(src), work / "icu", languages))
            after = Path(src).stat().st_size
            print(f"icu_trim: {dest} {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
        result.append((dest, src, kind))
    return result


def elf_symbol(library: Path, pattern: re.Pattern[str]) -> tuple[bytes, str]:
    """Bytes and name of the first defined dynamic symbol matching ``pattern`` (ELF64 LE)."""
    blob = library.read_bytes()
    if blob[:4] != b"\x7fELF" or blob[4] != 2 or blob[5] != 1:
        raise ValueError(f"{library}: not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", blob, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", blob, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", blob, shoff + i * shentsize) for i in range(shnum)
    ]
    for _name, kind, _f, _a, offset, size, link, _i, _al, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for pos in range(offset, offset + size, entsize):
            st_name, _info, _other, shndx, value, st_size = struct.unpack_from("<IBBHQQ", blob, pos)
            start = strtab[4] + st_name
            name = blob[start : blob.index(b"\0", start)].decode()
            if shndx and pattern.match(name):
                sec = sections[shndx]  # file offset = value - section addr + section offset
                file_offset = value - sec[3] + sec[4]
                return blob[file_offset : file_offset + st_size], name
    raise ValueError(f"{library}: no symbol matching {pattern.pattern}")
