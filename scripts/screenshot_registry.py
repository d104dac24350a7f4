"""Render the business window and the surge-alert widget on synthetic demo data for the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_registry.py [--lang en]

Writes docs/screenshots/business_window.png (1366×768) and docs/screenshots/surge_alerts.png.
Every name, phone number and business in them is invented by `counselor demo`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from counselor_app.domain.clock import FixedClock  # noqa: E402
from counselor_app.domain.entities import Actor  # noqa: E402
from counselor_app.paths import resources_dir  # noqa: E402
from counselor_app.persistence.database import open_database  # noqa: E402
from counselor_app.persistence.engine import resolve_target  # noqa: E402
from counselor_app.services.container import build_services  # noqa: E402
from counselor_app.services.reference_data import load_reference_data  # noqa: E402
from counselor_app.ui.business_window import BusinessWindow  # noqa: E402
from counselor_app.ui.fonts import ensure_japanese_font  # noqa: E402
from counselor_app.ui.i18n import install_translators  # noqa: E402
from counselor_app.ui.surge_alerts_widget import SurgeAlertsWidget  # noqa: E402

END = dt.date(2026, 11, 27)


def settle(app: QApplication, wait: object) -> None:
    """Let background loads finish and their results reach the widgets."""
    for _ in range(40):
        wait()  # type: ignore[operator]
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="ja")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    app = QApplication([])
    ensure_japanese_font(app, resources_dir() / "fonts")
    translators = install_translators(app, args.lang, resources_dir() / "i18n")
    # The widgets live inside render(), so they are gone before the QApplication is.
    written = render(app, args.lang, args.out)
    del translators
    print(f"wrote {', '.join(str(path) for path in written)}")  # noqa: T201
    return 0


def render(app: QApplication, lang: str, out: Path) -> list[Path]:
    """Build demo data, render both widgets, return the files written."""
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = open_database(resolve_target(Path(tmp) / "demo.db"), create=True)
        services = build_services(
            db, load_reference_data(resources_dir() / "reference"), FixedClock(dt.datetime(2026, 11, 27, 16, 0))
        )
        supervisor = Actor(login="demo-supervisor", role="supervisor", office_code="990001", display_name="所長")
        services.demo.generate(supervisor, 3000, seed=1, end=END)
        # A busy business that was also registered under another spelling: merge the
        # variant into it, as a supervisor would, and show the result.
        shown = None
        for business, _cases in services.businesses.busiest(limit=20):
            assert business.id is not None
            variants = [
                match
                for match in services.businesses.similar_records(business.id)
                if match.kind in ("name_exact", "phone") and match.business.id is not None
            ]
            if variants:
                services.businesses.merge(supervisor, business.id, variants[0].business.id or 0)
                shown = business
                break
        assert shown is not None and shown.id is not None
        window = BusinessWindow(services, supervisor)
        window.resize(1366, 768)
        window.show()
        settle(app, window.wait_idle)
        window.search_edit.setText(shown.display_name)
        window.search_now()
        settle(app, window.wait_idle)
        window.show_business(shown.id)
        settle(app, window.wait_idle)
        out.mkdir(parents=True, exist_ok=True)
        suffix = "" if lang == "ja" else f"_{lang}"
        written = [out / f"business_window{suffix}.png", out / f"surge_alerts{suffix}.png"]
        window.grab().save(str(written[0]))
        alerts = SurgeAlertsWidget(services)
        alerts.resize(1000, 300)
        alerts.show()
        settle(app, alerts.wait_idle)
        alerts.grab().save(str(written[1]))
        window.close()
        alerts.close()
        db.close()
    return written


if __name__ == "__main__":
    sys.exit(main())
