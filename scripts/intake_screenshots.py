"""Render every intake step (and the list, detail, picker, conflict views) at 1366×768 with synthetic data.

Usage: .venv/bin/python scripts/intake_screenshots.py [--out docs/screenshots] [--lang ja|en]

Everything shown is invented: a temporary database filled by the demo generator and a
case typed into the intake as a counselor would (names are marked 架空, "fictitious").
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from counselor_app.domain.clock import FixedClock  # noqa: E402
from counselor_app.domain.entities import Actor  # noqa: E402
from counselor_app.paths import resources_dir  # noqa: E402
from counselor_app.persistence.database import open_database  # noqa: E402
from counselor_app.persistence.engine import resolve_target  # noqa: E402
from counselor_app.services.container import build_services  # noqa: E402
from counselor_app.services.reference_data import load_reference_data  # noqa: E402
from counselor_app.ui.cases.case_detail_view import CaseDetailView  # noqa: E402
from counselor_app.ui.desk import Desk  # noqa: E402
from counselor_app.ui.fonts import ensure_japanese_font  # noqa: E402
from counselor_app.ui.i18n import install_translators  # noqa: E402
from counselor_app.ui.intake.intake_view import IntakeView  # noqa: E402

SIZE = (1366, 768)
NOW = dt.datetime(2026, 11, 27, 10, 42)
STEP_FILES = (
    "intake_01_reception",
    "intake_02_consultant",
    "intake_03_party",
    "intake_04_business",
    "intake_05_product",
    "intake_06_content",
    "intake_07_personal_info",
    "intake_08_handling",
    "intake_09_review",
)


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def commit(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def fill(view: IntakeView, app: QApplication) -> None:
    """Type a synthetic 定期購入 complaint into the intake."""
    reception = view.reception
    reception.channel.set_code("01")
    reception.category.set_code("01")
    reception.time_input.set_text("10:31")
    person = view.consultant_step
    person.name.setText("架空 花子")
    person.name_kana.setText("カクウ ハナコ")
    person.phone.setText("090-0000-0000")
    person.postal_code.setText("000-0000")
    person.address.setText("架空市架空町1-2-3")
    person.age.set_text("72")
    person._derive_band()
    person.gender.set_code("F")
    person.occupation.set_code("03")
    person.prefecture.set_code("13")
    person.municipality.setText("架空市")
    view.party_step.same.setChecked(True)
    business = view.business_step.picker
    business.edit.setText("さくら")
    view.classification_step.product.set_code("0201")
    view.classification_step.sales_form.set_code("03")
    view.classification_step.methods.set_codes(["01", "02"])
    view.classification_step.keywords.set_codes(["08", "06"])
    content = view.content_step
    content.subject.setText("健康食品の定期購入の解約")
    content.narrative.setPlainText(
        "SNSの広告で「初回500円」の健康食品を申し込んだ。2回目から毎月5,980円の定期購入だと後で分かった。"
        "解約の電話がつながらず、事業者からはメールで残り4回分の支払いを求められている。\n"
        "広告には「いつでも解約できる」とあった。注文確認メールは保存している。解約したい。"
    )
    content.contract_amount.set_text("2万4千円")
    content.paid_amount.set_text("６，４８０円")
    content.payment.set_code("02")
    view.pi_step.set_assessment(related="no")
    handling = view.handling_step
    handling.entry_text.setText("通信販売の定期購入の契約条件と解約の申出方法を説明し、申出の記録を残すよう助言した")
    handling.add_entry()
    handling.counterpart.set_code("business")
    handling.entry_time.set_text("10:55")
    handling.entry_text.setText("事業者に連絡し、解約の受付と残額の扱いを確認した（回答待ち）")
    handling.add_entry()
    handling.result.set_code("01")
    view.refresh_problems()
    settle(app)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", choices=("ja", "en"), default="ja")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "ja" else "_en"

    app = QApplication(sys.argv[:1])
    ensure_japanese_font(app, resources_dir() / "fonts")
    translators = install_translators(app, args.lang, resources_dir() / "i18n")
    work = Path(tempfile.mkdtemp(prefix="intake-shots-"))
    db, _ = open_database(resolve_target(work / "demo.db"), create=True)
    clock = FixedClock(NOW)
    services = build_services(db, load_reference_data(resources_dir() / "reference"), clock)
    admin = Actor(login="setup", role="admin", office_code="131016")
    services.setup.initialise(admin, office_code="131016", office_name="架空市消費生活センター")
    services.demo.generate(admin, 400, seed=3, end=NOW.date())
    services.businesses.create(admin, "株式会社さくらヘルスケア通販", corporate_number="1010001000006")
    actor = Actor(login="sato.h", role="supervisor", office_code="131016", display_name="佐藤（架空）")

    desk = Desk(services, actor)
    desk.main_window.resize(*SIZE)
    desk.workspace.resize(*SIZE)
    desk.show()
    settle(app)
    view = desk.workspace.new_intake()
    settle(app)
    fill(view, app)
    shots: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        settle(app)
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        shots.append(path)

    for index, name in enumerate(STEP_FILES):
        view.go_to_step(index)
        settle(app)
        if index == 3:
            # The registry answers while the counselor types.
            view.business_step.picker.edit.setFocus()
            view.business_step.picker.refresh_suggestions()
        if index == 4:
            picker = view.classification_step.product
            picker.set_code(None)
            picker.edit.setFocus()
            settle(app)
            commit(picker.edit, "食料")
        shoot(desk.workspace, name)
        if index == 3:
            view.business_step.picker.hide_popup()
            match = services.businesses.suggest("さくらヘルスケア")[0].business
            view.business_step.picker.set_business(match, None)
            view.business_step._show_info()
        if index == 4:
            view.classification_step.product.take_highlighted()
            view.classification_step.product.set_code("0201")

    stored = view.save()
    assert stored is not None and stored.id is not None
    # Another desk saves first: the conflict panel shows both versions.
    other = Actor(login="suzuki.m", role="counselor", office_code="131016")
    theirs = services.cases.get(other, stored.id, audit_view=False)
    services.cases.save(other, dataclasses.replace(theirs, paid_amount=11960, subject="健康食品の定期購入（2回目請求）"))
    view.content_step.subject.setText("健康食品の定期購入の解約（返金希望）")
    view.content_step.subject.textEdited.emit(view.content_step.subject.text())
    view.go_to_step(5)
    view.save()
    shoot(desk.workspace, "intake_10_conflict")
    view.take_theirs()

    # The detail view with a re-consultation linked to this case.
    again = services.cases.register(
        actor,
        dataclasses.replace(
            services.cases.get(actor, stored.id, audit_view=False),
            id=None, uuid=None, case_no=None, version=0, handling=(), related_case_uuid=stored.uuid,
            subject="定期購入の解約（再相談）", received_at=NOW.replace(hour=10, minute=5),
            narrative="前回の相談後も解約できておらず、3回目の商品が届いた。",
        ),  # fmt: skip
    )
    services.cases.add_handling(actor, again.id, "consultant", "前回の助言の経過を聞き取った")
    desk.workspace.close_tab(desk.workspace.tabs.indexOf(view))
    detail = desk.workspace.open_detail(stored.id)
    assert isinstance(detail, CaseDetailView)
    detail.reload()
    shoot(desk.workspace, "intake_11_detail")

    # Inline checks while typing: an impossible date, paid above contract, what 苦情 still needs.
    checking = desk.workspace.new_intake()
    checking.reception.category.set_code("01")
    checking.reception.date_input.set_text("2026/02/30")
    checking.consultant_step.age.set_text("72")
    checking.consultant_step.age_band.set_code("A40")
    checking.content_step.subject.setText("訪問販売の屋根工事")
    checking.content_step.contract_amount.set_text("30万円")
    checking.content_step.paid_amount.set_text("45万円")
    checking.go_to_step(5)
    checking.refresh_problems()
    shoot(desk.workspace, "intake_13_inline_checks")
    checking.go_to_step(8)
    shoot(desk.workspace, "intake_14_review_missing")
    checking.discard_draft(reason="user")
    desk.workspace.close_tab(desk.workspace.tabs.indexOf(checking))

    # The case list with the new filters, and the banner offering unsaved drafts.
    services.drafts.save(actor, "shot-draft", {"case": None, "step": 0})
    desk.main_window.refresh()
    desk.refresh_drafts()
    shoot(desk.main_window, "intake_12_case_list")

    desk.workspace.shutdown()
    for path in shots:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    del translators
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
