"""``find`` and ``get`` by id, for repositories of one table of local values.

A repository names its ``table`` and its ``noun`` (for :class:`NotFoundError`) and
turns a row into its value in ``_from_row``.
"""

from __future__ import annotations

import sqlite3
from abc import abstractmethod
from typing import ClassVar, Generic, TypeVar

from ..errors import NotFoundError
from .base import Repository

T = TypeVar("T")


class LookupRepository(Repository, Generic[T]):
    table: ClassVar[str]  # e.g. "segments"
    noun: ClassVar[str]  # e.g. "segment"

    @abstractmethod
    def _from_row(self, row: sqlite3.Row) -> T: ...

    def find(self, id: str) -> T | None:
        row = self._read().execute(f"SELECT * FROM {self.table} WHERE id = ?", (id,)).fetchone()
        return None if row is None else self._from_row(row)

    def get(self, id: str) -> T:
        found = self.find(id)
        if found is None:
            raise NotFoundError(self.noun, id)
        return found
