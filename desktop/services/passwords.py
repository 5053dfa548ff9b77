"""Password hashing with argon2id, OWASP parameters (19 MiB, 2 iterations, 1 lane)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, hash_len=32, salt_len=16, type=Type.ID)


@cache
def _dummy_hash() -> str:
    """Verified against when the login does not exist, so that a wrong login costs the same time as a
    wrong password and the answer reveals nothing."""
    return _HASHER.hash("bureau: no such user")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerificationError, InvalidHashError, UnicodeError):
        # UnicodeError: a password holding half of a UTF-16 pair, which no one can have set.
        return False


def needs_rehash(password_hash: str) -> bool:
    return _HASHER.check_needs_rehash(password_hash)
