"""Thread-safe in-memory state: objects by type, creation order, secondary indexes.

One re-entrant lock guards everything; the app holds it for the whole execution
of a request, so handlers see a consistent state and never interleave.  Changes
are recorded as dirty ids and, when a journal is attached, appended to it by
:meth:`Store.commit` (see ``persistence.py``).
"""

from __future__ import annotations

import bisect
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from .wire import JsonObj, not_found

Key = tuple[int, int, str]  # (created, seq, id): the list order, oldest first

# Secondary indexes: equality filters that lists use often.
INDEXED_FIELDS: dict[str, tuple[str, ...]] = {
    "invoice": ("customer", "status", "number"),
    "invoiceitem": ("invoice", "customer"),
    "credit_note": ("invoice", "customer"),
    "payment_intent": ("customer",),
    "charge": ("customer", "payment_intent"),
    "invoice_payment": ("invoice",),
    "price": ("product",),
    "customer": ("email",),
    "event": ("type",),
    "dispute": ("charge", "payment_intent"),
}


class Journal(Protocol):
    def append(self, records: list[JsonObj]) -> None: ...


class Store:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.journal: Journal | None = None
        self.on_commit: Callable[[], None] | None = None
        self._reset()

    def _reset(self) -> None:
        self._objs: dict[str, dict[str, JsonObj]] = {}
        self._type_of: dict[str, str] = {}
        self._seq: dict[str, int] = {}
        self._next_seq = 1
        self._order: dict[str, list[Key]] = {}
        self._keys: dict[str, Key] = {}
        self._tombs: dict[str, tuple[str, JsonObj]] = {}
        self._sec: dict[tuple[str, str], dict[Any, dict[str, None]]] = {}
        self._secvals: dict[str, dict[str, Any]] = {}
        self.aux: dict[str, JsonObj] = {}
        self.meta: dict[str, Any] = {}
        self._dirty: dict[str, None] = {}
        self._dirty_meta: dict[str, None] = {}

    # ------------------------------------------------------------ basic access

    @staticmethod
    def _created(obj: JsonObj) -> int:
        c = obj.get("created")
        if c is None:
            c = obj.get("date", 0)
        return int(c)

    def insert(self, kind: str, obj: JsonObj, *, aux: JsonObj | None = None) -> JsonObj:
        with self.lock:
            oid = obj["id"]
            seq = self._next_seq
            self._next_seq += 1
            self._put(kind, oid, seq, obj)
            if aux is not None:
                self.aux[oid] = aux
            self._dirty[oid] = None
            return obj

    def _put(self, kind: str, oid: str, seq: int, obj: JsonObj) -> None:
        self._objs.setdefault(kind, {})[oid] = obj
        self._type_of[oid] = kind
        self._seq[oid] = seq
        key = (self._created(obj), seq, oid)
        self._keys[oid] = key
        bisect.insort(self._order.setdefault(kind, []), key)
        self._index(kind, oid, obj)

    def _index(self, kind: str, oid: str, obj: JsonObj) -> None:
        fields = INDEXED_FIELDS.get(kind)
        if not fields:
            return
        old = self._secvals.get(oid, {})
        new: dict[str, Any] = {}
        for f in fields:
            v = obj.get(f)
            if isinstance(v, dict):
                v = v.get("id")
            new[f] = v
            if f in old and old[f] == v:
                continue
            if f in old:
                self._sec.get((kind, f), {}).get(old[f], {}).pop(oid, None)
            if v is not None:
                self._sec.setdefault((kind, f), {}).setdefault(v, {})[oid] = None
        self._secvals[oid] = new

    def _unindex(self, kind: str, oid: str) -> None:
        for f, v in self._secvals.pop(oid, {}).items():
            bucket = self._sec.get((kind, f), {}).get(v)
            if bucket is not None:
                bucket.pop(oid, None)

    def get(self, kind: str, oid: str) -> JsonObj | None:
        with self.lock:
            return self._objs.get(kind, {}).get(oid)

    def kind_of(self, oid: str) -> str | None:
        with self.lock:
            return self._type_of.get(oid)

    def tomb(self, oid: str) -> JsonObj | None:
        with self.lock:
            t = self._tombs.get(oid)
            return t[1] if t else None

    def touch(self, kind: str, obj: JsonObj) -> None:
        """Record that ``obj`` (already stored) changed: re-index and journal it."""
        with self.lock:
            oid = obj["id"]
            self._objs[kind][oid] = obj
            self._index(kind, oid, obj)
            self._dirty[oid] = None

    def delete(self, kind: str, oid: str, stub: JsonObj | None = None) -> None:
        """Remove an object; ``stub`` (``{"id", "object", "deleted": true}``) answers retrieves."""
        with self.lock:
            obj = self._objs.get(kind, {}).pop(oid, None)
            if obj is None:
                return
            key = self._keys.pop(oid)
            order = self._order[kind]
            i = bisect.bisect_left(order, key)
            if i < len(order) and order[i] == key:
                del order[i]
            self._unindex(kind, oid)
            self._type_of.pop(oid, None)
            self._seq.pop(oid, None)
            self.aux.pop(oid, None)
            if stub is not None:
                self._tombs[oid] = (kind, stub)
            self._dirty[oid] = None

    def set_meta(self, key: str, value: Any) -> None:
        with self.lock:
            self.meta[key] = value
            self._dirty_meta[key] = None

    def set_aux(self, oid: str, aux: JsonObj) -> None:
        with self.lock:
            self.aux[oid] = aux
            self._dirty[oid] = None

    def ids_by(self, kind: str, field: str, value: Any) -> list[str]:
        """Ids whose ``field`` equals ``value``, oldest first (needs an index)."""
        with self.lock:
            bucket = self._sec.get((kind, field), {}).get(value, {})
            return sorted(bucket, key=self._keys.__getitem__)

    def count(self, kind: str) -> int:
        with self.lock:
            return len(self._objs.get(kind, {}))

    def iter_newest(self, kind: str) -> Iterator[JsonObj]:
        """All objects of a kind, newest first (a snapshot of the order)."""
        with self.lock:
            order = list(self._order.get(kind, []))
            objs = self._objs.get(kind, {})
        for key in reversed(order):
            obj = objs.get(key[2])
            if obj is not None:
                yield obj

    def prune_older(self, kind: str, cutoff: int) -> int:
        """Forget objects of ``kind`` created before ``cutoff``; returns how many."""
        with self.lock:
            order = self._order.get(kind, [])
            n = bisect.bisect_left(order, (cutoff,))
            for key in order[:n]:
                oid = key[2]
                self._objs[kind].pop(oid, None)
                self._keys.pop(oid, None)
                self._unindex(kind, oid)
                self._type_of.pop(oid, None)
                self._seq.pop(oid, None)
                self.aux.pop(oid, None)
                self._dirty[oid] = None
            del order[:n]
            return n

    # ------------------------------------------------------------ lists

    def page(
        self,
        kind: str,
        *,
        label: str,
        limit: int,
        starting_after: str | None = None,
        ending_before: str | None = None,
        created: Any = None,
        candidates: list[str] | None = None,
        pred: Callable[[JsonObj], bool] | None = None,
    ) -> tuple[list[JsonObj], bool]:
        """One page in Stripe's order (newest first) and whether more follow."""
        with self.lock:
            objs = self._objs.get(kind, {})
            if candidates is None:
                order = self._order.get(kind, [])
            else:
                order = sorted(self._keys[i] for i in candidates if i in objs)
            lo, hi = 0, len(order)
            if created is not None:
                lo, hi = _created_bounds(order, created)
            if starting_after is not None:
                key = self._cursor(kind, objs, starting_after, label, "starting_after")
                hi = min(hi, bisect.bisect_left(order, key))
            if ending_before is not None:
                key = self._cursor(kind, objs, ending_before, label, "ending_before")
                lo = max(lo, bisect.bisect_right(order, key))
            found: list[JsonObj] = []
            rng = range(lo, hi) if ending_before is not None else range(hi - 1, lo - 1, -1)
            for i in rng:
                obj = objs[order[i][2]]
                if pred is None or pred(obj):
                    found.append(obj)
                    if len(found) > limit:
                        break
            has_more = len(found) > limit
            found = found[:limit]
            if ending_before is not None:
                found.reverse()
            return found, has_more

    def _cursor(self, kind: str, objs: dict[str, JsonObj], oid: str, label: str, param: str) -> Key:
        if oid not in objs:
            raise not_found(label, oid, param=param, status=400)
        return self._keys[oid]

    # ------------------------------------------------------------ persistence

    def commit(self) -> None:
        """Append the changes since the last commit to the journal (if any)."""
        with self.lock:
            if not self._dirty and not self._dirty_meta:
                return
            if self.journal is not None:
                records: list[JsonObj] = []
                for oid in self._dirty:
                    kind = self._type_of.get(oid)
                    if kind is not None:
                        records.append(
                            {
                                "op": "put",
                                "t": kind,
                                "id": oid,
                                "seq": self._seq[oid],
                                "o": self._objs[kind][oid],
                                "a": self.aux.get(oid),
                            }
                        )
                    elif oid in self._tombs:
                        k, stub = self._tombs[oid]
                        records.append({"op": "del", "t": k, "id": oid, "stub": stub})
                    else:
                        records.append({"op": "purge", "id": oid})
                for k in self._dirty_meta:
                    records.append({"op": "meta", "k": k, "v": self.meta.get(k)})
                records.append({"op": "seq", "n": self._next_seq})
                self.journal.append(records)
            self._dirty.clear()
            self._dirty_meta.clear()
            if self.on_commit is not None:
                self.on_commit()

    def apply_record(self, rec: JsonObj) -> None:
        """Replay one journal record (idempotent: a record holds a whole object)."""
        op = rec.get("op")
        if op == "put":
            kind, oid = rec["t"], rec["id"]
            if oid in self._type_of:
                self.delete(self._type_of[oid], oid)
            self._tombs.pop(oid, None)
            self._put(kind, oid, int(rec["seq"]), rec["o"])
            if rec.get("a") is not None:
                self.aux[oid] = rec["a"]
        elif op == "del":
            self.delete(rec["t"], rec["id"], rec.get("stub"))
            if rec.get("stub") is not None:
                self._tombs[rec["id"]] = (rec["t"], rec["stub"])
        elif op == "purge":
            kind = self._type_of.get(rec["id"])
            if kind is not None:
                self.delete(kind, rec["id"])
        elif op == "meta":
            self.meta[rec["k"]] = rec["v"]
        elif op == "seq":
            self._next_seq = max(self._next_seq, int(rec["n"]))

    def clear_dirty(self) -> None:
        with self.lock:
            self._dirty.clear()
            self._dirty_meta.clear()

    def snapshot(self) -> JsonObj:
        with self.lock:
            return {
                "version": 1,
                "next_seq": self._next_seq,
                "objs": self._objs,
                "seq": self._seq,
                "tombs": {k: [t, s] for k, (t, s) in self._tombs.items()},
                "aux": self.aux,
                "meta": self.meta,
            }

    def restore(self, snap: JsonObj) -> None:
        with self.lock:
            self._reset()
            self._next_seq = int(snap.get("next_seq", 1))
            seqs: dict[str, int] = snap.get("seq", {})
            for kind, objs in snap.get("objs", {}).items():
                bucket = self._objs.setdefault(kind, {})
                order = self._order.setdefault(kind, [])
                for oid, obj in objs.items():
                    seq = int(seqs.get(oid, 0))
                    bucket[oid] = obj
                    self._type_of[oid] = kind
                    self._seq[oid] = seq
                    key = (self._created(obj), seq, oid)
                    self._keys[oid] = key
                    order.append(key)
                    self._index(kind, oid, obj)
                order.sort()
            self._tombs = {k: (v[0], v[1]) for k, v in snap.get("tombs", {}).items()}
            self.aux = dict(snap.get("aux", {}))
            self.meta = dict(snap.get("meta", {}))

    def bulk_insert(self, kind: str, objs: list[JsonObj]) -> None:
        """Fast insertion for seeding: one sort at the end, nothing journaled."""
        with self.lock:
            bucket = self._objs.setdefault(kind, {})
            order = self._order.setdefault(kind, [])
            for obj in objs:
                oid = obj["id"]
                seq = self._next_seq
                self._next_seq += 1
                bucket[oid] = obj
                self._type_of[oid] = kind
                self._seq[oid] = seq
                key = (self._created(obj), seq, oid)
                self._keys[oid] = key
                order.append(key)
                self._index(kind, oid, obj)
            order.sort()


def _created_bounds(order: list[Key], created: Any) -> tuple[int, int]:
    lo, hi = 0, len(order)
    big = sys.maxsize
    if isinstance(created, int):
        return bisect.bisect_left(order, (created,)), bisect.bisect_right(order, (created, big))
    if not isinstance(created, dict):
        return lo, hi
    if "gt" in created:
        lo = max(lo, bisect.bisect_right(order, (int(created["gt"]), big)))
    if "gte" in created:
        lo = max(lo, bisect.bisect_left(order, (int(created["gte"]),)))
    if "lt" in created:
        hi = min(hi, bisect.bisect_left(order, (int(created["lt"]),)))
    if "lte" in created:
        hi = min(hi, bisect.bisect_right(order, (int(created["lte"]), big)))
    return lo, max(lo, hi)
