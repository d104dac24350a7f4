"""Deterministic, explainable 個人情報関連 classifier: lexicon validation, normalisation, scoring, issues, holder."""

from __future__ import annotations

import bisect
import importlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from counselor_app.domain.entities import Cue
from counselor_app.domain.errors import ReferenceDataError
from counselor_app.domain.text import nfkc

# Code sets of pi-routing.md §3.1 (F1, F2); the code lists in resources carry their labels.
ISSUE_CODES: tuple[str, ...] = (
    "LEAK",
    "ACQ",
    "PURPOSE",
    "THIRD",
    "RIGHTS",
    "MKT",
    "SPAM",
    "ONLINE",
    "FRAUD_ID",
    "FRAUD_PI",
    "OVER",
    "MYNUM",
    "PUBREC",
    "QUESTION",
)
HOLDER_CODES: tuple[str, ...] = ("PRIV", "NAT", "IAA", "LG", "LIAA", "INDIVIDUAL", "EXEMPT", "UNKNOWN")
SECTOR_CODES: tuple[str, ...] = (
    "FIN_BANK",
    "FIN_SEC",
    "FIN_INS",
    "FIN_CREDIT",
    "FIN_LOAN",
    "TELECOM",
    "BROADCAST",
    "MEDICAL_CARE",
    "EDU_PRIVATE",
    "MAILORDER_EC",
    "DOOR_TO_DOOR",
    "LIST_BROKER",
    "MARRIAGE",
    "SECURITY",
    "DRIVING_SCHOOL",
    "HR_RECRUIT",
    "REAL_ESTATE",
    "TRAVEL_TRANSPORT",
    "IT_PLATFORM",
    "NPO_ASSOC",
    "OTHER",
)
RULE_KINDS = ("positive", "negative", "override")
# Sentence ends in the folded text. Line breaks become 。 while folding.
_SENTENCE_END = frozenset("。！？!?")
_SENTENCE_SPLIT = re.compile("[。！？!?]")
_WHITESPACE = re.compile(r"\s")
_CONCEPT_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_RULE_KEYS = {
    "id",
    "kind",
    "pattern",
    "weight",
    "issues",
    "with",
    "without",
    "with_text",
    "without_text",
    "requires_tags",
    "unless_tags",
    "tags",
    "set_issue",
    "exclusive",
    "set_holder",
    "min_score",
    "note",
}
_FACET_KEYS = {"id", "pattern", "code", "weight", "with", "without", "note"}
_TOP_KEYS = {
    "format",
    "version",
    "note",
    "thresholds",
    "window",
    "issue_order",
    "holder_order",
    "max_issues",
    "variants",
    "concepts",
    "rules",
    "holders",
    "sectors",
    "forced_holders",
    "default_holders",
}

Span = tuple[int, int]
# Character ranges wider than this make a rule's first-character set useless.
_MAX_RANGE = 64


def _first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can start with, or None when that is not knowable.

    Lets the classifier skip a rule without scanning when none of those characters
    occurs in the text (most rules, for most narratives). Uses the regex parser of the
    standard library; if its shape is unexpected the rule is simply always scanned.
    """
    try:
        parser: Any = importlib.import_module("re._parser")
        constants: Any = importlib.import_module("re._constants")
        tree = parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # any surprise means "no prefilter", never a failure
        return None
    ignore_case = bool(pattern.flags & re.IGNORECASE)

    def sequence(items: Any) -> tuple[set[str] | None, bool]:
        found: set[str] = set()
        for op, value in items:
            chars, nullable = item(op, value)
            if chars is None:
                return None, False
            found |= chars
            if not nullable:
                return found, False
        return found, True

    def item(op: Any, value: Any) -> tuple[set[str] | None, bool]:
        if op is constants.LITERAL:
            return {chr(value)}, False
        if op is constants.IN:
            chars: set[str] = set()
            for inner_op, inner in value:
                if inner_op is constants.LITERAL:
                    chars.add(chr(inner))
                elif inner_op is constants.RANGE and inner[1] - inner[0] <= _MAX_RANGE:
                    chars.update(chr(code) for code in range(inner[0], inner[1] + 1))
                else:
                    return None, False
            return chars, False
        if op is constants.BRANCH:
            union: set[str] = set()
            any_nullable = False
            for branch in value[1]:
                chars_or_none, nullable = sequence(branch)
                if chars_or_none is None:
                    return None, False
                union |= chars_or_none
                any_nullable = any_nullable or nullable
            return union, any_nullable
        if op is constants.SUBPATTERN:
            return sequence(value[3])
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", None)):
            chars_or_none, nullable = sequence(value[2])
            return chars_or_none, nullable or value[0] == 0
        if op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
            return set(), True
        return None, False

    chars, nullable = sequence(tree.data if hasattr(tree, "data") else tree)
    if chars is None or nullable:
        return None
    if ignore_case:
        chars |= {variant for ch in chars for variant in (ch.lower(), ch.upper())}
    return frozenset(chars)


# -- the lexicon -------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """A cue rule: a pattern, the conditions around it, and what it adds when it fires."""

    id: str
    kind: str
    pattern: re.Pattern[str]
    weight: float
    issues: tuple[tuple[str, float], ...] = ()
    with_window: tuple[re.Pattern[str], ...] = ()
    without_window: tuple[re.Pattern[str], ...] = ()
    with_text: tuple[re.Pattern[str], ...] = ()
    without_text: tuple[re.Pattern[str], ...] = ()
    requires_tags: frozenset[str] = frozenset()
    unless_tags: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    set_issue: str | None = None
    exclusive: bool = False
    set_holder: str | None = None
    min_score: float | None = None
    note: str = ""
    # Character sets that must each meet the text for the rule to have a chance (anchor and
    # required patterns); computed from the regexes, so a rule is skipped without scanning.
    prefilter: tuple[frozenset[str], ...] = field(default=(), compare=False, repr=False)

    @property
    def main_issue(self) -> str | None:
        """The issue this rule speaks for most (shown beside its cue)."""
        if self.set_issue:
            return self.set_issue
        positive = [(weight, code) for code, weight in self.issues if weight > 0]
        return max(positive, key=lambda pair: pair[0])[1] if positive else None


@dataclass(frozen=True)
class FacetRule:
    """Evidence for a holder (保有主体) or a business sector."""

    id: str
    pattern: re.Pattern[str]
    code: str
    weight: float
    with_window: tuple[re.Pattern[str], ...] = ()
    without_window: tuple[re.Pattern[str], ...] = ()
    first_chars: frozenset[str] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Lexicon:
    """A validated lexicon (resources/reference/pi_lexicon.json)."""

    version: str
    related_threshold: float
    review_threshold: float
    window: int
    issue_order: tuple[str, ...]
    holder_order: tuple[str, ...]
    max_issues: int
    variants: Mapping[str, str]
    rules: tuple[Rule, ...]
    holder_rules: tuple[FacetRule, ...]
    sector_rules: tuple[FacetRule, ...]
    forced_holders: Mapping[str, str]
    default_holders: Mapping[str, str]
    variant_pattern: re.Pattern[str] | None = field(default=None, compare=False)


def _number(raw: object, where: str, what: str) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise ReferenceDataError(f"{what} は数値です", where=where)
    return float(raw)


def _strings(raw: object, where: str, what: str) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(item, str) and item for item in raw):
        raise ReferenceDataError(f"{what} は空でない文字列の配列です", where=where)
    return list(raw)


def _expand(pattern: str, concepts: Mapping[str, str], where: str) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in concepts:
            raise ReferenceDataError(f"未定義の概念 {{{name}}} を参照しています", where=where)
        return f"(?:{concepts[name]})"

    return _CONCEPT_REF.sub(substitute, pattern)


def _compile(pattern: object, concepts: Mapping[str, str], where: str, *, anchor: bool = False) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise ReferenceDataError("pattern は空でない文字列です", where=where)
    try:
        compiled = re.compile(_expand(pattern, concepts, where), re.IGNORECASE)
    except re.error as exc:
        raise ReferenceDataError(f"正規表現の誤り: {exc}", where=where) from exc
    if anchor and compiled.fullmatch(""):
        raise ReferenceDataError("空文字列に一致するパターンは手がかりになりません", where=where)
    return compiled


def _patterns(raw: object, concepts: Mapping[str, str], where: str, what: str) -> tuple[re.Pattern[str], ...]:
    return tuple(
        _compile(text, concepts, f"{where}.{what}[{i}]") for i, text in enumerate(_strings(raw, where, what))
    )


def _check_keys(raw: Mapping[str, object], allowed: set[str], where: str) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise ReferenceDataError(f"不明な項目 {unknown[0]!r}", where=where)


def _parse_rule(raw: object, index: int, concepts: Mapping[str, str]) -> Rule:
    where = f"rules[{index}]"
    if not isinstance(raw, dict):
        raise ReferenceDataError("規則はオブジェクトでなければなりません", where=where)
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise ReferenceDataError("id がありません", where=where)
    where = f"rules[{index}] ({rule_id})"
    _check_keys(raw, _RULE_KEYS, where)
    kind = raw.get("kind", "positive")
    if kind not in RULE_KINDS:
        raise ReferenceDataError(f"kind {kind!r} は {', '.join(RULE_KINDS)} のいずれかです", where=where)
    weight = _number(raw.get("weight", 0), where, "weight")
    if kind == "positive" and weight < 0:
        raise ReferenceDataError("positive の weight は 0 以上です", where=where)
    if kind == "negative" and weight >= 0:
        raise ReferenceDataError("negative の weight は負の数です", where=where)
    issues_raw = raw.get("issues", {})
    if not isinstance(issues_raw, dict):
        raise ReferenceDataError("issues は {論点コード: 重み} のオブジェクトです", where=where)
    issues: list[tuple[str, float]] = []
    for code, value in issues_raw.items():
        if code not in ISSUE_CODES:
            raise ReferenceDataError(f"不明な論点コード {code!r}", where=where)
        issues.append((code, _number(value, where, f"issues.{code}")))
    requires_tags = frozenset(_strings(raw.get("requires_tags"), where, "requires_tags"))
    unless_tags = frozenset(_strings(raw.get("unless_tags"), where, "unless_tags"))
    if kind == "positive" and (requires_tags or unless_tags):
        raise ReferenceDataError(
            "requires_tags / unless_tags は negative と override の規則だけが使えます", where=where
        )
    set_issue = raw.get("set_issue")
    if set_issue is not None and set_issue not in ISSUE_CODES:
        raise ReferenceDataError(f"set_issue {set_issue!r} は論点コードではありません", where=where)
    set_holder = raw.get("set_holder")
    if set_holder is not None and set_holder not in HOLDER_CODES:
        raise ReferenceDataError(f"set_holder {set_holder!r} は保有主体コードではありません", where=where)
    has_effect = set_issue is not None or set_holder is not None or raw.get("min_score") is not None
    if kind == "override" and not has_effect:
        raise ReferenceDataError("override には set_issue・set_holder・min_score のどれかが必要です", where=where)
    if kind != "override" and has_effect:
        raise ReferenceDataError("set_issue・set_holder・min_score は override の規則だけが使えます", where=where)
    exclusive = raw.get("exclusive", False)
    if not isinstance(exclusive, bool):
        raise ReferenceDataError("exclusive は true/false です", where=where)
    note = raw.get("note", "")
    if not isinstance(note, str):
        raise ReferenceDataError("note は文字列です", where=where)
    pattern = _compile(raw.get("pattern"), concepts, f"{where}.pattern", anchor=True)
    with_window = _patterns(raw.get("with"), concepts, where, "with")
    with_text = _patterns(raw.get("with_text"), concepts, where, "with_text")
    prefilter = tuple(
        chars for chars in (_first_chars(p) for p in (pattern, *with_window, *with_text)) if chars is not None
    )
    return Rule(
        id=rule_id,
        kind=kind,
        pattern=pattern,
        prefilter=prefilter,
        weight=weight,
        issues=tuple(issues),
        with_window=with_window,
        without_window=_patterns(raw.get("without"), concepts, where, "without"),
        with_text=with_text,
        without_text=_patterns(raw.get("without_text"), concepts, where, "without_text"),
        requires_tags=requires_tags,
        unless_tags=unless_tags,
        tags=frozenset(_strings(raw.get("tags"), where, "tags")),
        set_issue=set_issue,
        exclusive=exclusive,
        set_holder=set_holder,
        min_score=None if raw.get("min_score") is None else _number(raw["min_score"], where, "min_score"),
        note=note,
    )


def _parse_facet(
    raw: object, where: str, concepts: Mapping[str, str], codes: Sequence[str], what: str
) -> FacetRule:
    if not isinstance(raw, dict):
        raise ReferenceDataError("規則はオブジェクトでなければなりません", where=where)
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise ReferenceDataError("id がありません", where=where)
    where = f"{where} ({rule_id})"
    _check_keys(raw, _FACET_KEYS, where)
    code = raw.get("code")
    if code not in codes:
        raise ReferenceDataError(f"code {code!r} は{what}コードではありません", where=where)
    weight = _number(raw.get("weight"), where, "weight")
    if weight <= 0:
        raise ReferenceDataError("weight は正の数です", where=where)
    pattern = _compile(raw.get("pattern"), concepts, f"{where}.pattern", anchor=True)
    return FacetRule(
        id=rule_id,
        pattern=pattern,
        first_chars=_first_chars(pattern),
        code=str(code),
        weight=weight,
        with_window=_patterns(raw.get("with"), concepts, where, "with"),
        without_window=_patterns(raw.get("without"), concepts, where, "without"),
    )


def _code_map(raw: object, where: str, keys: Iterable[str], values: Iterable[str]) -> dict[str, str]:
    allowed_keys, allowed_values = set(keys), set(values)
    if not isinstance(raw, dict):
        raise ReferenceDataError("{コード: コード} のオブジェクトです", where=where)
    for key, value in raw.items():
        if key not in allowed_keys:
            raise ReferenceDataError(f"不明なキー {key!r}", where=where)
        if value not in allowed_values:
            raise ReferenceDataError(f"{key}: 不明なコード {value!r}", where=where)
    return dict(raw)


def _ordering(raw: object, where: str, codes: Sequence[str]) -> tuple[str, ...]:
    order = _strings(raw, where, where)
    if sorted(order) != sorted(codes):
        missing = sorted(set(codes) - set(order)) or sorted(set(order) - set(codes))
        raise ReferenceDataError(f"すべてのコードを一度ずつ並べてください（{missing[0] if missing else '重複'}）", where=where)
    return tuple(order)


def parse_lexicon(document: object) -> Lexicon:
    """Validate the classifier lexicon.

    Raises:
        ReferenceDataError: naming the entry (rule id, concept, variant) that is wrong.
    """
    if not isinstance(document, dict) or document.get("format") != 1:
        raise ReferenceDataError("format 1 のオブジェクトではありません", where="(root)")
    _check_keys(document, _TOP_KEYS, "(root)")
    version = document.get("version")
    if not isinstance(version, str) or not version:
        raise ReferenceDataError("version がありません", where="version")
    thresholds = document.get("thresholds")
    if not isinstance(thresholds, dict):
        raise ReferenceDataError("thresholds がありません", where="thresholds")
    related = _number(thresholds.get("related"), "thresholds", "related")
    review = _number(thresholds.get("review"), "thresholds", "review")
    if review > related:
        raise ReferenceDataError("review は related 以下です", where="thresholds")
    window = document.get("window", 1)
    if not isinstance(window, int) or isinstance(window, bool) or not 0 <= window <= 3:
        raise ReferenceDataError("window は 0〜3 の整数（前後の文の数）です", where="window")
    max_issues = document.get("max_issues", 3)
    if not isinstance(max_issues, int) or isinstance(max_issues, bool) or max_issues < 1:
        raise ReferenceDataError("max_issues は 1 以上の整数です", where="max_issues")

    variants: dict[str, str] = {}
    raw_variants = document.get("variants", {})
    if not isinstance(raw_variants, dict):
        raise ReferenceDataError("variants は {正規形: [異表記, …]} です", where="variants")
    for canonical, forms in raw_variants.items():
        where = f"variants.{canonical}"
        for form in _strings(forms, where, "異表記"):
            folded = nfkc(form)
            if any(ch.isspace() for ch in folded):
                raise ReferenceDataError(f"異表記 {form!r} に空白があります", where=where)
            if folded in variants and variants[folded] != canonical:
                raise ReferenceDataError(f"異表記 {form!r} が二つの正規形に属しています", where=where)
            if folded != canonical:
                variants[folded] = canonical

    concepts_raw = document.get("concepts", {})
    if not isinstance(concepts_raw, dict):
        raise ReferenceDataError("concepts は {名前: 正規表現} です", where="concepts")
    concepts: dict[str, str] = {}
    for name, pattern in concepts_raw.items():
        where = f"concepts.{name}"
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", str(name)):
            raise ReferenceDataError("概念名は英大文字・数字・_ です", where=where)
        if not isinstance(pattern, str) or not pattern:
            raise ReferenceDataError("正規表現の文字列です", where=where)
        expanded = _expand(pattern, concepts, where)  # concepts may use earlier concepts
        try:
            re.compile(expanded)
        except re.error as exc:
            raise ReferenceDataError(f"正規表現の誤り: {exc}", where=where) from exc
        concepts[name] = expanded

    raw_rules = document.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise ReferenceDataError("rules が空か配列ではありません", where="rules")
    rules = [_parse_rule(raw, i, concepts) for i, raw in enumerate(raw_rules)]
    seen: set[str] = set()
    for i, rule in enumerate(rules):
        if rule.id in seen:
            raise ReferenceDataError(f"id {rule.id!r} が重複しています", where=f"rules[{i}]")
        seen.add(rule.id)
    known_tags = {tag for rule in rules for tag in rule.tags}
    for i, rule in enumerate(rules):
        unknown = sorted((rule.requires_tags | rule.unless_tags) - known_tags)
        if unknown:
            raise ReferenceDataError(f"どの規則も付けていないタグ {unknown[0]!r}", where=f"rules[{i}] ({rule.id})")

    holder_rules = tuple(
        _parse_facet(raw, f"holders[{i}]", concepts, HOLDER_CODES, "保有主体")
        for i, raw in enumerate(_list(document.get("holders"), "holders"))
    )
    sector_rules = tuple(
        _parse_facet(raw, f"sectors[{i}]", concepts, SECTOR_CODES, "事業分野")
        for i, raw in enumerate(_list(document.get("sectors"), "sectors"))
    )
    for facet_name, facet_rules in (("holders", holder_rules), ("sectors", sector_rules)):
        ids: set[str] = set()
        for i, facet in enumerate(facet_rules):
            if facet.id in ids:
                raise ReferenceDataError(f"id {facet.id!r} が重複しています", where=f"{facet_name}[{i}]")
            ids.add(facet.id)
    forced = _code_map(document.get("forced_holders", {}), "forced_holders", ISSUE_CODES, HOLDER_CODES)
    defaults = _code_map(
        document.get("default_holders", {}), "default_holders", (*ISSUE_CODES, "*"), HOLDER_CODES
    )
    if "*" not in defaults:
        raise ReferenceDataError("既定の保有主体 '*' がありません", where="default_holders")
    variant_pattern = (
        re.compile("|".join(re.escape(form) for form in sorted(variants, key=lambda f: (-len(f), f))))
        if variants
        else None
    )
    return Lexicon(
        version=version,
        related_threshold=related,
        review_threshold=review,
        window=window,
        issue_order=_ordering(document.get("issue_order"), "issue_order", ISSUE_CODES),
        holder_order=_ordering(document.get("holder_order"), "holder_order", HOLDER_CODES),
        max_issues=max_issues,
        variants=variants,
        rules=tuple(rules),
        holder_rules=holder_rules,
        sector_rules=sector_rules,
        forced_holders=forced,
        default_holders=defaults,
        variant_pattern=variant_pattern,
    )


def _list(raw: object, where: str) -> list[object]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ReferenceDataError("配列です", where=where)
    return raw


# -- normalisation -----------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _attaches_to_previous(ch: str) -> bool:
    """True for marks that NFKC composes with the character before (e.g. half-width ﾞ)."""
    folded = unicodedata.normalize("NFKC", ch)
    return bool(folded) and unicodedata.combining(folded[0]) != 0


def _nfkc_with_spans(text: str) -> tuple[str, tuple[Span, ...] | None]:
    """NFKC (the project's ``text.nfkc``) with, per output character, its span in ``text``.

    Returns None for the spans when every character maps to itself (the common case).
    """
    normalised = nfkc(text)
    if normalised == text:
        return text, None
    out: list[str] = []
    spans: list[Span] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and _attaches_to_previous(text[j]):
            j += 1
        piece = nfkc(text[i:j])
        out.append(piece)
        spans.extend([(i, j)] * len(piece))
        i = j
    return "".join(out), tuple(spans)


def normalise(text: str) -> str:
    """The normalised input that cue texts and offsets refer to (NFKC, width folded)."""
    return _nfkc_with_spans(text)[0]


@dataclass(frozen=True)
class PreparedText:
    """A narrative ready for matching.

    ``text`` is the normalised input (cue offsets refer to it). ``folded`` is what the
    rules see: no spaces, line breaks as sentence ends, spelling variants unified
    (漏洩/ろうえい → 漏えい); ``fold_spans`` maps each folded character back to ``text``.
    """

    original: str
    text: str
    folded: str
    text_spans: tuple[Span, ...] | None
    fold_spans: tuple[Span, ...] | None
    sentence_starts: tuple[int, ...]

    def to_text(self, start: int, end: int) -> Span:
        """A folded span as a span of the normalised text."""
        if self.fold_spans is None:
            return start, end
        return self.fold_spans[start][0], self.fold_spans[end - 1][1]

    def to_original(self, start: int, end: int) -> Span:
        """A span of the normalised text as a span of the original input."""
        if self.text_spans is None or start >= end:
            return start, end
        return self.text_spans[start][0], self.text_spans[end - 1][1]

    def window(self, position: int, size: int) -> Span:
        """Folded span of the sentence holding ``position`` and ``size`` sentences either side."""
        starts = self.sentence_starts
        index = bisect.bisect_right(starts, position) - 1
        first = max(0, index - size)
        last = index + size + 1
        return starts[first], starts[last] if last < len(starts) else len(self.folded)


def prepare(text: str, lexicon: Lexicon) -> PreparedText:
    """Normalise ``text`` and fold it for matching, keeping every offset traceable."""
    normalised, text_spans = _nfkc_with_spans(text)
    spans: list[Span] | None = None  # None: folded index i is normalised index i
    stripped = normalised
    if _WHITESPACE.search(normalised):
        chars: list[str] = []
        spans = []
        for index, ch in enumerate(normalised):
            if ch in "\r\n\u2028\u2029":
                if chars and chars[-1] not in _SENTENCE_END:
                    chars.append("。")
                    spans.append((index, index + 1))
                continue
            if ch.isspace():
                continue
            chars.append(ch)
            spans.append((index, index + 1))
        stripped = "".join(chars)
    folded = stripped
    if lexicon.variant_pattern is not None and lexicon.variant_pattern.search(stripped):

        def span_of(index: int) -> Span:
            return spans[index] if spans is not None else (index, index + 1)

        out: list[str] = []
        out_spans: list[Span] = []
        position = 0
        for match in lexicon.variant_pattern.finditer(stripped):
            out.append(stripped[position : match.start()])
            out_spans.extend(span_of(index) for index in range(position, match.start()))
            canonical = lexicon.variants[match.group(0)]
            span = (span_of(match.start())[0], span_of(match.end() - 1)[1])
            out.append(canonical)
            out_spans.extend([span] * len(canonical))
            position = match.end()
        out.append(stripped[position:])
        out_spans.extend(span_of(index) for index in range(position, len(stripped)))
        folded = "".join(out)
        spans = out_spans
    starts = [0]
    starts.extend(
        match.end() for match in _SENTENCE_SPLIT.finditer(folded) if match.end() < len(folded)
    )
    return PreparedText(
        original=text,
        text=normalised,
        folded=folded,
        text_spans=text_spans,
        fold_spans=None if spans is None else tuple(spans),
        sentence_starts=tuple(starts),
    )


# -- classification ----------------------------------------------------------------------


@dataclass(frozen=True)
class ClassificationResult:
    """The classifier's suggestion for one narrative, with the cues that explain it."""

    pi_related: bool
    needs_review: bool
    score: float
    issues: tuple[str, ...]
    holder: str | None
    sector: str | None
    cues: tuple[Cue, ...]
    normalised: str
    lexicon_version: str
    text_spans: tuple[Span, ...] | None = field(default=None, repr=False, compare=False)

    @property
    def related_code(self) -> str:
        """``yes`` / ``undecided`` (要確認) / ``no`` as stored on a PI assessment."""
        if self.pi_related:
            return "yes"
        return "undecided" if self.needs_review else "no"

    @property
    def primary_issue(self) -> str | None:
        """The main issue (routing uses it)."""
        return self.issues[0] if self.issues else None

    @property
    def not_pipa_complaint(self) -> bool:
        """PI keyword present, but fraud rather than a PIPA handling complaint (pi-routing §4.1)."""
        return self.primary_issue in ("FRAUD_PI", "FRAUD_ID")

    def original_span(self, cue: Cue) -> Span:
        """Where a cue sits in the text as typed (for highlighting)."""
        if self.text_spans is None or cue.start >= cue.end:
            return cue.start, cue.end
        return self.text_spans[cue.start][0], self.text_spans[cue.end - 1][1]


@dataclass
class _Hit:
    rule_id: str
    weight: float
    span: Span  # folded
    issue: str | None


class Classifier:
    """Scores narratives against one lexicon. Pure and deterministic: same input, same output."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._phases = tuple(
            tuple(rule for rule in lexicon.rules if rule.kind == kind) for kind in RULE_KINDS
        )
        self._issue_rank = {code: index for index, code in enumerate(lexicon.issue_order)}
        self._holder_rank = {code: index for index, code in enumerate(lexicon.holder_order)}

    def _fires(self, rule: Rule, text: PreparedText) -> re.Match[str] | None:
        folded = text.folded
        if any(p.search(folded) for p in rule.without_text):
            return None
        if not all(p.search(folded) for p in rule.with_text):
            return None
        for match in rule.pattern.finditer(folded):
            if match.end() == match.start():
                continue
            if rule.with_window or rule.without_window:
                start, end = text.window(match.start(), self.lexicon.window)
                if not all(p.search(folded, start, end) for p in rule.with_window):
                    continue
                if any(p.search(folded, start, end) for p in rule.without_window):
                    continue
            return match
        return None

    def _facet(self, rules: Sequence[FacetRule], text: PreparedText) -> dict[str, tuple[float, Span, str]]:
        """Best evidence per code: (total weight, first span, rule id)."""
        found: dict[str, tuple[float, Span, str]] = {}
        folded = text.folded
        chars = frozenset(folded)
        for rule in rules:
            if rule.first_chars is not None and rule.first_chars.isdisjoint(chars):
                continue
            for match in rule.pattern.finditer(folded):
                if match.end() == match.start():
                    continue
                if rule.with_window or rule.without_window:
                    start, end = text.window(match.start(), self.lexicon.window)
                    if not all(p.search(folded, start, end) for p in rule.with_window):
                        continue
                    if any(p.search(folded, start, end) for p in rule.without_window):
                        continue
                total, span, rule_id = found.get(rule.code, (0.0, match.span(), rule.id))
                found[rule.code] = (total + rule.weight, span, rule_id)
                break
        return found

    def classify(self, narrative: str) -> ClassificationResult:
        """Classify one narrative."""
        lexicon = self.lexicon
        text = prepare(narrative, lexicon)
        chars = frozenset(text.folded)
        hits: list[_Hit] = []
        tags: set[str] = set()
        issue_scores: dict[str, float] = {}
        score = 0.0
        forced: list[str] = []
        exclusive = False
        forced_holder: str | None = None
        min_score: float | None = None
        for phase in self._phases:
            fired_tags: set[str] = set()
            for rule in phase:
                if rule.requires_tags and not rule.requires_tags & tags:
                    continue
                if rule.unless_tags & tags:
                    continue
                hopeless = False
                for needed in rule.prefilter:
                    if needed.isdisjoint(chars):
                        hopeless = True
                        break
                if hopeless:
                    continue
                match = self._fires(rule, text)
                if match is None:
                    continue
                fired_tags |= rule.tags
                score += rule.weight
                for code, weight in rule.issues:
                    issue_scores[code] = issue_scores.get(code, 0.0) + weight
                if rule.set_issue and rule.set_issue not in forced:
                    forced.append(rule.set_issue)
                    exclusive = exclusive or rule.exclusive
                if rule.set_holder and forced_holder is None:
                    forced_holder = rule.set_holder
                if rule.min_score is not None:
                    min_score = max(min_score or rule.min_score, rule.min_score)
                hits.append(_Hit(rule.id, rule.weight, match.span(), rule.main_issue))
            tags |= fired_tags
        if min_score is not None:
            score = max(score, min_score)
        score = round(score, 2)
        related = score >= lexicon.related_threshold
        review = not related and score >= lexicon.review_threshold

        ranked = sorted(
            (code for code, value in issue_scores.items() if value > 0),
            key=lambda code: (-issue_scores[code], self._issue_rank[code]),
        )
        issues = list(forced) + ([] if exclusive else [code for code in ranked if code not in forced])
        issues = issues[: lexicon.max_issues]

        holder: str | None = None
        sector: str | None = None
        facet_cues: list[Cue] = []
        if related or review:
            holder, sector, facet_cues = self._holder(text, issues, forced_holder)
        else:
            issues = []

        cues = [self._cue(text, hit.span, hit.weight, hit.rule_id, hit.issue) for hit in hits]
        cues.extend(facet_cues)
        cues.sort(key=lambda cue: (cue.start, cue.end, cue.rule))
        return ClassificationResult(
            pi_related=related,
            needs_review=review,
            score=score,
            issues=tuple(issues),
            holder=holder,
            sector=sector,
            cues=tuple(cues),
            normalised=text.text,
            lexicon_version=lexicon.version,
            text_spans=text.text_spans,
        )

    def _cue(self, text: PreparedText, span: Span, weight: float, rule: str, issue: str | None) -> Cue:
        start, end = text.to_text(*span)
        return Cue(text=text.text[start:end], weight=weight, start=start, end=end, rule=rule, issue=issue)

    def _holder(
        self, text: PreparedText, issues: Sequence[str], forced_holder: str | None
    ) -> tuple[str | None, str | None, list[Cue]]:
        lexicon = self.lexicon
        primary = issues[0] if issues else None
        holders = self._facet(lexicon.holder_rules, text)
        sectors = self._facet(lexicon.sector_rules, text)
        best_sector: tuple[float, Span, str, str] | None = None
        for code, (weight, span, rule_id) in sectors.items():
            candidate = (weight, span, rule_id, code)
            if best_sector is None or (weight, -span[0]) > (best_sector[0], -best_sector[1][0]):
                best_sector = candidate
        if best_sector is not None:
            # A named line of business is evidence that a business holds the data.
            weight, span, rule_id, _code = best_sector
            total, first, first_rule = holders.get("PRIV", (0.0, span, rule_id))
            holders["PRIV"] = (total + weight, first, first_rule)
        cues: list[Cue] = []
        holder: str | None
        if forced_holder:
            holder = forced_holder
        elif primary is not None and primary in lexicon.forced_holders:
            holder = lexicon.forced_holders[primary]
        elif holders:
            holder = min(holders, key=lambda code: (-holders[code][0], self._holder_rank[code]))
        else:
            holder = lexicon.default_holders.get(primary or "*", lexicon.default_holders["*"])
        sector: str | None = None
        if holder == "PRIV" and best_sector is not None:
            _weight, sector_span, sector_rule, sector = best_sector
            cues.append(self._cue(text, sector_span, 0.0, f"sector.{sector_rule}", None))
        explained = holder in holders and not forced_holder and primary not in lexicon.forced_holders
        if explained and holder is not None:
            _weight, span, rule_id = holders[holder]
            if not cues or cues[0].start != self._cue(text, span, 0.0, "", None).start:
                cues.append(self._cue(text, span, 0.0, f"holder.{rule_id}", None))
        return holder, sector, cues
