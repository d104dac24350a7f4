"""Rules for office codes (全国地方公共団体コード style: six digits)."""

from __future__ import annotations

import re

from counselor_app.domain.errors import ValidationError

_OFFICE_CODE = re.compile(r"^\d{6}$")


def validate_office_code(code: str) -> str:
    """Return a valid six-digit office code.

    Raises:
        ValidationError: when the code is not six ASCII digits.
    """
    normalised = code.strip()
    if not _OFFICE_CODE.match(normalised):
        raise ValidationError("所属コードは6桁の数字です（例: 131016）", where="office_code")
    return normalised
