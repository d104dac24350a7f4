"""Render docs/screenshots for the 対応事例集, the 情報提供 report and the dashboard's surge alerts from demo data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/casebook2_screenshots.py [--english]

Needs pdftoppm (poppler-utils). The PDFs are anonymised by construction; the windows
show demo data only (no personal field is on screen in any of them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHOTS = ROOT / "docs" / "screenshots"
DPI = 80
NOW = dt.datetime(2026, 11, 27, 16, 0)


def _pages_to_png(pdf: bytes, stem: str, work: Path, *, first: int = 1, last: int = 2) -> list[Path]:
    source = work / f"{stem}.pdf"
    source.write_bytes(pdf)
    for old in SHOTS.glob(f"{stem}_p*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", str(first), "-l", str(last), str(source), str(work / stem)], check=True
    )
    written = []
    for index, page in enumerate(sorted(work.glob(f"{stem}-*.png")), start=first):
        target = SHOTS / f"{stem}_p{index}.png"
        page.replace(target)
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--english", action="store_true", help="windows in English (suffix _en)")
    args = parser.parse_args()
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from counselor_app.bootstrap import open_services
    from counselor_app.domain.clock import FixedClock
    from counselor_app.domain.entities import Actor
    from counselor_app.paths import AppPaths, resources_dir
    from counselor_app.persistence.engine import resolve_target
    from counselor_app.services.preferences import Preferences
    from counselor_app.ui.appearance import Appearance
    from counselor_app.ui.fonts import ensure_japanese_font
    from counselor_app.ui.i18n import install_translators
    from counselor_app.ui.main_window import MainWindow

    SHOTS.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    ensure_japanese_font(app, resources_dir() / "fonts")
    suffix = "_en" if args.english else ""
    translators = install_translators(app, "en" if args.english else "ja", resources_dir() / "i18n")
    # The theme's style sheet, as the application applies it at start (dashboard figures, roles).
    appearance = Appearance(app, Preferences(language="en" if args.english else "ja"))
    appearance.apply()

    def settle(condition, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
        deadline = time.time() + seconds
        while not condition() and time.time() < deadline:
            app.processEvents()
            time.sleep(0.02)
        deadline = time.time() + 1.5
        while time.time() < deadline:
            app.processEvents()
            time.sleep(0.02)

    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        services, _ = open_services(
            AppPaths.resolve(work / "data"), resolve_target(work / "demo.db"), create=True, clock=FixedClock(NOW)
        )
        admin = Actor(login="setup", role="admin", office_code="990001")
        services.setup.initialise(admin, office_code="990001", office_name="さくら市消費生活センター")
        services.demo.generate(admin, 6000, seed=1, end=NOW.date())
        services.setup.change_setting(admin, "surge_case_count", 25)
        supervisor = Actor(login="yamamoto.s", role="supervisor", office_code="990001", display_name="山本 誠")
        start, end = dt.date(2026, 4, 1), NOW.date()
        if not args.english:
            casebook = services.reports.casebook_pdf(supervisor, start, end, per_theme=2)
            written += _pages_to_png(casebook.pdf, "casebook_report", work, first=1, last=3)
            busiest = services.businesses.busiest(limit=1)[0][0]
            assert busiest.id is not None
            information = services.reports.business_pdf(supervisor, busiest.id, listed=20)
            written += _pages_to_png(information.pdf, "business_report", work, first=1, last=2)

        window = MainWindow(services, supervisor)
        window.resize(1366, 768)
        window.show()
        assert window.dashboard is not None
        settle(lambda: window.dashboard.figures is not None and bool(window.dashboard.surge.alerts))
        window.grab().save(str(SHOTS / f"dashboard_surge{suffix}.png"))
        written.append(SHOTS / f"dashboard_surge{suffix}.png")

        reports = window.open_casebook_report()
        reports.resize(1366, 768)
        reports.show_casebook(start, end, generate=True)
        settle(reports.preview.is_ready)
        reports.grab().save(str(SHOTS / f"casebook_report_window{suffix}.png"))
        written.append(SHOTS / f"casebook_report_window{suffix}.png")

        window.open_business_window()
        business_window = window.business_window
        assert business_window is not None
        business_window.resize(1366, 768)
        busiest = services.businesses.busiest(limit=1)[0][0]
        assert busiest.id is not None
        business_window.show_business(busiest.id)
        settle(lambda: business_window.profile is not None)
        business_window.grab().save(str(SHOTS / f"business_information{suffix}.png"))
        written.append(SHOTS / f"business_information{suffix}.png")
        window.wait_for_background()
        QThreadPool.globalInstance().waitForDone()
        services.close()
    del translators
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
