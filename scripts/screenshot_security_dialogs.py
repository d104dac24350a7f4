"""Render the sign-in, first-run, user-administration and lock dialogs to docs/screenshots/ (synthetic data).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_security_dialogs.py [--lang ja|en]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402

from counselor_app.app import prepare_application  # noqa: E402
from counselor_app.domain.clock import FixedClock  # noqa: E402
from counselor_app.domain.entities import Actor  # noqa: E402
from counselor_app.paths import resources_dir  # noqa: E402
from counselor_app.persistence.database import open_database  # noqa: E402
from counselor_app.persistence.engine import resolve_target  # noqa: E402
from counselor_app.services.auth_service import FirstRun  # noqa: E402
from counselor_app.services.container import build_services  # noqa: E402
from counselor_app.services.reference_data import load_reference_data  # noqa: E402
from counselor_app.ui.first_run_dialog import FirstRunDialog  # noqa: E402
from counselor_app.ui.login_dialog import LoginDialog  # noqa: E402
from counselor_app.ui.user_dialog import UsersDialog  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("ja", "en"), default="ja")
    args = parser.parse_args()
    app, _translators = prepare_application(args.lang)
    suffix = "" if args.lang == "ja" else "_en"
    with tempfile.TemporaryDirectory() as tmp:
        database, _ = open_database(resolve_target(Path(tmp) / "demo.db"), create=True)
        services = build_services(database, load_reference_data(resources_dir() / "reference"), FixedClock(dt.datetime(2026, 11, 27, 10, 30)))
        services.setup.initialise(Actor(login="setup", role="admin", office_code="000000"))

        def shoot(widget: object, name: str) -> None:
            widget.show()  # type: ignore[attr-defined]
            app.processEvents()
            widget.grab().save(str(OUT / f"{name}{suffix}.png"))  # type: ignore[attr-defined]
            widget.hide()  # type: ignore[attr-defined]

        shoot(FirstRunDialog(services.auth), "first_run")
        admin = services.auth.create_first_admin(
            FirstRun("990001", "さくら市消費生活センター", "admin", "管理者（デモ）", "demo-pass-2026")
        )
        services.demo.generate(admin, 50, seed=1, end=dt.date(2026, 11, 27))
        label = QCoreApplication.translate("App", "所属: %1（%2）").replace("%1", "さくら市消費生活センター")
        shoot(LoginDialog(services.auth, office_label=label.replace("%2", "990001")), "login")
        shoot(UsersDialog(services, admin), "users")
        database.close()
    print(f"written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
