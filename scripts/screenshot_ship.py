"""Screenshots for the README and the guides: English, high contrast, large text, settings, PI suggestion, referrals.

Usage: .venv/bin/python scripts/screenshot_ship.py [--out docs/screenshots]

Everything shown is invented: a temporary database filled by `counselor demo`, and a
narrative typed by this script. 1366x768, offscreen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QThreadPool, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from counselor_app.domain.clock import FixedClock  # noqa: E402
from counselor_app.domain.entities import Actor  # noqa: E402
from counselor_app.paths import resources_dir  # noqa: E402
from counselor_app.persistence.database import open_database  # noqa: E402
from counselor_app.persistence.engine import resolve_target  # noqa: E402
from counselor_app.services.container import Services, build_services  # noqa: E402
from counselor_app.services.preferences import Preferences  # noqa: E402
from counselor_app.services.reference_data import load_reference_data  # noqa: E402
from counselor_app.ui.appearance import Appearance  # noqa: E402
from counselor_app.ui.desk import Desk  # noqa: E402
from counselor_app.ui.fonts import ensure_japanese_font  # noqa: E402
from counselor_app.ui.i18n import install_translators  # noqa: E402
from counselor_app.ui.referral_dialog import ReferralDialog  # noqa: E402

SIZE = (1366, 768)
NOW = dt.datetime(2026, 11, 27, 10, 42)
NARRATIVE = (
    "知らない不動産業者から自宅に勧誘の電話があった。名簿を買ったと言っていた。"
    "どこで番号を知ったのか聞いても答えない。自分の情報を消してほしいし、もう電話してほしくない。"
)


def settle(rounds: int = 8) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


def language(app: QApplication, code: str) -> None:
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
    install_translators(app, code, resources_dir() / "i18n")


def desk_for(services: Services, actor: Actor, appearance: Appearance) -> Desk:
    desk = Desk(services, actor, appearance=appearance)
    desk.main_window.resize(*SIZE)
    desk.workspace.resize(*SIZE)
    desk.show()
    settle()
    if desk.main_window.dashboard is not None:
        deadline = time.time() + 10
        while desk.main_window.dashboard.figures is None and time.time() < deadline:
            settle(2)
    return desk


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    ensure_japanese_font(app, resources_dir() / "fonts")
    work = Path(tempfile.mkdtemp(prefix="ship-shots-"))
    db, _ = open_database(resolve_target(work / "demo.db"), create=True)
    services = build_services(db, load_reference_data(resources_dir() / "reference"), FixedClock(NOW))
    admin = Actor(login="kanri", role="admin", office_code="990001", display_name="管理者（架空）")
    services.setup.initialise(admin, office_code="990001", office_name="さくら市消費生活センター")
    services.demo.generate(admin, 600, seed=11, end=NOW.date())
    supervisor = Actor(login="yamamoto.s", role="supervisor", office_code="990001", display_name="山本（架空）")
    shots: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        shots.append(path)

    # English main window and intake.
    language(app, "en")
    appearance = Appearance(app, Preferences(language="en"))
    appearance.apply()
    desk = desk_for(services, supervisor, appearance)
    desk.main_window.table.selectRow(2)
    shoot(desk.main_window, "main_window_en")
    view = desk.workspace.new_intake()
    view.reception.channel.set_code("01")
    view.reception.category.set_code("01")
    view.refresh_problems()
    shoot(desk.workspace, "intake_01_reception_en")
    view.content_step.narrative.setPlainText(NARRATIVE)
    view.go_to_step(6)
    wait_for_suggestion(view)
    shoot(desk.workspace, "intake_07_personal_info_en")
    view.discard_draft(reason="user")
    desk.workspace.shutdown()
    desk.main_window.close()

    # Japanese: high contrast, large text, settings.
    language(app, "ja")
    appearance = Appearance(app, Preferences(theme="high_contrast"))
    appearance.apply()
    desk = desk_for(services, supervisor, appearance)
    desk.main_window.table.selectRow(2)
    shoot(desk.main_window, "main_window_high_contrast")
    view = desk.workspace.new_intake()
    view.content_step.narrative.setPlainText(NARRATIVE)
    view.go_to_step(6)
    wait_for_suggestion(view)
    shoot(desk.workspace, "intake_07_personal_info_high_contrast")
    view.discard_draft(reason="user")
    desk.workspace.shutdown()
    desk.main_window.close()

    appearance.update(theme="standard", font_size=15)
    desk = desk_for(services, supervisor, appearance)
    shoot(desk.main_window, "main_window_large_text")
    desk.main_window.close()
    appearance.update(font_size=None)
    desk = desk_for(services, supervisor, appearance)
    desk.main_window.table.selectRow(2)
    shoot(desk.main_window, "main_window")  # the README's first picture
    desk.main_window.close()

    desk = desk_for(services, admin, appearance)
    settings = desk.main_window.open_settings()
    settings.adjustSize()
    shoot(settings, "settings_personal")
    settings.tabs.setCurrentIndex(1)
    shoot(settings, "settings_office")
    settings.reject()

    # The personal-information step with its suggestion, and the referral that follows it.
    view = desk.workspace.new_intake()
    view.reception.channel.set_code("01")
    view.reception.category.set_code("01")
    view.content_step.subject.setText("名簿業者からと思われる勧誘電話")
    view.content_step.narrative.setPlainText(NARRATIVE)
    view.go_to_step(6)
    wait_for_suggestion(view)
    shoot(desk.workspace, "intake_07_pi_suggestion")
    suggestion = view.pi_step.suggestion_widget
    suggestion.accept_suggestion()  # type: ignore[union-attr]
    settle()
    shoot(desk.workspace, "intake_07_pi_accepted")
    stored = view.save()
    assert stored is not None and stored.id is not None
    dialog = ReferralDialog(services, admin, stored.id, destination_id="N01", kind="INTRO", parent=desk.workspace)
    dialog.show()
    dialog.adjustSize()
    shoot(dialog, "referral_dialog")
    dialog.reject()
    follow_up = desk.main_window.open_referral_follow_up()
    shoot(follow_up, "referral_follow_up")
    follow_up.close()
    desk.workspace.shutdown()
    desk.main_window.close()
    QThreadPool.globalInstance().waitForDone(30_000)
    for path in shots:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    db.close()
    return 0


def wait_for_suggestion(view: object) -> None:
    suggestion = view.pi_step.suggestion_widget  # type: ignore[attr-defined]
    deadline = time.time() + 10
    while time.time() < deadline and (suggestion.is_busy() or suggestion.result() is None):
        settle(2)
    settle()


if __name__ == "__main__":
    sys.exit(main())
