"""The business view and the surge-alert widget: searching by IME, a business's cases, merging from the window."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget

from counselor_app.domain.entities import Actor, Office
from counselor_app.services.container import Services
from counselor_app.ui.business_window import BusinessWindow
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.surge_alerts_widget import SurgeAlertsWidget
from tests.helpers import make_case


def type_japanese(widget: QWidget, text: str) -> None:
    """Commit text through the input-method path, as a Japanese IME does."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def column(table: QTableWidget, index: int) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


class FakePrompts:
    """Stands in for the confirmation and warning dialogs."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.questions: list[str] = []
        self.warnings: list[str] = []

    def confirm(self, _parent: QWidget, _title: str, text: str) -> bool:
        self.questions.append(text)
        return self.answer

    def inform(self, _parent: QWidget, _title: str, text: str) -> None:
        self.warnings.append(text)


@pytest.fixture
def registry(services: Services, counselor: Actor, supervisor: Actor) -> Services:
    services.setup.ensure_office(supervisor, Office(code="131024", name="テスト市北支所"))
    kept = services.businesses.create(counselor, "株式会社テスト商事", phones=["03-1234-5678"])
    duplicate = services.businesses.create(counselor, "ﾃｽﾄ商事（北）", phones=["0312345678"])
    assert kept.id and duplicate.id
    for amount in (10000, 30000):
        services.cases.register(
            counselor, make_case(business_id=kept.id, business_name="テスト商事", contract_amount=amount)
        )
    branch = Actor(login="kato", role="counselor", office_code="131024")
    services.cases.register(
        branch, make_case(office_code="131024", business_id=duplicate.id, business_name="ﾃｽﾄ商事")
    )
    return services


def open_window(qtbot, services: Services, actor: Actor, prompts: FakePrompts | None = None) -> BusinessWindow:  # type: ignore[no-untyped-def]
    prompts = prompts or FakePrompts()
    window = BusinessWindow(services, actor, confirm=prompts.confirm, inform=prompts.inform)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def search(qtbot, window: BusinessWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    window.search_edit.clear()
    type_japanese(window.search_edit, text)
    qtbot.waitUntil(lambda: text in window.results_caption.text(), timeout=5000)


def test_typing_a_variant_finds_the_business_and_shows_its_cases(qtbot, registry: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, registry, supervisor)
    search(qtbot, window, "（株）テスト商事")
    assert column(window.results, 0) == ["株式会社テスト商事", "ﾃｽﾄ商事（北）"]
    assert column(window.results, 1) == ["名称が一致", "名称に「テスト商事」を含む"]
    qtbot.waitUntil(lambda: window.profile is not None, timeout=5000)
    assert window.title_label.text() == "株式会社テスト商事"
    assert window.cases_table.rowCount() == 2
    assert "合計 40,000円・平均 20,000円（2 件）" in window.amounts_label.text()
    assert window.tabs.tabText(0) == "相談一覧（2）"
    # The duplicate is proposed for a merge because the phone numbers agree.
    assert column(window.candidates_table, 1) == ["電話番号が一致"]


def test_a_supervisor_merges_and_unmerges_from_the_window(qtbot, registry: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    prompts = FakePrompts()
    window = open_window(qtbot, registry, supervisor, prompts)
    search(qtbot, window, "テスト商事")
    window.results.selectRow(0)
    qtbot.waitUntil(lambda: window.candidates_table.rowCount() == 1, timeout=5000)
    window.tabs.setCurrentIndex(2)
    assert window.merge_button.isVisible() and not window.merge_button.isEnabled()
    window.candidates_table.selectRow(0)
    assert window.merge_button.isEnabled()
    with qtbot.waitSignal(window.registry_changed, timeout=5000):
        qtbot.mouseClick(window.merge_button, Qt.MouseButton.LeftButton)
    assert "「ﾃｽﾄ商事（北）」を「株式会社テスト商事」に統合します" in prompts.questions[0]
    qtbot.waitUntil(lambda: window.merges_table.rowCount() == 1, timeout=5000)
    assert window.cases_table.rowCount() == 3
    assert column(window.merges_table, 3) == ["統合中"]
    assert "ﾃｽﾄ商事（北）" in window.names_label.text()

    window.merges_table.selectRow(0)
    assert window.unmerge_button.isEnabled()
    with qtbot.waitSignal(window.registry_changed, timeout=5000):
        qtbot.mouseClick(window.unmerge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.cases_table.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: column(window.merges_table, 3) == [f"取り消し済み（{supervisor.login}）"], timeout=5000)
    assert prompts.warnings == []


def test_declining_the_confirmation_changes_nothing(qtbot, registry: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, registry, supervisor, FakePrompts(answer=False))
    search(qtbot, window, "テスト商事")
    window.results.selectRow(0)
    qtbot.waitUntil(lambda: window.candidates_table.rowCount() == 1, timeout=5000)
    window.candidates_table.selectRow(0)
    window.merge_selected()
    window.wait_idle()
    assert registry.businesses.merges(window.profile.business.id or 0) == []  # type: ignore[union-attr]


def test_counselors_see_their_office_only_and_no_merge_buttons(qtbot, registry: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    kept = registry.businesses.suggest("テスト商事")[0].business
    duplicate = registry.businesses.suggest("ﾃｽﾄ商事（北）")[0].business
    registry.businesses.merge(supervisor, kept.id or 0, duplicate.id or 0)
    branch = Actor(login="kato", role="counselor", office_code="131024")
    window = open_window(qtbot, registry, branch)
    search(qtbot, window, "テスト商事")
    qtbot.waitUntil(lambda: window.profile is not None, timeout=5000)
    assert window.cases_label.text().startswith("3 件")
    assert window.cases_table.rowCount() == 1
    assert "ほかの所属の相談 2 件" in window.hidden_label.text()
    window.tabs.setCurrentIndex(2)
    assert window.merge_button.isHidden() and window.unmerge_button.isHidden()


def test_double_clicking_a_case_asks_to_open_it(qtbot, registry: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, registry, supervisor)
    search(qtbot, window, "テスト商事")
    qtbot.waitUntil(lambda: window.cases_table.rowCount() == 2, timeout=5000)
    window.cases_table.selectRow(0)
    case_id = window.profile.cases[0].id  # type: ignore[union-attr]
    with qtbot.waitSignal(window.case_opened, timeout=2000) as signal:
        window.cases_table.doubleClicked.emit(window.cases_table.model().index(0, 0))
    assert signal.args == [case_id]


def test_the_menu_opens_the_business_window(qtbot, registry: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    main = MainWindow(registry, supervisor)
    qtbot.addWidget(main)
    assert main.business_action.isEnabled()
    main.business_action.trigger()
    window = main.business_window
    assert isinstance(window, BusinessWindow) and window.isVisible()
    qtbot.waitUntil(lambda: window.results.rowCount() == 2, timeout=5000)  # the busiest businesses
    main.business_action.trigger()
    assert main.business_window is window
    window.close()


def test_surge_widget_lists_alerts_and_offers_information_provision(qtbot, services: Services, supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    services.demo.generate(supervisor, 800, seed=4, end=dt.date(2026, 11, 27))
    services.setup.change_setting(Actor(login="kanri", role="admin", office_code="131016"), "surge_case_count", 3)
    widget = SurgeAlertsWidget(services)
    qtbot.addWidget(widget)
    widget.resize(900, 320)
    widget.show()
    qtbot.waitUntil(lambda: bool(widget.alerts), timeout=10000)
    expected = services.businesses.surge_alerts()
    assert [alert.count for alert in widget.alerts] == [alert.count for alert in expected]
    assert widget.caption.text() == "急増アラート（過去30日に3件以上）"
    assert widget.table.rowCount() == len(expected)
    row = next(index for index, alert in enumerate(widget.alerts) if alert.kind == "business")
    button = widget.information_button(row)
    assert button is not None and button.text() == "情報提供"
    with qtbot.waitSignal(widget.information_requested, timeout=2000) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [widget.alerts[row].business_id]
    product_rows = [index for index, alert in enumerate(widget.alerts) if alert.kind == "product_method"]
    assert all(widget.information_button(index) is None for index in product_rows)


def test_surge_widget_says_when_there_is_nothing(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    widget = SurgeAlertsWidget(services)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.refresh_button.isEnabled(), timeout=5000)
    assert widget.table.rowCount() == 0
    assert widget.empty_label.text() == "いまアラートはありません。"
