"""Optional persistence: a snapshot file plus an append-only journal.

Every committed change is appended to ``<state>.journal`` (one JSON record per
line, flushed), so a server killed with SIGKILL loses nothing that it answered.
The snapshot ``<state>`` is rewritten atomically (temp file + ``os.replace``) on
load, on stop and whenever the journal grows past a threshold; the journal is
then truncated.  Journal records hold whole objects, so replaying one twice is
harmless.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import IO

from .store import Store
from .wire import JsonObj, _default


class Persistence:
    def __init__(self, path: str | os.PathLike[str], *, compact_bytes: int = 32 << 20) -> None:
        self.path = Path(path)
        self.journal_path = Path(str(self.path) + ".journal")
        self.compact_bytes = compact_bytes
        self._fh: IO[str] | None = None
        self._size = 0
        self._store: Store | None = None
        self._lock = threading.Lock()

    def attach(self, store: Store) -> None:
        """Load the saved state into ``store``, compact it and start journaling."""
        self._store = store
        with store.lock:
            if self.path.exists():
                with self.path.open(encoding="utf-8") as f:
                    store.restore(json.load(f))
            if self.journal_path.exists():
                with self.journal_path.open(encoding="utf-8") as f:
                    for line in f:
                        try:
                            rec = json.loads(line)
                        except ValueError:
                            break  # a torn last line from a killed process
                        store.apply_record(rec)
            store.clear_dirty()
            self.compact()
            store.journal = self

    def append(self, records: list[JsonObj]) -> None:
        with self._lock:
            if self._fh is None:
                self._fh = self.journal_path.open("a", encoding="utf-8")
            text = "".join(
                json.dumps(r, separators=(",", ":"), default=_default) + "\n" for r in records
            )
            self._fh.write(text)
            self._fh.flush()
            self._size += len(text)
            too_big = self._size > self.compact_bytes
        if too_big:
            self.compact()

    def compact(self) -> None:
        """Write the whole state atomically and empty the journal."""
        store = self._store
        if store is None:
            return
        with store.lock, self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".tmp")
            with tmp.open("w", encoding="utf-8") as f:
                json.dump(store.snapshot(), f, separators=(",", ":"), default=_default)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
            if self._fh is not None:
                self._fh.close()
            self._fh = self.journal_path.open("w", encoding="utf-8")
            self._size = 0

    def close(self) -> None:
        with self._lock:
            if self._fh is not None:
                self._fh.close()
                self._fh = None
