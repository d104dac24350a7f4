"""Reading numbers back out of generated PDFs (pypdf layout text), for tests that compare them with SQL."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader

from counselor_app.paths import resources_dir

# A printed number: 1,234 / +12 / -3 / ±0 / 1,234円 / 12.3% / - (no share).
NUMBER = r"([+\-±]?[\d,]+円?|\d+\.\d%|-)"


def pdf_pages(pdf: bytes) -> list[str]:
    """Layout-preserving text of every page."""
    reader = PdfReader(io.BytesIO(pdf))
    return [page.extract_text(extraction_mode="layout") for page in reader.pages]


def plain_text(pdf: bytes) -> str:
    """Plain text of every page, joined."""
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def section(text: str, title: str, next_title: str | None = None) -> str:
    """The text between a section title and the next one."""
    start = text.index(title)
    end = text.index(next_title, start) if next_title else len(text)
    return text[start:end]


def row(text: str, label: str, count: int) -> list[str]:
    """The ``count`` numbers printed right after ``label`` (first matching table row)."""
    pattern = re.escape(label) + r"\s+" + r"\s+".join([NUMBER] * count) + r"(?=\s|$)"
    match = re.search(pattern, text)
    assert match is not None, f"no row {label!r} with {count} numbers in:\n{text}"
    return list(match.groups())


def to_int(token: str) -> int:
    """``1,234円`` / ``+12`` / ``±0`` as an int."""
    return int(token.replace(",", "").replace("円", "").replace("±", ""))


def percent(part: int, whole: int) -> str:
    """The share as the PDFs print it (one decimal, half up)."""
    if whole == 0:
        return "-"
    tenths = (2000 * part + whole) // (2 * whole)
    return f"{tenths // 10}.{tenths % 10}%"


def glyphs_missing_from_font(text: str) -> set[str]:
    """Characters of ``text`` that IPAexGothic cannot draw (they would print as boxes)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    face = TTFontFile(str(Path(resources_dir()) / "fonts" / "ipaexg.ttf"))
    return {char for char in text if not char.isspace() and ord(char) not in face.charToGlyph}
