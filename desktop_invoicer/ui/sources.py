"""Page sources over the storage repositories: a filter and a sort bound to ``count``/``page``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

RowT = TypeVar("RowT")
RowT_co = TypeVar("RowT_co", covariant=True)
FilterT = TypeVar("FilterT")
FilterT_contra = TypeVar("FilterT_contra", contravariant=True)
SortT = TypeVar("SortT")
SortT_contra = TypeVar("SortT_contra", contravariant=True)


class PagedRepository(Protocol[RowT_co, FilterT_contra, SortT_contra]):
    def count(self, filter: FilterT_contra) -> int: ...

    def page(
        self, filter: FilterT_contra, sort: SortT_contra, offset: int, limit: int
    ) -> Sequence[RowT_co]: ...


class RepositorySource(Generic[RowT, FilterT, SortT]):
    """A :class:`~.paged_model.PageSource` for one filter of a repository's list."""

    def __init__(
        self,
        repository: PagedRepository[RowT, FilterT, SortT],
        filter: FilterT,
        sort: SortT,
        make_sort: Callable[[str, bool], SortT],
    ) -> None:
        self.repository = repository
        self.filter = filter
        self.sort = sort
        self._make_sort = make_sort

    def count(self) -> int:
        return self.repository.count(self.filter)

    def page(self, offset: int, limit: int) -> Sequence[RowT]:
        return self.repository.page(self.filter, self.sort, offset, limit)

    def set_sort(self, key: str, descending: bool) -> None:
        self.sort = self._make_sort(key, descending)
