"""Domain errors that carry a machine-readable code and the place that is wrong, not a UI message."""

from __future__ import annotations


class DomainError(Exception):
    """Base class for expected, user-correctable errors."""

    code = "domain_error"

    def __init__(self, message: str, *, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ReferenceDataError(DomainError):
    """A reference data file (code lists, lexicon, directory, routing) is malformed."""

    code = "reference_data"


class ValidationError(DomainError):
    """A value entered or imported breaks a rule; ``where`` names the field or line."""

    code = "validation"


class NotFoundError(DomainError):
    """A record that was asked for does not exist."""

    code = "not_found"


class ConflictError(DomainError):
    """Someone else saved the record first (optimistic locking)."""

    code = "conflict"


class PermissionDeniedError(DomainError):
    """The current user's role does not allow the operation."""

    code = "permission"


class StateError(DomainError):
    """The operation is not allowed in the record's current state (e.g. an invalid transition)."""

    code = "state"
