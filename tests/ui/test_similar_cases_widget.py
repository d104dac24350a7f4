"""The 類似事例 list follows the narrative and opens a case on Enter."""

from PySide6.QtCore import Qt

from counselor_app.domain.entities import Actor
from counselor_app.services.container import Services
from counselor_app.ui.main_window import highlighted_html
from counselor_app.ui.similar_cases_widget import SimilarCasesWidget
from tests.helpers import make_case


def test_similar_cases_follow_the_narrative(qtbot, services: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    earlier = services.cases.register(
        supervisor, make_case(narrative="無料点検と言って来た業者に屋根工事を契約させられた。クーリング・オフしたい。")
    )
    services.cases.register(supervisor, make_case(narrative="定期購入の解約ができない。電話がつながらない。"))
    widget = SimilarCasesWidget(services.search, supervisor, services.reference.codelists)
    qtbot.addWidget(widget)
    widget.set_context("点検に来た業者から屋根工事を勧められて契約した")
    qtbot.waitUntil(lambda: widget.list.count() > 0, timeout=3000)
    first = widget.list.item(0)
    assert earlier.case_no in first.text()
    assert "文章の類似度" in first.text()
    with qtbot.waitSignal(widget.case_requested) as signal:
        widget.list.setCurrentRow(0)
        qtbot.keyClick(widget.list, Qt.Key.Key_Return)
    assert signal.args == [earlier.id]


def test_short_text_shows_the_hint(qtbot, services: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    widget = SimilarCasesWidget(services.search, supervisor, services.reference.codelists)
    qtbot.addWidget(widget)
    widget.set_context("屋根")
    widget.refresh()
    assert widget.list.count() == 0 and not widget.hint.isHidden()


def test_preview_highlights_query_terms() -> None:
    marked = highlighted_html("業者から<デンワ>勧誘", "でんわ")
    assert "<b style='background:#ffe58a; color:#1a1a1a'>デンワ</b>" in marked  # the standard theme's marker
    assert "&lt;" in marked
