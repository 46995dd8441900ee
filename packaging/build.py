"""Build the bundle for this platform, self-test it, and print its size.

    python packaging/build.py [--skip-build] [--tarball] [--no-self-test]

Runs PyInstaller on ``packaging/desktop_invoicer.spec`` (work files in
``build/bundle/``, the bundle in ``dist/DesktopInvoicer/``), then launches the
bundled executable with ``--self-test`` (Qt offscreen, data in a temporary folder)
and prints the bundle's unpacked size against the goal. ``--tarball`` also packs
the folder as ``dist/DesktopInvoicer-<version>-linux-x86_64.tar.gz`` (what the
release workflow uploads for Linux). Exit code: non-zero when the build or the
self-test fails. ``packaging/build_linux.sh`` is the same for shell users.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "desktop_invoicer.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "bundle"
NAME = "DesktopInvoicer"
SIZE_GOAL_MB = 120.0


def bundle_dir(dist: Path = DIST) -> Path:
    return dist / NAME


def executable(dist: Path = DIST) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return bundle_dir(dist) / f"{NAME}{suffix}"


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (symlinks not followed, counted once)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path = DIST, work: Path = WORK) -> float:
    """Run PyInstaller; return the seconds it took."""
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    return time.perf_counter() - started


def self_test(exe: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Launch the bundled app with ``--self-test``, offscreen, with a throwaway data folder."""
    with tempfile.TemporaryDirectory(prefix="di-bundle-home-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESKTOP_INVOICER_HOME=home)
        env.pop("PYTHONPATH", None)  # the bundle must not see the source tree
        return subprocess.run(
            [str(exe), "--self-test"],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=home,
        )


def make_tarball(dist: Path = DIST) -> Path:
    from importlib.metadata import version

    machine = platform.machine().lower() or "x86_64"
    target = dist / f"{NAME}-{version('desktop-invoicer')}-linux-{machine}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(bundle_dir(dist), arcname=NAME)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="self-test the existing bundle")
    parser.add_argument("--no-self-test", action="store_true")
    parser.add_argument("--tarball", action="store_true", help="also pack a .tar.gz (Linux)")
    args = parser.parse_args(argv)

    if not args.skip_build:
        seconds = build()
        print(f"Built {bundle_dir()} in {seconds:.0f} s")
    exe = executable()
    if not exe.exists():
        print(f"No bundle at {exe}: build it first", file=sys.stderr)
        return 1
    size_mb = folder_size(bundle_dir()) / 1e6
    verdict = "within" if size_mb < SIZE_GOAL_MB else "OVER"
    print(f"Bundle size: {size_mb:.1f} MB unpacked ({verdict} the {SIZE_GOAL_MB:.0f} MB goal)")
    status = 0
    if not args.no_self_test:
        result = self_test(exe)
        sys.stdout.write(result.stdout)
        if result.returncode != 0:
            sys.stderr.write(result.stderr[-4000:])
            print(f"The bundled self-test failed (exit {result.returncode})", file=sys.stderr)
            status = 1
    if args.tarball:
        print(f"Packed {make_tarball()}")
    return status


if __name__ == "__main__":
    sys.exit(main())
