"""packaging/icu_trim.py: which ICU items the bundle keeps, and the trimmed library itself."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGS = {"en", "de", "sv", "zh", "nb", "he", "ja"}


def load_icu_trim() -> ModuleType:
    spec = importlib.util.spec_from_file_location("di_icu_trim", ROOT / "packaging" / "icu_trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def qt_icu_data() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.parametrize(
    "item",
    [
        "coll/de.res", "coll/sv.res", "coll/zh.res", "zone/en_GB.res", "curr/zh_Hant_HK.res",
        "de_AT.res", "iw.res", "no.res",  # legacy/parent names of he and nb
        "root.res", "pool.res", "res_index.res", "coll/root.res", "coll/ucadata.icu",
        "supplementalData.res", "likelySubtags.res", "zoneinfo64.res", "uprops.icu",
        "nfc.nrm", "brkitr/word.brk", "brkitr/thaidict.dict", "cnvalias.icu",
    ],
)  # fmt: skip
def test_kept(item: str) -> None:
    assert load_icu_trim().keep_item(item, LANGS)


@pytest.mark.parametrize(
    "item",
    ["coll/fa.res", "uk.res", "zone/sw_KE.res", "lang/yue.res", "translit/root.res",
     "unit/kok.res"],
)  # fmt: skip
def test_dropped(item: str) -> None:
    assert not load_icu_trim().keep_item(item, LANGS)


def test_single_byte_converters_stay_and_multi_byte_ones_go() -> None:
    icu_trim = load_icu_trim()
    assert icu_trim.keep_item("ibm-5348_P100-1997.cnv", LANGS, 3_000)  # windows-1252
    assert not icu_trim.keep_item("ibm-943_P15A-2003.cnv", LANGS, 150_000)  # Shift-JIS
    assert not icu_trim.keep_item("gb18030.cnv", LANGS, 233_000)


def test_item_sizes_reads_the_package_table_of_contents() -> None:
    library = qt_icu_data()
    if library is None:
        pytest.skip("this PySide6 has no bundled ICU")
    icu_trim = load_icu_trim()
    data, _symbol = icu_trim.extract_data(library)
    sizes = icu_trim.item_sizes(data)
    assert 500_000 < sizes["coll/zh.res"] < 1_000_000
    assert sum(sizes.values()) < len(data)


def test_reads_the_data_symbol_out_of_qts_icu_library() -> None:
    library = qt_icu_data()
    if library is None:
        pytest.skip("this PySide6 has no bundled ICU")
    data, symbol = load_icu_trim().extract_data(library)
    assert re.fullmatch(r"icudt\d+_dat", symbol)
    assert data[2:4] == b"\xda\x27"  # ICU data header magic
    assert len(data) > 10_000_000


@pytest.mark.skipif(
    sys.platform != "linux" or not all(shutil.which(t) for t in ("icupkg", "genccode", "cc")),
    reason="needs icupkg/genccode (icu-devtools) and cc",
)
def test_the_trimmed_library_is_smaller_and_exports_the_same_symbol(tmp_path: Path) -> None:
    library = qt_icu_data()
    if library is None:
        pytest.skip("this PySide6 has no bundled ICU")
    icu_trim = load_icu_trim()
    out = icu_trim.trim(library, tmp_path, LANGS)
    assert out.name == library.name
    assert out.stat().st_size < library.stat().st_size / 2
    _data, symbol = icu_trim.extract_data(out)
    assert symbol == icu_trim.extract_data(library)[1]
    items = subprocess.run(
        ["icupkg", "-l", str(tmp_path / "trimmed" / f"{symbol[:-4]}l.dat")],
        capture_output=True,
        text=True,
    ).stdout.split()  # exit 2: it reports the (deliberately) dropped word dictionaries
    assert "coll/sv.res" in items and "coll/uk.res" not in items
    assert "ibm-5348_P100-1997.cnv" in items and "gb18030.cnv" not in items
    soname = subprocess.run(["readelf", "-d", str(out)], capture_output=True, text=True).stdout
    assert f"[{library.name}]" in soname
