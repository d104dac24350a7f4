"""Password hashing with argon2id (argon2-cffi): hash, verify, rehash when parameters change."""

from __future__ import annotations

import contextlib

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


class Passwords:
    """Argon2id hashes; the default parameters are argon2-cffi's (RFC 9106 low-memory profile)."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._hasher = hasher or PasswordHasher(type=Type.ID)
        # Verifying against this makes a sign-in for an unknown login cost as much as a
        # real one; made on first use, so building services stays instant.
        self._dummy: str | None = None

    def hash(self, password: str) -> str:
        """A new salted argon2id hash of ``password``."""
        return self._hasher.hash(password)

    def verify(self, stored_hash: str | None, password: str) -> bool:
        """True when ``password`` matches; False for a mismatch, no hash or a damaged hash."""
        if not stored_hash:
            self.waste_time(password)
            return False
        try:
            return bool(self._hasher.verify(stored_hash, password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored_hash: str) -> bool:
        """True when the hash was made with other parameters than today's."""
        try:
            return bool(self._hasher.check_needs_rehash(stored_hash))
        except (InvalidHashError, ValueError):
            return True

    def waste_time(self, password: str) -> None:
        """Spend one verification's time (unknown logins answer as slowly as known ones)."""
        if self._dummy is None:
            self._dummy = self._hasher.hash("not-a-password-of-anyone")
        with contextlib.suppress(VerifyMismatchError, VerificationError, InvalidHashError):
            self._hasher.verify(self._dummy, password)
