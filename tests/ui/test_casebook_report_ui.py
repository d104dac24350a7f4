"""対応事例集 and 情報提供 from the GUI: the reports window, the menu, the business window and the dashboard's surge alerts."""

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool

from counselor_app.domain.entities import Actor
from counselor_app.services.container import Services
from counselor_app.ui.business_window import BusinessWindow
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.reports_window import ReportsWindow
from tests.helpers import make_case


@pytest.fixture
def approved(services: Services, counselor: Actor, supervisor: Actor) -> Iterator[tuple[Services, int]]:
    """Three approved cases of one business in November 2026, one still open."""
    business = services.businesses.create(supervisor, "株式会社テスト通販", phones=["03-1234-5678"])
    assert business.id is not None
    for day in (2, 9, 20):
        stored = services.cases.register(
            counselor,
            make_case(
                received_at=dt.datetime(2026, 11, day, 10),
                business_id=business.id,
                business_name="テスト通販",
                narrative="架空花子さんが初回500円の健康食品を注文したら定期購入だった。",
            ),
        )
        assert stored.id is not None
        services.approvals.submit(counselor, stored.id)
        services.approvals.approve(supervisor, stored.id)
    services.cases.register(counselor, make_case(business_id=business.id, business_name="テスト通販"))
    yield services, business.id
    QThreadPool.globalInstance().waitForDone(30_000)


def test_casebook_report_is_made_in_the_reports_window(qtbot, approved: tuple[Services, int], supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    services, _business = approved
    window = ReportsWindow(services, supervisor)
    qtbot.addWidget(window)
    window.show()
    kinds = [window.kind_combo.itemData(i) for i in range(window.kind_combo.count())]
    assert kinds == ["monthly", "case_card", "casebook", "business"]
    with qtbot.waitSignal(window.report_ready, timeout=60_000) as ready:
        window.show_casebook(dt.date(2026, 4, 1), dt.date(2026, 11, 27), generate=True)
    rendered = ready.args[0]
    assert rendered.kind == "casebook" and rendered.reference == "2026-04-01_2026-11-27"
    assert window.pages.currentIndex() == 2 and window.per_theme_spin.value() == 3
    qtbot.waitUntil(window.preview.is_ready, timeout=10_000)
    assert window.preview.document.pageCount() == rendered.pages
    # No business chosen yet: the 情報提供 kind says where to choose one.
    window.kind_combo.setCurrentIndex(3)
    window.generate()
    assert "事業者の画面" in window.status_label.text()


def test_counselors_get_neither_the_casebook_nor_business_reports(qtbot, approved: tuple[Services, int], counselor: Actor) -> None:  # type: ignore[no-untyped-def]
    services, _business = approved
    window = ReportsWindow(services, counselor)
    qtbot.addWidget(window)
    assert [window.kind_combo.itemData(i) for i in range(window.kind_combo.count())] == ["case_card"]
    main = MainWindow(services, counselor)
    qtbot.addWidget(main)
    assert not main.casebook_report_action.isEnabled()


def test_the_report_menu_opens_the_casebook(qtbot, approved: tuple[Services, int], supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    services, _business = approved
    main = MainWindow(services, supervisor)
    qtbot.addWidget(main)
    assert main.casebook_report_action.isEnabled()
    main.casebook_report_action.trigger()
    reports = main.reports_window
    assert reports is not None and reports.isVisible() and reports.kind() == "casebook"


def test_business_window_asks_for_the_information_report(qtbot, approved: tuple[Services, int], supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    services, business_id = approved
    main = MainWindow(services, supervisor)
    qtbot.addWidget(main)
    main.open_business_window()
    window = main.business_window
    assert isinstance(window, BusinessWindow)
    window.show_business(business_id)
    qtbot.waitUntil(lambda: window.profile is not None, timeout=5000)
    assert window.information_button.isVisible() and window.information_button.isEnabled()
    qtbot.mouseClick(window.information_button, Qt.MouseButton.LeftButton)
    reports = main.reports_window
    assert reports is not None
    qtbot.waitUntil(lambda: reports.rendered() is not None, timeout=60_000)
    rendered = reports.rendered()
    assert rendered is not None and rendered.kind == "business" and rendered.reference == str(business_id)
    assert reports.business_label.text() == "株式会社テスト通販"
    window.close()


def test_dashboard_shows_surge_alerts_and_their_information_button(qtbot, approved: tuple[Services, int], supervisor: Actor) -> None:  # type: ignore[no-untyped-def]
    services, business_id = approved
    admin = Actor(login="setup", role="admin", office_code="131016")
    services.setup.change_setting(admin, "surge_case_count", 3)  # settings are the administrator's
    main = MainWindow(services, supervisor)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    assert main.dashboard is not None
    surge = main.dashboard.surge
    qtbot.waitUntil(lambda: bool(surge.alerts), timeout=10_000)
    row = next(index for index, alert in enumerate(surge.alerts) if alert.business_id == business_id)
    button = surge.information_button(row)
    assert button is not None and surge.table.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    reports = main.reports_window
    assert reports is not None
    qtbot.waitUntil(lambda: reports.rendered() is not None, timeout=60_000)
    assert reports.rendered().kind == "business"  # type: ignore[union-attr]
    main.close()
