"""``desktop-invoicer backup`` and ``restore`` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_invoicer.cli import main
from desktop_invoicer.storage import Database
from desktop_invoicer.storage.backup import history, needs_reconcile
from desktop_invoicer.storage.paths import workspace_database
from tests.keyrings import MemoryKeyring


def test_backup_then_restore_into_a_new_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    db = Database.open(workspace_database("shop"))
    db.settings.set("marker", "before the backup")
    db.close()
    from desktop_invoicer.sync import keys

    keys.save_key("shop", "sk_test_cli00000000000000000000000")
    assert main(["backup", "--workspace", "shop", "--folder", str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out
    assert "integrity ok" in out
    [backup] = list((tmp_path / "b").glob("*.backup.db"))
    assert (
        main(["restore", str(backup), "--into", "shop-restored", "--from-workspace", "shop"]) == 0
    )
    assert "reconcile" not in capsys.readouterr().err
    restored = Database.open(workspace_database("shop-restored"))
    try:
        assert restored.settings.get("marker") == "before the backup"
        assert needs_reconcile(restored) is not None
        assert history(restored) == []  # the backup's own record came after the copy
    finally:
        restored.close()
    assert keys.load_key("shop-restored") == "sk_test_cli00000000000000000000000"
    # a second restore into the same name is refused, the workspace untouched
    assert main(["restore", str(backup), "--into", "shop-restored"]) == 1
    assert "already exists" in capsys.readouterr().err
