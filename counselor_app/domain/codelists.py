"""PIO-NET-shaped code lists (受付方法, 年代, 商品・役務, 販売購入形態, …): validation and lookup."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from counselor_app.domain.errors import ReferenceDataError
from counselor_app.domain.text import fold

# Lists the application relies on; a reference file without them is refused.
REQUIRED_LISTS: tuple[str, ...] = (
    "channel",
    "category",
    "age_band",
    "age_band_pre2022",
    "age_band_2022",
    "gender",
    "occupation",
    "relation",
    "sales_form",
    "sales_method",
    "content_keyword",
    "result",
    "payment",
    "handling_counterpart",
    "case_status",
    "referral_kind",
    "referral_method",
    "referral_status",
    "pi_issue",
    "pi_holder",
    "pi_sector",
    "pi_related",
    "role",
    "prefecture",
    "product",
)


@dataclass(frozen=True)
class CodeItem:
    """One entry of a code list: stored code, shown label (Japanese, and English for the English UI), and where it came from."""

    code: str
    label: str
    inferred: bool = False
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)
    label_en: str = ""

    def search_keys(self) -> tuple[str, ...]:
        """Folded strings a picker matches the typed text against."""
        return tuple(fold(text) for text in (self.label, self.code, *self.aliases))

    def label_in(self, language: str) -> str:
        """The label shown in ``language`` (``ja`` or ``en``; Japanese when no English exists)."""
        return self.label_en if language == "en" and self.label_en else self.label

    def localised(self, language: str) -> CodeItem:
        """This item labelled in ``language``; the other language's label stays a search alias."""
        shown = self.label_in(language)
        if shown == self.label:
            return self
        aliases = tuple(dict.fromkeys((self.label, *self.aliases)))
        return CodeItem(
            code=self.code,
            label=shown,
            inferred=self.inferred,
            parent=self.parent,
            aliases=aliases,
            extra=self.extra,
            label_en=self.label_en,
        )


@dataclass(frozen=True)
class CodeList:
    """An ordered code list with lookups by code and by label."""

    name: str
    label: str
    items: tuple[CodeItem, ...]
    hierarchical: bool = False
    label_en: str = ""
    _by_code: dict[str, CodeItem] = field(init=False, repr=False, compare=False)
    _by_label: dict[str, CodeItem] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Frozen dataclass: the lookup tables are derived once, here.
        object.__setattr__(self, "_by_code", {item.code: item for item in self.items})
        by_label: dict[str, CodeItem] = {}
        for item in self.items:
            for text in (item.label, *item.aliases):
                by_label.setdefault(fold(text), item)
        object.__setattr__(self, "_by_label", by_label)

    def get(self, code: str | None) -> CodeItem | None:
        """Return the item with ``code`` or None."""
        if code is None:
            return None
        return self._by_code.get(code)

    def label_of(self, code: str | None, default: str = "") -> str:
        """Return the label shown for ``code`` (``default`` when unknown or empty)."""
        item = self.get(code)
        return item.label if item else default

    def by_label(self, label: str) -> CodeItem | None:
        """Find an item by its label or an alias, ignoring width and kana differences."""
        return self._by_label.get(fold(label))

    def codes(self) -> tuple[str, ...]:
        """All codes in order."""
        return tuple(item.code for item in self.items)

    def children(self, parent: str | None) -> tuple[CodeItem, ...]:
        """Items directly under ``parent`` (None: the top level)."""
        return tuple(item for item in self.items if item.parent == parent)

    def top_of(self, code: str | None) -> CodeItem | None:
        """Walk up a hierarchical list to the 大分類 of ``code``."""
        item = self.get(code)
        while item is not None and item.parent is not None:
            item = self.get(item.parent)
        return item

    def path_label(self, code: str | None) -> str:
        """Return ``大分類 > 商品KW`` for hierarchical codes, the label otherwise."""
        item = self.get(code)
        if item is None:
            return ""
        parts = [item.label]
        while item.parent is not None:
            item = self.get(item.parent)
            if item is None:
                break
            parts.append(item.label)
        return " > ".join(reversed(parts))

    def localised(self, language: str) -> CodeList:
        """The list with labels in ``language`` (codes, order and hierarchy unchanged)."""
        if language != "en":
            return self
        return CodeList(
            name=self.name,
            label=self.label_en or self.label,
            items=tuple(item.localised(language) for item in self.items),
            hierarchical=self.hierarchical,
            label_en=self.label_en,
        )

    def filter(self, typed: str) -> tuple[CodeItem, ...]:
        """Items whose label, code or alias contains ``typed`` (NFKC and kana folded)."""
        needle = fold(typed)
        if not needle:
            return self.items
        return tuple(item for item in self.items if any(needle in key for key in item.search_keys()))


@dataclass(frozen=True)
class CodeLists:
    """Every code list of one ``classification_version``."""

    classification_version: str
    lists: Mapping[str, CodeList]

    def __getitem__(self, name: str) -> CodeList:
        return self.lists[name]

    def localised(self, language: str) -> CodeLists:
        """Every list labelled in ``language`` for display; ``ja`` returns the lists themselves.

        Imports, exports and PDFs keep the Japanese labels: only the interface shows these.
        """
        if language != "en":
            return self
        return CodeLists(
            classification_version=self.classification_version,
            lists={name: codelist.localised(language) for name, codelist in self.lists.items()},
        )

    def age_band_for(self, age: int) -> str:
        """Return the stored age-band code for an exact age."""
        for item in self.lists["age_band"].items:
            low, high = item.extra.get("min"), item.extra.get("max")
            if isinstance(low, int) and isinstance(high, int) and low <= age <= high:
                return item.code
        return "UNK"

    def published_band(self, scheme: str, stored_code: str | None) -> CodeItem | None:
        """Map a stored age band onto a published scheme (``age_band_pre2022`` or ``age_band_2022``)."""
        for item in self.lists[scheme].items:
            if stored_code in item.extra.get("from", ()):
                return item
        return None


def _require(condition: bool, message: str, where: str) -> None:
    if not condition:
        raise ReferenceDataError(message, where=where)


def _parse_item(raw: object, where: str) -> CodeItem:
    _require(isinstance(raw, dict), "項目はオブジェクトでなければなりません", where)
    assert isinstance(raw, dict)
    code, label = raw.get("code"), raw.get("label")
    _require(isinstance(code, str) and code.strip() != "", "code がありません", where)
    _require(isinstance(label, str) and label.strip() != "", "label がありません", where)
    aliases = raw.get("aliases", [])
    _require(
        isinstance(aliases, list) and all(isinstance(a, str) for a in aliases),
        "aliases は文字列の配列でなければなりません",
        where,
    )
    inferred = raw.get("inferred", False)
    _require(isinstance(inferred, bool), "inferred は true/false でなければなりません", where)
    parent = raw.get("parent")
    _require(parent is None or isinstance(parent, str), "parent は文字列でなければなりません", where)
    label_en = raw.get("label_en", "")
    _require(isinstance(label_en, str), "label_en は文字列でなければなりません", where)
    extra = {k: v for k, v in raw.items() if k not in {"code", "label", "label_en", "aliases", "inferred", "parent"}}
    for bound in ("min", "max"):
        if bound in extra:
            _require(isinstance(extra[bound], int), f"{bound} は整数でなければなりません", where)
    if "from" in extra:
        _require(isinstance(extra["from"], list), "from はコードの配列でなければなりません", where)
        extra["from"] = tuple(extra["from"])
    assert isinstance(code, str) and isinstance(label, str) and isinstance(label_en, str)
    return CodeItem(
        code=code,
        label=label,
        inferred=inferred,
        parent=parent,
        aliases=tuple(aliases),
        extra=extra,
        label_en=label_en.strip(),
    )


def _parse_list(name: str, raw: object) -> CodeList:
    where = f"lists.{name}"
    _require(isinstance(raw, dict), "リストはオブジェクトでなければなりません", where)
    assert isinstance(raw, dict)
    label = raw.get("label")
    _require(isinstance(label, str) and label != "", "label がありません", where)
    raw_items = raw.get("items")
    _require(isinstance(raw_items, list) and len(raw_items) > 0, "items が空か配列ではありません", where)
    assert isinstance(raw_items, list) and isinstance(label, str)
    label_en = raw.get("label_en", "")
    _require(isinstance(label_en, str), "label_en は文字列でなければなりません", where)
    assert isinstance(label_en, str)
    items = tuple(_parse_item(item, f"{where}.items[{i}]") for i, item in enumerate(raw_items))
    seen: set[str] = set()
    for i, item in enumerate(items):
        _require(item.code not in seen, f"code {item.code!r} が重複しています", f"{where}.items[{i}]")
        seen.add(item.code)
    for i, item in enumerate(items):
        if item.parent is not None:
            _require(
                item.parent in seen,
                f"parent {item.parent!r} が存在しません",
                f"{where}.items[{i}]",
            )
    return CodeList(
        name=name, label=label, items=items, hierarchical=bool(raw.get("hierarchical")), label_en=label_en.strip()
    )


def parse_codelists(document: object) -> CodeLists:
    """Validate a decoded code-list document and build the lookup structure.

    Raises:
        ReferenceDataError: naming the list and entry that is wrong.
    """
    _require(isinstance(document, dict), "最上位はオブジェクトでなければなりません", "(root)")
    assert isinstance(document, dict)
    _require(document.get("format") == 1, "未対応の format です（1 のみ対応）", "format")
    version = document.get("classification_version")
    _require(
        isinstance(version, str) and version != "",
        "classification_version がありません",
        "classification_version",
    )
    raw_lists = document.get("lists")
    _require(isinstance(raw_lists, dict), "lists がありません", "lists")
    assert isinstance(raw_lists, dict) and isinstance(version, str)
    for name in REQUIRED_LISTS:
        _require(name in raw_lists, f"必須のリスト {name} がありません", "lists")
    lists = {name: _parse_list(name, raw) for name, raw in raw_lists.items()}
    stored_bands = set(lists["age_band"].codes())
    for scheme in ("age_band_pre2022", "age_band_2022"):
        covered: list[str] = []
        for i, item in enumerate(lists[scheme].items):
            sources = item.extra.get("from", ())
            _require(
                isinstance(sources, list | tuple) and all(isinstance(code, str) for code in sources),
                "from は文字列の配列にしてください",
                f"lists.{scheme}.items[{i}]",
            )
            for code in sources:
                _require(
                    code in stored_bands,
                    f"from の {code!r} は age_band にありません",
                    f"lists.{scheme}.items[{i}]",
                )
                covered.append(code)
        _require(
            sorted(covered) == sorted(stored_bands),
            "すべての保存区分をちょうど一度ずつ対応づけてください",
            f"lists.{scheme}",
        )
    return CodeLists(classification_version=version, lists=lists)


def labels(items: Iterable[CodeItem]) -> list[str]:
    """Labels of items, in order."""
    return [item.label for item in items]
