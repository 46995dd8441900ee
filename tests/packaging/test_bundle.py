"""The PyInstaller bundle: built and self-tested with RUN_SLOW=1; its recipe checked always."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("di_packaging_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_recipe_names_files_that_exist() -> None:
    text = (PACKAGING / "desktop_invoicer.spec").read_text()
    compile(text, "desktop_invoicer.spec", "exec")
    for name in ("launcher.py", "installer.iss", "macos_dmg.sh", "entitlements.plist"):
        assert (PACKAGING / name).is_file()
    for icon in ("app.ico", "app.icns"):
        assert (ROOT / "resources" / "icons" / icon).is_file()
    assert "QtWebEngineCore" in text and "exclude_system_libraries" in text
    for script in ("build_linux.sh", "macos_dmg.sh"):
        subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)


def test_the_recipe_trims_icu_and_keeps_qt_catalogs_of_the_interface_languages() -> None:
    text = (PACKAGING / "desktop_invoicer.spec").read_text()
    assert "icu_trim.replace_in_toc(" in text
    assert "lang in UI_LANGUAGES" in text  # qtbase_<lang>: interface, not invoice, languages
    from PySide6.QtCore import QLibraryInfo

    from desktop_invoicer.ui.i18n import LANGUAGES

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in set(LANGUAGES) - {"en"}:  # what the spec keeps must exist to be kept
        assert (qt_dir / f"qtbase_{language}.qm").is_file(), language


def test_folder_size_counts_files_once(tmp_path: Path) -> None:
    build = load_build()
    (tmp_path / "a.bin").write_bytes(b"x" * 1000)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.bin").write_bytes(b"y" * 500)
    (tmp_path / "link.bin").symlink_to(tmp_path / "a.bin")
    assert build.folder_size(tmp_path) == 1500


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("RUN_SLOW"), reason="set RUN_SLOW=1 to build the bundle")
@pytest.mark.skipif(sys.platform != "linux", reason="the bundle tested here is the Linux one")
def test_the_bundle_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    build = load_build()
    seconds = build.build(dist=tmp_path / "dist", work=tmp_path / "work")
    exe = build.executable(tmp_path / "dist")
    assert exe.is_file()
    result = build.self_test(exe)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "(bundled, linux)" in result.stdout
    assert "FAIL" not in result.stdout
    size_mb = build.folder_size(build.bundle_dir(tmp_path / "dist")) / 1e6
    print(f"bundle built in {seconds:.0f} s, {size_mb:.1f} MB")
    assert size_mb < 250  # the goal is 120 MB; this guards against a runaway (WebEngine...)
