"""Where workspaces and logs live."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_invoicer.storage import Database, data_root, list_workspaces, log_dir, workspace_dir
from desktop_invoicer.storage.paths import InvalidWorkspaceSlugError, slugify, workspace_database


def test_data_root_follows_the_environment(isolated_home: Path) -> None:
    assert data_root() == isolated_home
    assert workspace_dir("acme") == isolated_home / "workspaces" / "acme"
    assert workspace_database("acme").name == "workspace.db"


def test_data_root_defaults_to_the_platform_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESKTOP_INVOICER_HOME")
    assert "Desktop Invoicer" in str(data_root())


@pytest.mark.parametrize("slug", ["", "../escape", "a/b", "Upper", "-dash", "x" * 65, "café"])
def test_unsafe_slugs_are_refused(slug: str) -> None:
    with pytest.raises(InvalidWorkspaceSlugError):
        workspace_dir(slug)


def test_slugify_makes_safe_names() -> None:
    assert slugify("Acme Ltd.") == "acme-ltd"
    assert slugify("Café Lumière") == "cafe-lumiere"
    assert slugify("株式会社") == "workspace"
    workspace_dir(slugify("  Weird // Name  "))


def test_list_workspaces_finds_folders_with_a_database(isolated_home: Path) -> None:
    assert list_workspaces() == []
    for slug in ("beta", "alpha"):
        Database.open_workspace(slug).close()
    (isolated_home / "workspaces" / "empty-folder").mkdir()
    found = list_workspaces()
    assert [w.slug for w in found] == ["alpha", "beta"]
    assert found[0].database == isolated_home / "workspaces" / "alpha" / "workspace.db"
    assert found[0].size_bytes > 0
    assert found[0].modified.tzinfo is not None


def test_log_dir_is_created_under_the_root(isolated_home: Path) -> None:
    folder = log_dir()
    assert folder == isolated_home / "logs"
    assert folder.is_dir()
