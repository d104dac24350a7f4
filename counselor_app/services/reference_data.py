"""Reading the reference data files in resources/ and handing them to the domain validators."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from counselor_app.domain.classifier import Lexicon, parse_lexicon
from counselor_app.domain.codelists import CodeLists, parse_codelists
from counselor_app.domain.directory import parse_directory
from counselor_app.domain.entities import DirectoryEntry
from counselor_app.domain.errors import DomainError, ReferenceDataError
from counselor_app.domain.guidance import Guidance, parse_guidance
from counselor_app.domain.routing import RoutingTable, parse_routing

T = TypeVar("T")

CODELISTS_FILE = "codelists.json"
DIRECTORY_FILE = "directory.json"
LEXICON_FILE = "pi_lexicon.json"
ROUTING_FILE = "routing.json"
GUIDANCE_FILE = "guidance.json"


class ReferenceFileError(DomainError):
    """A reference file is missing, not JSON, or fails validation; names the file and entry."""

    code = "reference_file"


def load_json_file(path: Path, parse: Callable[[object], T]) -> T:
    """Read a UTF-8 JSON file and validate it with ``parse``.

    Raises:
        ReferenceFileError: naming the file, and the line or entry that is wrong.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ReferenceFileError(f"参照データのファイルがありません: {path}") from exc
    except UnicodeDecodeError as exc:
        raise ReferenceFileError(f"{path}: UTF-8 で読めません（{exc.start} バイト目）") from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReferenceFileError(
            f"{path}: {exc.lineno} 行 {exc.colno} 列: JSON の書式が正しくありません ({exc.msg})"
        ) from exc
    try:
        return parse(document)
    except ReferenceDataError as exc:
        raise ReferenceFileError(f"{path}: {exc.where}: {exc.message}") from exc


@dataclass(frozen=True)
class ReferenceData:
    """Validated reference data the application runs on."""

    codelists: CodeLists
    directory: tuple[DirectoryEntry, ...]
    root: Path
    lexicon: Lexicon
    routing: RoutingTable
    guidance: Guidance


def load_reference_data(root: Path) -> ReferenceData:
    """Load and validate every reference file under ``root``."""
    codelists = load_json_file(root / CODELISTS_FILE, parse_codelists)
    directory = load_json_file(root / DIRECTORY_FILE, parse_directory)
    referral_kinds = [item.code for item in codelists["referral_kind"].items]
    return ReferenceData(
        codelists=codelists,
        directory=directory,
        root=root,
        lexicon=load_json_file(root / LEXICON_FILE, parse_lexicon),
        routing=load_json_file(
            root / ROUTING_FILE,
            lambda document: parse_routing(document, directory, referral_kinds=referral_kinds),
        ),
        guidance=load_json_file(root / GUIDANCE_FILE, parse_guidance),
    )
