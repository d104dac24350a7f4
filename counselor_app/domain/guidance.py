"""Handling guidance per PI issue (the policy's 苦情処理マニュアル idea): validation and printable text/HTML."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from counselor_app.domain.classifier import ISSUE_CODES
from counselor_app.domain.errors import ReferenceDataError

GUIDANCE_REGIMES = ("POLICY_2005", "CURRENT")
MAX_ITEMS = 20
MAX_TEXT = 400
_TOP_KEYS = {"format", "version", "note", "common", "issues"}
_ISSUE_KEYS = {"title", "ask", "advise", "rule", "window"}


@dataclass(frozen=True)
class IssueGuide:
    """What to ask, what to advise, which rule applies and which window, for one issue."""

    code: str
    title: str
    ask: tuple[str, ...]
    advise: tuple[str, ...]
    rule: Mapping[str, str]
    window: Mapping[str, str]


@dataclass(frozen=True)
class Guidance:
    """The whole handling guide: common points and one guide per issue code."""

    version: str
    common_ask: tuple[str, ...]
    common_advise: tuple[str, ...]
    issues: Mapping[str, IssueGuide]

    def for_issue(self, code: str) -> IssueGuide | None:
        """The guide of an issue, if any."""
        return self.issues.get(code)


def _text(raw: object, where: str) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ReferenceDataError("空でない文字列です", where=where)
    if len(raw) > MAX_TEXT:
        raise ReferenceDataError(f"{MAX_TEXT} 文字以内で書いてください", where=where)
    return raw.strip()


def _items(raw: object, where: str, *, required: bool = True) -> tuple[str, ...]:
    if raw is None and not required:
        return ()
    if not isinstance(raw, list) or (required and not raw):
        raise ReferenceDataError("空でない文字列の配列です", where=where)
    if len(raw) > MAX_ITEMS:
        raise ReferenceDataError(f"{MAX_ITEMS} 項目以内です", where=where)
    return tuple(_text(item, f"{where}[{i}]") for i, item in enumerate(raw))


def _per_regime(raw: object, where: str) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise ReferenceDataError("POLICY_2005 と CURRENT の文字列を持つオブジェクトです", where=where)
    unknown = sorted(set(raw) - set(GUIDANCE_REGIMES))
    if unknown:
        raise ReferenceDataError(f"不明な体制 {unknown[0]!r}", where=where)
    return {regime: _text(raw.get(regime), f"{where}.{regime}") for regime in GUIDANCE_REGIMES}


def parse_guidance(document: object) -> Guidance:
    """Validate a guidance document (shipped or the office's edited copy).

    Raises:
        ReferenceDataError: naming the issue and field that is wrong.
    """
    if not isinstance(document, dict) or document.get("format") != 1:
        raise ReferenceDataError("format 1 のオブジェクトではありません", where="(root)")
    unknown = sorted(set(document) - _TOP_KEYS)
    if unknown:
        raise ReferenceDataError(f"不明な項目 {unknown[0]!r}", where="(root)")
    version = _text(document.get("version"), "version")
    common = document.get("common", {})
    if not isinstance(common, dict) or set(common) - {"ask", "advise"}:
        raise ReferenceDataError("common は ask と advise だけを持ちます", where="common")
    raw_issues = document.get("issues")
    if not isinstance(raw_issues, dict):
        raise ReferenceDataError("issues は {論点コード: 手引き} のオブジェクトです", where="issues")
    for code in raw_issues:
        if code not in ISSUE_CODES:
            raise ReferenceDataError(f"不明な論点コード {code!r}", where=f"issues.{code}")
    issues: dict[str, IssueGuide] = {}
    for code in ISSUE_CODES:
        where = f"issues.{code}"
        raw = raw_issues.get(code)
        if raw is None:
            raise ReferenceDataError("この論点の手引きがありません", where=where)
        if not isinstance(raw, dict):
            raise ReferenceDataError("オブジェクトです", where=where)
        extra = sorted(set(raw) - _ISSUE_KEYS)
        if extra:
            raise ReferenceDataError(f"不明な項目 {extra[0]!r}", where=where)
        issues[code] = IssueGuide(
            code=code,
            title=_text(raw.get("title"), f"{where}.title"),
            ask=_items(raw.get("ask"), f"{where}.ask"),
            advise=_items(raw.get("advise"), f"{where}.advise"),
            rule=_per_regime(raw.get("rule"), f"{where}.rule"),
            window=_per_regime(raw.get("window"), f"{where}.window"),
        )
    return Guidance(
        version=version,
        common_ask=_items(common.get("ask"), "common.ask", required=False),
        common_advise=_items(common.get("advise"), "common.advise", required=False),
        issues=issues,
    )


def guidance_to_document(guidance: Guidance) -> dict[str, object]:
    """The JSON document of a guidance (inverse of parse_guidance)."""
    return {
        "format": 1,
        "version": guidance.version,
        "common": {"ask": list(guidance.common_ask), "advise": list(guidance.common_advise)},
        "issues": {
            code: {
                "title": guide.title,
                "ask": list(guide.ask),
                "advise": list(guide.advise),
                "rule": dict(guide.rule),
                "window": dict(guide.window),
            }
            for code, guide in guidance.issues.items()
        },
    }


@dataclass(frozen=True)
class GuidanceLabels:
    """Headings of the printable guide, in the reader's language."""

    title: str
    common: str
    ask: str
    advise: str
    rule: str
    window: str
    regime: str


def _selected(guidance: Guidance, issues: Iterable[str] | None) -> Sequence[IssueGuide]:
    codes = list(issues) if issues is not None else list(ISSUE_CODES)
    return [guidance.issues[code] for code in codes if code in guidance.issues]


def render_text(
    guidance: Guidance, regime: str, labels: GuidanceLabels, issues: Iterable[str] | None = None
) -> str:
    """The guide as plain text (for printing or pasting)."""
    lines = [labels.title, f"{labels.regime} / {guidance.version}", ""]
    if guidance.common_ask or guidance.common_advise:
        lines.append(f"■ {labels.common}")
        lines.extend(f"  ・{item}" for item in (*guidance.common_ask, *guidance.common_advise))
        lines.append("")
    for guide in _selected(guidance, issues):
        lines.append(f"■ {guide.title}（{guide.code}）")
        lines.append(f"  {labels.ask}")
        lines.extend(f"    ・{item}" for item in guide.ask)
        lines.append(f"  {labels.advise}")
        lines.extend(f"    ・{item}" for item in guide.advise)
        lines.append(f"  {labels.rule}: {guide.rule[regime]}")
        lines.append(f"  {labels.window}: {guide.window[regime]}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_html(
    guidance: Guidance, regime: str, labels: GuidanceLabels, issues: Iterable[str] | None = None
) -> str:
    """The guide as a self-contained HTML page (printable from any browser)."""

    def items(values: Iterable[str]) -> str:
        return "<ul>" + "".join(f"<li>{html.escape(value)}</li>" for value in values) + "</ul>"

    parts = [
        "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'>",
        f"<title>{html.escape(labels.title)}</title>",
        "<style>body{font-family:'IPAexGothic',sans-serif;margin:2em;line-height:1.6}"
        "section{page-break-inside:avoid;border-top:1px solid #999;padding-top:.5em}"
        "h2{font-size:1.1em;margin:.8em 0 .3em}h3{font-size:.95em;margin:.4em 0 0}"
        "dt{font-weight:bold}dd{margin:0 0 .4em 1em}</style></head><body>",
        f"<h1>{html.escape(labels.title)}</h1>",
        f"<p>{html.escape(labels.regime)} / {html.escape(guidance.version)}</p>",
    ]
    if guidance.common_ask or guidance.common_advise:
        parts.append(f"<section><h2>{html.escape(labels.common)}</h2>")
        parts.append(items((*guidance.common_ask, *guidance.common_advise)) + "</section>")
    for guide in _selected(guidance, issues):
        parts.append(f"<section><h2>{html.escape(guide.title)}（{html.escape(guide.code)}）</h2>")
        parts.append(f"<h3>{html.escape(labels.ask)}</h3>{items(guide.ask)}")
        parts.append(f"<h3>{html.escape(labels.advise)}</h3>{items(guide.advise)}")
        parts.append(
            f"<dl><dt>{html.escape(labels.rule)}</dt><dd>{html.escape(guide.rule[regime])}</dd>"
            f"<dt>{html.escape(labels.window)}</dt><dd>{html.escape(guide.window[regime])}</dd></dl></section>"
        )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
