from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop_invoicer.logging_setup import configure_logging
from desktop_invoicer.redaction import mask_key, redact
from desktop_invoicer.sync import keys
from tests.keyrings import MemoryKeyring, PlaintextKeyring

KEY = "sk_test_51Abcdefghijklmnopqrstuvwxyz0123"
LIVE_RESTRICTED = "rk_live_" + "abcdefghijklmnop"  # split: no live-key-shaped literal


def test_key_round_trip_per_workspace(memory_keyring: MemoryKeyring) -> None:
    keys.save_key("acme", KEY)
    keys.save_key("other", KEY.replace("51A", "51B"))
    assert keys.load_key("acme") == KEY
    assert keys.load_key("other") != KEY
    keys.delete_key("acme")
    assert keys.load_key("acme") is None
    keys.delete_key("acme")  # deleting twice is fine


@pytest.mark.parametrize("backend", [fail.Keyring(), PlaintextKeyring()])
def test_insecure_backends_are_refused_with_advice(backend: object) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    try:
        with pytest.raises(keys.KeyringUnavailableError, match="gnome-keyring"):
            keys.save_key("acme", KEY)
    finally:
        keyring.set_keyring(previous)


def test_redaction_masks_every_key_shape() -> None:
    text = f"failed with {KEY} and {LIVE_RESTRICTED} and pk_test_zzzzzzzz9999"
    out = redact(text)
    assert "51Abcdefghijklmnopqrstuvwxyz" not in out
    assert "sk_test_****0123" in out
    assert "rk_live_****mnop" in out
    assert mask_key(KEY) == "sk_test_****0123"


def test_log_file_never_holds_a_key(tmp_path: Path) -> None:
    path = configure_logging(tmp_path / "logs")
    log = logging.getLogger("desktop_invoicer.test")
    log.warning("connecting with %s", KEY)
    try:
        raise RuntimeError(f"boom {KEY}")
    except RuntimeError:
        log.exception("failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = path.read_text()
    assert "sk_test_****0123" in content
    assert KEY not in content
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()
