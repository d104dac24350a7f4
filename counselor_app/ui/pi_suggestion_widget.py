"""The 個人情報 step's live suggestion: highlighted cues, one-key decisions, destinations with legal basis, guidance."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Iterable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.classifier import ClassificationResult, Classifier, normalise
from counselor_app.domain.entities import Actor, Cue, PiAssessment
from counselor_app.domain.pi_assessment import corrected, from_suggestion, is_overridden
from counselor_app.domain.routing import Destination
from counselor_app.services.container import Services
from counselor_app.ui import theme
from counselor_app.ui.i18n import display_codelists

DEBOUNCE_MS = 300
# How each kind of cue is marked in the narrative and in the legend: a colour AND a
# shape (bold, dotted, wavy, struck through, underlined), so colour is never the only sign.
CUE_KINDS = ("strong", "weak", "fraud", "negative", "facet")


def cue_format(kind: str) -> QTextCharFormat:
    """The character format of one kind of cue in the theme in force."""
    colours = theme.colours()
    fmt = QTextCharFormat()
    if kind == "facet":
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(colours.cue_facet))
        fmt.setForeground(QColor(colours.cue_facet))
        return fmt
    background = {
        "strong": colours.cue_strong,
        "weak": colours.cue_weak,
        "fraud": colours.cue_fraud,
        "negative": colours.cue_negative,
    }[kind]
    fmt.setBackground(QColor(background))
    fmt.setForeground(QColor(colours.cue_text))
    if kind == "strong":
        fmt.setFontWeight(QFont.Weight.Bold)
    elif kind == "weak":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    elif kind == "fraud":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setFontItalic(True)
    elif kind == "negative":
        fmt.setFontStrikeOut(True)
    return fmt


def cue_kind(cue: Cue) -> str:
    """Which kind of cue this is (see :data:`CUE_KINDS`)."""
    if cue.weight == 0 and cue.rule.startswith(("holder.", "sector.")):
        return "facet"
    if cue.rule.startswith("fraud"):
        return "fraud"
    if cue.weight < 0:
        return "negative"
    return "strong" if cue.weight >= 3 else "weak"


class _Relay(QObject):
    """Carries a worker's result back to the GUI thread (queued signal)."""

    finished = Signal(int, object)


class _ClassifyJob(QRunnable):
    """Classifies one narrative on the widget's worker thread."""

    def __init__(self, generation: int, text: str, classifier: Classifier, relay: _Relay) -> None:
        super().__init__()
        self._generation = generation
        self._text = text
        self._classifier = classifier
        self._relay = relay

    def run(self) -> None:
        try:
            result: ClassificationResult | None = self._classifier.classify(self._text)
        except Exception:  # a classifier bug must not take the intake form down
            result = None
        self._relay.finished.emit(self._generation, result)


class PiSuggestionWidget(QWidget):
    """Live 個人情報 suggestion for the narrative the intake form passes in with :meth:`set_text`.

    Keyboard: Alt+A accepts the whole suggestion; Alt+Y / Alt+N / Alt+U set 関連あり / なし /
    要確認; Alt+I and Alt+H go to the main issue and the holder. Any difference from the
    suggestion is recorded as an override (``PiAssessment.overridden``); the ``suggested_*``
    fields keep what the classifier proposed.

    Signals:
        assessment_changed(PiAssessment): the counselor's assessment changed (or a new suggestion arrived).
        referral_requested(str, str): 「移送・紹介を記録」 for a destination id and referral kind code.
        suggestion_updated(): a new suggestion was computed for the current text.
    """

    assessment_changed = Signal(object)
    referral_requested = Signal(str, str)
    suggestion_updated = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PiSuggestionWidget")
        self._services = services
        self._actor = actor
        self._codelists = display_codelists(services.reference.codelists)
        classification = services.classification
        self._suggester = classification.suggester
        self._regime = classification.regime()
        self._directory = classification.routing_directory()
        self._guidance = classification.guidance()
        self._text = ""
        self._generation = 0
        self._result: ClassificationResult | None = None
        self._assessment = PiAssessment()
        self._destinations: tuple[Destination, ...] = ()
        self._updating = False
        self._auto_accept = True
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay()
        self._relay.finished.connect(self._on_result)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_classification)
        self._build()
        self._refresh_all()

    # -- public API ------------------------------------------------------------------------

    def set_text(self, narrative: str) -> None:
        """Show ``narrative`` and classify it once typing pauses (off the GUI thread)."""
        if narrative == self._text and self._result is not None:
            return
        self._text = narrative
        self._show_narrative()
        self._timer.start()

    def reload_reference(self) -> None:
        """Re-read the office regime, directory and guide (after 管理 > 窓口一覧… changed them)."""
        classification = self._services.classification
        self._regime = classification.regime()
        self._directory = classification.routing_directory()
        self._guidance = classification.guidance()
        self._refresh_all()

    def shutdown(self) -> None:
        """Stop classifying: cancel the pending timer and wait for the worker (before the database closes)."""
        self._timer.stop()
        self._generation += 1  # a result still on its way is ignored
        self._pool.waitForDone(10_000)

    def set_embedded(self, embedded: bool) -> None:
        """Inside the intake the step's own controls hold the decision.

        Embedded, the widget shows the suggestion (cues, destinations, guidance) and
        records it, but never decides by itself: a new suggestion no longer replaces
        the decision, and only "提案を採用" (Alt+A) hands it to the step.
        """
        self._auto_accept = not embedded
        self.decision_box.setVisible(not embedded)

    def assessment(self) -> PiAssessment:
        """The counselor's current assessment (with the suggestion it started from)."""
        return self._assessment

    def set_assessment(self, assessment: PiAssessment | None) -> None:
        """Show a stored assessment (None: start fresh). Does not emit ``assessment_changed``."""
        self._assessment = assessment or PiAssessment(regime=self._regime)
        self._refresh_all()

    def result(self) -> ClassificationResult | None:
        """The latest classifier result for the current text."""
        return self._result

    def destinations(self) -> tuple[Destination, ...]:
        """The destinations shown (for the counselor's current decision)."""
        return self._destinations

    def is_busy(self) -> bool:
        """True while a classification is pending (debounce or worker)."""
        return self._timer.isActive() or self._pool.activeThreadCount() > 0

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)

        top = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("piStatus")
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("判定の提案"))
        top.addWidget(self.status_label, 1)
        self.accept_button = QPushButton(self.tr("提案を採用(&A)"))
        self.accept_button.setToolTip(self.tr("関連・論点・保有主体を提案どおりに記録します（Alt+A）"))
        self.accept_button.clicked.connect(self.accept_suggestion)
        top.addWidget(self.accept_button)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        left_layout.addWidget(self._heading(self.tr("相談概要（手がかりを強調）")))
        self.narrative_view = QTextEdit(left)
        self.narrative_view.setReadOnly(True)
        self.narrative_view.setAccessibleName(self.tr("手がかりを強調した相談概要"))
        self.narrative_view.setMinimumHeight(90)
        left_layout.addWidget(self.narrative_view, 2)
        self.legend = QTextEdit(left)
        self.legend.setObjectName("cueLegend")
        self.legend.setReadOnly(True)
        self.legend.setFrameShape(QFrame.Shape.NoFrame)
        self.legend.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.legend.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.legend.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.legend.viewport().setAutoFillBackground(False)
        self.legend.setAccessibleName(self.tr("手がかりの凡例"))
        self._show_legend()
        left_layout.addWidget(self.legend)
        left_layout.addWidget(self._heading(self.tr("手がかり")))
        self.cue_table = QTableWidget(0, 4, left)
        self.cue_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.cue_table.setHorizontalHeaderLabels(
            [self.tr("語句"), self.tr("重み"), self.tr("論点"), self.tr("規則")]
        )
        self.cue_table.setAccessibleName(self.tr("手がかりの一覧"))
        self._table_defaults(self.cue_table)
        header = self.cue_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        left_layout.addWidget(self.cue_table, 3)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(4)
        self.decision_box = self._decision_box(right)
        right_layout.addWidget(self.decision_box)
        right_split = QSplitter(Qt.Orientation.Vertical, right)
        right_split.setChildrenCollapsible(False)
        destinations = QWidget(right_split)
        destinations_layout = QVBoxLayout(destinations)
        destinations_layout.setContentsMargins(0, 0, 0, 0)
        destinations_layout.setSpacing(2)
        destinations_layout.addWidget(self._heading(self.tr("移送・紹介先の候補")))
        self.destination_table = QTableWidget(0, 4, destinations)
        self.destination_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.destination_table.setHorizontalHeaderLabels(
            [self.tr("窓口"), self.tr("種別"), self.tr("根拠"), self.tr("記録")]
        )
        self.destination_table.setAccessibleName(self.tr("移送・紹介先の候補"))
        self._table_defaults(self.destination_table)
        self.destination_table.setWordWrap(True)
        header = self.destination_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        destinations_layout.addWidget(self.destination_table)
        guidance = QWidget(right_split)
        guidance_layout = QVBoxLayout(guidance)
        guidance_layout.setContentsMargins(0, 0, 0, 0)
        guidance_layout.setSpacing(2)
        guidance_layout.addWidget(self._heading(self.tr("対応の手引き")))
        self.guidance_view = QTextBrowser(guidance)
        self.guidance_view.setAccessibleName(self.tr("対応の手引き"))
        self.guidance_view.setOpenLinks(False)
        guidance_layout.addWidget(self.guidance_view)
        right_split.addWidget(destinations)
        right_split.addWidget(guidance)
        right_split.setStretchFactor(0, 1)
        right_split.setStretchFactor(1, 1)
        right_layout.addWidget(right_split, 1)

        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        theme.set_role(label, "strong")
        return label

    def _table_defaults(self, table: QTableWidget) -> None:
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)

    def _decision_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("相談員の判断"), parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)

        grid.addWidget(QLabel(self.tr("個人情報関連")), 0, 0)
        related_row = QHBoxLayout()
        self.related_group = QButtonGroup(box)
        self.related_buttons: dict[str, QRadioButton] = {}
        for code, text in (
            ("yes", self.tr("関連あり(&Y)")),
            ("no", self.tr("関連なし(&N)")),
            ("undecided", self.tr("要確認(&U)")),
        ):
            button = QRadioButton(text, box)
            self.related_group.addButton(button)
            self.related_buttons[code] = button
            related_row.addWidget(button)
            button.toggled.connect(lambda checked, code=code: checked and self._correct(related=code))
        related_row.addStretch(1)
        grid.addLayout(related_row, 0, 1, 1, 3)

        issue_label = QLabel(self.tr("主な論点(&I)"))
        self.issue_combo = QComboBox(box)
        self.issue_combo.setAccessibleName(self.tr("主な論点"))
        self.issue_combo.addItem(self.tr("（なし）"), None)
        for item in self._codelists["pi_issue"].items:
            self.issue_combo.addItem(self._pair(item.label, item.code), item.code)
        issue_label.setBuddy(self.issue_combo)
        self.issue_combo.currentIndexChanged.connect(lambda _index: self._issues_edited())
        grid.addWidget(issue_label, 1, 0)
        grid.addWidget(self.issue_combo, 1, 1, 1, 3)

        grid.addWidget(QLabel(self.tr("ほかの論点")), 2, 0, Qt.AlignmentFlag.AlignTop)
        others = QFrame(box)
        others_grid = QGridLayout(others)
        others_grid.setContentsMargins(0, 0, 0, 0)
        others_grid.setHorizontalSpacing(10)
        others_grid.setVerticalSpacing(0)
        self.issue_checks: dict[str, QCheckBox] = {}
        for index, item in enumerate(self._codelists["pi_issue"].items):
            check = QCheckBox(item.code, others)
            check.setToolTip(item.label)
            check.setAccessibleName(item.label)
            check.toggled.connect(lambda _checked: self._issues_edited())
            self.issue_checks[item.code] = check
            others_grid.addWidget(check, index // 5, index % 5)
        grid.addWidget(others, 2, 1, 1, 3)

        holder_label = QLabel(self.tr("保有主体(&H)"))
        self.holder_combo = QComboBox(box)
        self.holder_combo.setAccessibleName(self.tr("保有主体"))
        self.holder_combo.addItem(self.tr("（未選択）"), None)
        for item in self._codelists["pi_holder"].items:
            self.holder_combo.addItem(item.label, item.code)
        holder_label.setBuddy(self.holder_combo)
        self.holder_combo.currentIndexChanged.connect(lambda _index: self._holder_edited())
        sector_label = QLabel(self.tr("分野(&S)"))
        self.sector_combo = QComboBox(box)
        self.sector_combo.setAccessibleName(self.tr("事業分野"))
        self.sector_combo.addItem(self.tr("（未選択）"), None)
        for item in self._codelists["pi_sector"].items:
            self.sector_combo.addItem(item.label, item.code)
        sector_label.setBuddy(self.sector_combo)
        self.sector_combo.currentIndexChanged.connect(lambda _index: self._holder_edited())
        grid.addWidget(holder_label, 3, 0)
        grid.addWidget(self.holder_combo, 3, 1)
        grid.addWidget(sector_label, 3, 2)
        grid.addWidget(self.sector_combo, 3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.override_label = QLabel()
        self.override_label.setObjectName("overrideNote")
        self.override_label.setWordWrap(True)
        grid.addWidget(self.override_label, 4, 0, 1, 4)
        return box

    # -- classification --------------------------------------------------------------------

    def _start_classification(self) -> None:
        self._generation += 1
        self._pool.start(_ClassifyJob(self._generation, self._text, self._suggester.classifier, self._relay))

    def _on_result(self, generation: int, result: object) -> None:
        if generation != self._generation or not isinstance(result, ClassificationResult):
            return  # a newer text is on its way, or the worker failed (the old suggestion stays)
        self._result = result
        now = self._services.clock.now()
        suggested = from_suggestion(result, regime=self._regime, at=now, by=self._actor.login)
        if not self._auto_accept:
            # Embedded: show what the suggestion implies until the step holds a decision.
            if self._assessment.related == "undecided" and not self._assessment.issues:
                self._assessment = suggested
            self._refresh_all()
            self.suggestion_updated.emit()
            return
        if self._assessment.overridden:
            keep = self._assessment
            updated = dataclasses.replace(
                keep,
                regime=self._regime,
                score=result.score,
                cues=result.cues,
                suggested_related=result.pi_related,
                suggested_issues=result.issues,
                suggested_holder=result.holder,
            )
            self._assessment = dataclasses.replace(updated, overridden=is_overridden(updated))
        else:
            self._assessment = suggested
        self._refresh_all()
        self.suggestion_updated.emit()
        self.assessment_changed.emit(self._assessment)

    # -- decisions -------------------------------------------------------------------------

    def accept_suggestion(self) -> None:
        """Record the suggestion as it is (undoes any correction)."""
        if self._result is None:
            return
        self._assessment = from_suggestion(
            self._result, regime=self._regime, at=self._services.clock.now(), by=self._actor.login
        )
        self._refresh_all()
        self.assessment_changed.emit(self._assessment)

    def _correct(self, **changes: object) -> None:
        if self._updating:
            return
        self._assessment = corrected(
            self._assessment, at=self._services.clock.now(), by=self._actor.login, **changes
        )
        self._refresh_all()
        self.assessment_changed.emit(self._assessment)

    def _issues_edited(self) -> None:
        if self._updating:
            return
        primary = self.issue_combo.currentData()
        others = [code for code, check in self.issue_checks.items() if check.isChecked() and code != primary]
        previous = [code for code in self._assessment.issues[1:] if code in others]
        ordered = previous + [code for code in others if code not in previous]
        self._correct(issues=tuple(([primary] if primary else []) + ordered))

    def _holder_edited(self) -> None:
        if self._updating:
            return
        holder = self.holder_combo.currentData()
        sector = self.sector_combo.currentData() if holder == "PRIV" else None
        self._correct(holder=holder, sector=sector)

    # -- presentation ----------------------------------------------------------------------

    def _refresh_all(self) -> None:
        self._updating = True
        try:
            self._show_status()
            self._show_decision()
            self._show_narrative()
            self._show_cues()
            self._show_destinations()
            self._show_guidance()
        finally:
            self._updating = False

    def _pair(self, label: str, detail: str) -> str:
        return self.tr("%1（%2）").replace("%1", label).replace("%2", detail)

    def _list(self, labels: Iterable[str]) -> str:
        return self.tr("、").join(labels)

    def _field(self, name: str, value: str) -> str:
        return self.tr("%1：%2").replace("%1", f"<b>{html.escape(name)}</b>").replace("%2", html.escape(value))

    def _label(self, list_name: str, code: str | None) -> str:
        return self._codelists[list_name].label_of(code, code or "")

    def _show_status(self) -> None:
        result = self._result
        colours = theme.colours()
        regime = self.tr("現行体制") if self._regime == "CURRENT" else self.tr("2005年基本方針の体制")
        if result is None:
            self.status_label.setText(
                html.escape(self.tr("相談概要を入力すると、個人情報関連かどうかの提案が表示されます。"))
                + f" <span style='color:{colours.muted}'>[{html.escape(regime)}]</span>"
            )
            return
        if result.pi_related:
            verdict = self.tr("提案：個人情報関連あり")
            colour = colours.error if result.not_pipa_complaint else colours.ok
        elif result.needs_review:
            verdict = self.tr("提案：要確認")
            colour = colours.warning
        else:
            verdict = self.tr("提案：個人情報関連なし")
            colour = colours.muted
        parts = [
            f"<b style='color:{colour}'>{html.escape(verdict)}</b>",
            html.escape(self.tr("スコア %1").replace("%1", f"{result.score:g}")),
        ]
        if result.issues:
            parts.append(
                html.escape(
                    self.tr("論点：%1").replace(
                        "%1", self._list(self._label("pi_issue", code) for code in result.issues)
                    )
                )
            )
        if result.holder:
            holder = self._label("pi_holder", result.holder)
            if result.sector:
                holder = self._pair(holder, self._label("pi_sector", result.sector))
            parts.append(html.escape(self.tr("保有主体：%1").replace("%1", holder)))
        if result.not_pipa_complaint:
            parts.append(
                f"<b style='color:{colours.error}'>"
                + html.escape(self.tr("詐欺の疑い：個人情報保護法の苦情としては扱わない"))
                + "</b>"
            )
        parts.append(f"<span style='color:{colours.muted}'>[{html.escape(regime)}]</span>")
        self.status_label.setText(self.tr(" ／ ").join(parts))

    def _show_decision(self) -> None:
        assessment = self._assessment
        for code, button in self.related_buttons.items():
            button.setChecked(assessment.related == code)
        primary = assessment.issues[0] if assessment.issues else None
        self.issue_combo.setCurrentIndex(max(self.issue_combo.findData(primary), 0))
        for code, check in self.issue_checks.items():
            check.setChecked(code in assessment.issues[1:])
            check.setEnabled(code != primary)
        self.holder_combo.setCurrentIndex(max(self.holder_combo.findData(assessment.holder), 0))
        self.sector_combo.setCurrentIndex(max(self.sector_combo.findData(assessment.sector), 0))
        self.sector_combo.setEnabled(assessment.holder == "PRIV")
        self.accept_button.setEnabled(self._result is not None)
        if assessment.overridden:
            suggested = self._list(self._label("pi_issue", code) for code in assessment.suggested_issues) or "—"
            self.override_label.setText(
                self.tr("提案を修正しました（提案：%1／%2／%3）。Alt+A で提案に戻せます。")
                .replace("%1", self.tr("関連あり") if assessment.suggested_related else self.tr("関連なし"))
                .replace("%2", suggested)
                .replace("%3", self._label("pi_holder", assessment.suggested_holder) or "—")
            )
            theme.set_role(self.override_label, "warning")
        else:
            self.override_label.setText(
                self.tr("Alt+A 提案を採用 ／ Alt+Y・N・U 関連 ／ Alt+I 論点 ／ Alt+H 保有主体")
            )
            theme.set_role(self.override_label, "muted")

    def _cues(self) -> tuple[Cue, ...]:
        return self._result.cues if self._result is not None else self._assessment.cues

    def _show_legend(self) -> None:
        """The legend drawn with the very formats the narrative uses."""
        names = {
            "strong": self.tr("強い手がかり（太字）"),
            "weak": self.tr("弱い手がかり（点線）"),
            "fraud": self.tr("詐欺の疑い（波線・斜体）"),
            "negative": self.tr("打ち消し（取り消し線）"),
            "facet": self.tr("保有主体・分野（下線）"),
        }
        self.legend.clear()
        cursor = QTextCursor(self.legend.document())
        plain = QTextCharFormat()
        for index, kind in enumerate(CUE_KINDS):
            if index:
                cursor.insertText("  ", plain)
            cursor.insertText(names[kind], cue_format(kind))
        self.legend.document().setTextWidth(max(200, self.legend.viewport().width()))
        height = int(self.legend.document().size().height()) + 4
        self.legend.setFixedHeight(max(height, self.legend.fontMetrics().height() + 8))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_legend()

    def _show_narrative(self) -> None:
        view = self.narrative_view
        view.setPlainText(self._text)
        result = self._result
        if result is None or result.normalised != normalise(self._text):
            return  # the highlight waits for the suggestion of this very text
        ordered = sorted(result.cues, key=lambda cue: (cue.weight > 0, abs(cue.weight)))
        for cue in ordered:
            start, end = result.original_span(cue)
            cursor = QTextCursor(view.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(cue_format(cue_kind(cue)))

    def _show_cues(self) -> None:
        cues = self._cues()
        table = self.cue_table
        table.setRowCount(len(cues))
        for row, cue in enumerate(cues):
            facet = cue.rule.startswith(("holder.", "sector."))
            weight = "" if facet else f"{cue.weight:+g}"
            issue = self._label("pi_issue", cue.issue) if cue.issue else ""
            values = (cue.text, weight, issue, self._rule_group(cue.rule))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 3:
                    item.setToolTip(cue.rule)  # the lexicon's rule id, for whoever maintains it
                table.setItem(row, column, item)

    def _rule_group(self, rule: str) -> str:
        """What a lexicon rule looks for, in words (its id stays in the tooltip)."""
        prefix = rule.split(".", 1)[0]
        issue = prefix.upper()
        if self._codelists["pi_issue"].get(issue) is not None:
            return self._label("pi_issue", issue)
        groups = {
            "legal": self.tr("法令の用語"),
            "core": self.tr("個人情報の語"),
            "list": self.tr("名簿"),
            "weak": self.tr("弱い語"),
            "neg": self.tr("打ち消しの語"),
            "holder": self.tr("保有主体"),
            "sector": self.tr("事業分野"),
        }
        return groups.get(prefix, self.tr("その他の規則"))

    def _show_destinations(self) -> None:
        assessment = self._assessment
        table = self.destination_table
        if assessment.related == "no" or (self._result is None and not assessment.issues):
            self._destinations = ()
        else:
            self._destinations = self._suggester.destinations(
                self._directory,
                regime=self._regime,
                holder=assessment.holder,
                sector=assessment.sector,
                issue=assessment.issues[0] if assessment.issues else None,
                today=self._services.clock.now().date(),
            )
        table.clearContents()  # drops the old rows' buttons too
        table.setRowCount(len(self._destinations))
        kinds = self._codelists["referral_kind"]
        for row, destination in enumerate(self._destinations):
            entry = destination.entry
            contact = " ".join(filter(None, (entry.contact.phone, entry.contact.hours)))
            shown = f"{row + 1}. {entry.name}"
            if entry.contact.phone:
                shown = self._pair(shown, entry.contact.phone)
            name = QTableWidgetItem(shown)
            tip = [entry.name]
            if contact:
                tip.append(contact)
            if destination.note:
                tip.append(destination.note)
            if destination.replaces:
                tip.append(self.tr("（廃止された %1 の後継）").replace("%1", destination.replaces))
            if entry.annotation:
                tip.append(entry.annotation)
            name.setToolTip("\n".join(tip))
            name.setData(Qt.ItemDataRole.UserRole, entry.id)
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(kinds.label_of(destination.kind, destination.kind)))
            basis = QTableWidgetItem(destination.basis)
            basis.setToolTip(destination.basis)
            table.setItem(row, 2, basis)
            button = QPushButton(self.tr("移送・紹介を記録"), table)
            button.setAccessibleName(self.tr("%1 への移送・紹介を記録").replace("%1", entry.name))
            button.clicked.connect(
                lambda _checked=False, entry_id=entry.id, kind=destination.kind: self.referral_requested.emit(
                    entry_id, kind
                )
            )
            table.setCellWidget(row, 3, button)
        table.resizeRowsToContents()

    def _show_guidance(self) -> None:
        issue = self._assessment.issues[0] if self._assessment.issues else None
        guide = self._guidance.for_issue(issue) if issue else None
        if guide is None:
            self.guidance_view.setHtml(
                f"<p style='color:{theme.colours().muted}'>"
                + html.escape(self.tr("論点が決まると、聞き取ること・助言すること・根拠・窓口が表示されます。"))
                + "</p>"
            )
            return

        def items(values: tuple[str, ...]) -> str:
            return "<ul style='margin-top:0'>" + "".join(f"<li>{html.escape(v)}</li>" for v in values) + "</ul>"

        # tr() calls stay outside f-strings: lupdate does not look inside them.
        ask = html.escape(self.tr("聞き取ること"))
        advise = html.escape(self.tr("助言すること"))
        rule = self._field(self.tr("根拠"), guide.rule[self._regime])
        window = self._field(self.tr("窓口"), guide.window[self._regime])
        self.guidance_view.setHtml(
            f"<h4 style='margin:0'>{html.escape(self._label('pi_issue', issue) or guide.title)}</h4>"
            f"<b>{ask}</b>{items(guide.ask)}<b>{advise}</b>{items(guide.advise)}"
            f"<p>{rule}<br>{window}</p>"
        )

