"""The 対応事例集 (handled-case examples): which approved cases are shown under which theme, and what each example says.

Selection rules (documented in README and ``counselor report casebook --help``):

* Eligible: live cases received in the period, closed and approved (決裁済み).
* Each eligible case belongs to exactly one theme. Cases judged personal-information
  related (個人情報関連 = 関連あり) form the 個人情報関連 chapter, one theme per issue
  type (論点), under the first of their issues in code-list order; a related case with no
  issue recorded goes to 「論点の記録なし」. Every other case belongs to the 商品・役務
  chapter under its 大分類; cases without a product go to 「商品・役務の記録なし」.
* Per theme, the latest approved cases are shown first (approval time, then receipt
  time, newest first), at most ``per_theme`` of them; the theme's full count of
  eligible cases is printed beside its title.
* Themes are ordered by their number of eligible cases (most first), then code order.

Every example is anonymised with the casebook scrubber (``casebook.scrub_texts`` for
件名 and 相談概要, ``casebook.scrub_case`` for each 処理経過 entry) and captioned in NCAC
style; internal notes (処理経過 with 所内) and exact dates are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from counselor_app.domain import casebook as cb
from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.entities import Case

PRODUCT_CHAPTER = "product"
PI_CHAPTER = "pi"
CHAPTER_TITLES = {PRODUCT_CHAPTER: "商品・役務別の事例", PI_CHAPTER: "個人情報関連の事例"}
NO_PRODUCT = "商品・役務の記録なし"
NO_ISSUE = "論点の記録なし"
DEFAULT_PER_THEME = 3
MAX_PER_THEME = 20
# Handling entries that are the center's own notes, not part of what was done for the caller.
INTERNAL_COUNTERPARTS = frozenset({"internal"})


class Candidate(NamedTuple):
    """An eligible case, as much as choosing examples needs."""

    case_id: int
    received_at: dt.datetime
    approved_at: dt.datetime | None
    product: str | None
    pi_related: str | None
    pi_issues: tuple[str, ...]


@dataclass(frozen=True)
class ThemePick:
    """A theme with its eligible count and the cases chosen to show, in print order."""

    chapter: str
    code: str | None
    title: str
    eligible: int
    case_ids: tuple[int, ...]


def theme_of(candidate: Candidate, codelists: CodeLists) -> tuple[str, str | None]:
    """(chapter, theme code) of an eligible case; see the module docstring."""
    if candidate.pi_related == "yes":
        order = {code: index for index, code in enumerate(codelists["pi_issue"].codes())}
        known = sorted((code for code in candidate.pi_issues if code in order), key=order.__getitem__)
        return PI_CHAPTER, (known[0] if known else None)
    top = codelists["product"].top_of(candidate.product)
    return PRODUCT_CHAPTER, (top.code if top is not None else None)


def pick_examples(candidates: Iterable[Candidate], codelists: CodeLists, per_theme: int) -> tuple[ThemePick, ...]:
    """Group eligible cases by theme and choose each theme's latest approved ``per_theme``.

    Product themes come first, then personal-information themes; within a chapter, the
    themes with the most eligible cases first.
    """
    groups: dict[tuple[str, str | None], list[Candidate]] = {}
    for candidate in candidates:
        groups.setdefault(theme_of(candidate, codelists), []).append(candidate)
    orders = {
        PRODUCT_CHAPTER: {item.code: index for index, item in enumerate(codelists["product"].children(None))},
        PI_CHAPTER: {code: index for index, code in enumerate(codelists["pi_issue"].codes())},
    }
    picks = []
    for (chapter, code), members in groups.items():
        latest = sorted(
            members,
            key=lambda c: (c.approved_at or dt.datetime.min, c.received_at, c.case_id),
            reverse=True,
        )
        picks.append(
            ThemePick(
                chapter=chapter,
                code=code,
                title=_theme_title(chapter, code, codelists),
                eligible=len(members),
                case_ids=tuple(c.case_id for c in latest[:per_theme]),
            )
        )
    chapter_order = {PRODUCT_CHAPTER: 0, PI_CHAPTER: 1}
    picks.sort(
        key=lambda pick: (
            chapter_order[pick.chapter],
            -pick.eligible,
            orders[pick.chapter].get(pick.code or "", len(orders[pick.chapter])),
        )
    )
    return tuple(picks)


def _theme_title(chapter: str, code: str | None, codelists: CodeLists) -> str:
    if chapter == PI_CHAPTER:
        return codelists["pi_issue"].label_of(code, NO_ISSUE) if code else NO_ISSUE
    return codelists["product"].label_of(code, NO_PRODUCT) if code else NO_PRODUCT


# -- what an example says -------------------------------------------------------------------


@dataclass(frozen=True)
class HandlingStep:
    """One published 処理経過 entry: with whom, and what was done (scrubbed)."""

    counterpart: str
    text: str


@dataclass(frozen=True)
class CaseExample:
    """One anonymised example: no personal field, every text scrubbed."""

    number: int
    title: str
    caption: str
    classification: tuple[tuple[str, str], ...]
    narrative: str
    handling: tuple[HandlingStep, ...]
    result: str
    redactions: int


@dataclass(frozen=True)
class ThemeSection:
    """A theme as printed: its title, eligible count and examples."""

    chapter: str
    code: str | None
    title: str
    eligible: int
    examples: tuple[CaseExample, ...]


@dataclass(frozen=True)
class CasebookReport:
    """Everything the 対応事例集 PDF prints."""

    office_label: str
    start: dt.date
    end: dt.date
    per_theme: int
    created_at: dt.datetime
    created_by: str
    eligible: int
    sections: tuple[ThemeSection, ...]

    @property
    def selected(self) -> int:
        """Examples printed."""
        return sum(len(section.examples) for section in self.sections)

    def chapter(self, name: str) -> tuple[ThemeSection, ...]:
        """The sections of one chapter, in print order."""
        return tuple(section for section in self.sections if section.chapter == name)


def example(case: Case, number: int, codelists: CodeLists) -> CaseExample:
    """An anonymised example of ``case``: scrubbed 件名, 相談概要 and 処理経過, NCAC caption, labels."""
    facts = cb.case_facts(case)
    subject, narrative = cb.scrub_texts(facts)
    steps = []
    redactions = len(subject.redactions) + len(narrative.redactions)
    for entry in case.handling:
        if entry.counterpart in INTERNAL_COUNTERPARTS or not entry.text.strip():
            continue
        scrubbed = cb.scrub_case(facts, entry.text)
        redactions += len(scrubbed.redactions)
        steps.append(HandlingStep(codelists["handling_counterpart"].label_of(entry.counterpart, ""), scrubbed.text))
    product = codelists["product"]
    classification = [
        ("商品・役務", product.path_label(case.product) or "記録なし"),
        ("販売購入形態", codelists["sales_form"].label_of(case.sales_form, "記録なし")),
    ]
    methods = "、".join(codelists["sales_method"].label_of(code, code) for code in case.methods)
    if methods:
        classification.append(("販売方法・手口", methods))
    if case.pi is not None and case.pi.related == "yes":
        issues = "、".join(codelists["pi_issue"].label_of(code, code) for code in case.pi.issues)
        classification.append(("個人情報関連", issues or "関連あり"))
    title = subject.text.strip() or product.label_of(case.product, "相談事例")
    return CaseExample(
        number=number,
        title=title,
        caption=cb.caption(facts, codelists),
        classification=tuple(classification),
        narrative=narrative.text,
        handling=tuple(steps),
        result=codelists["result"].label_of(case.result, "記録なし"),
        redactions=redactions,
    )


def sections_of(
    picks: Sequence[ThemePick], cases: dict[int, Case], codelists: CodeLists
) -> tuple[ThemeSection, ...]:
    """The printed sections: examples numbered through the whole book (事例1, 事例2, …)."""
    number = 0
    sections = []
    for pick in picks:
        examples = []
        for case_id in pick.case_ids:
            case = cases.get(case_id)
            if case is None:
                continue
            number += 1
            examples.append(example(case, number, codelists))
        sections.append(ThemeSection(pick.chapter, pick.code, pick.title, pick.eligible, tuple(examples)))
    return tuple(sections)
