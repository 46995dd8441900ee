"""Idempotent requests: the first result of a key is kept 24 hours and replayed."""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from typing import Any

from .clock import Clock
from .store import Store
from .wire import ApiError

TTL_SECONDS = 24 * 3600
MAX_KEY_LENGTH = 255


@dataclass
class Stored:
    status: int
    body: bytes
    headers: dict[str, str]
    request_id: str


def fingerprint(method: str, path: str, raw_params: Any) -> str:
    text = json.dumps([method, path, raw_params], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


class Idempotency:
    """Keys are scoped per account and mode; results live in the store (kind ``idempotency``)."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self._lock = threading.Lock()
        self._in_flight: set[str] = set()

    @staticmethod
    def _id(scope: str, key: str) -> str:
        return f"idem:{scope}:{key}"

    def begin(self, scope: str, key: str, fp: str) -> Stored | None:
        """Claim ``key`` for a new request, or return the stored result to replay."""
        if len(key) > MAX_KEY_LENGTH:
            raise ApiError(
                400,
                f"Idempotency keys can be at most {MAX_KEY_LENGTH} characters long.",
                cacheable=False,
            )
        oid = self._id(scope, key)
        with self._lock:
            with self.store.lock:
                self.store.prune_older("idempotency", self.clock.now() - TTL_SECONDS)
                entry = self.store.get("idempotency", oid)
            if entry is not None:
                if entry["fingerprint"] != fp:
                    raise ApiError(
                        400,
                        "Keys for idempotent requests can only be used with the same parameters "
                        f"they were first used with. Try using a key other than '{key}' if you "
                        "meant to execute a different request.",
                        type="idempotency_error",
                        cacheable=False,
                    )
                return Stored(
                    int(entry["status"]),
                    entry["body"].encode(),
                    dict(entry["headers"]),
                    entry["request_id"],
                )
            if oid in self._in_flight:
                raise ApiError(
                    409,
                    "There is currently another in-progress request using this Idempotent "
                    "Key (that probably means you submitted twice, and the other request is "
                    f"still going through): {key}. Please try again later.",
                    type="idempotency_error",
                    code="idempotency_key_in_use",
                    cacheable=False,
                )
            self._in_flight.add(oid)
        return None

    def finish(self, scope: str, key: str, fp: str, result: Stored | None) -> None:
        """Store ``result`` (None: not cacheable) and release the key."""
        oid = self._id(scope, key)
        try:
            if result is not None:
                with self.store.lock:
                    self.store.insert(
                        "idempotency",
                        {
                            "id": oid,
                            "created": self.clock.now(),
                            "fingerprint": fp,
                            "status": result.status,
                            "body": result.body.decode(),
                            "headers": result.headers,
                            "request_id": result.request_id,
                        },
                    )
                    self.store.commit()
        finally:
            with self._lock:
                self._in_flight.discard(oid)
