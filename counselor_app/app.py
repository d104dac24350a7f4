"""Composition root of the GUI: QApplication, fonts, translations, opening the database, sign-in and the main window."""

from __future__ import annotations

import dataclasses
import getpass
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QObject,
    QThreadPool,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from counselor_app.domain.calendar import wareki
from counselor_app.domain.clock import SystemClock
from counselor_app.domain.entities import Actor
from counselor_app.paths import AppPaths, resources_dir
from counselor_app.services.backup_service import BackupInfo, newest_good_backup, restore_database
from counselor_app.services.container import Services
from counselor_app.services.preferences import Preferences, PreferencesStore, effective_language
from counselor_app.ui.appearance import Appearance
from counselor_app.ui.background_tasks import Background
from counselor_app.ui.desk import Desk
from counselor_app.ui.first_run_dialog import FirstRunDialog
from counselor_app.ui.fonts import ensure_japanese_font
from counselor_app.ui.i18n import install_translators
from counselor_app.ui.login_dialog import LoginDialog
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.passphrase_dialog import ask_passphrase
from counselor_app.ui.session import DeskSession

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1366, 768)  # the common office laptop
SCREENSHOT_DELAY_MS = 200


# Qt messages that say nothing to a user or a maintainer (offscreen rendering only).
_IGNORED_QT_MESSAGES = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


def _qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message in _IGNORED_QT_MESSAGES:
        return
    level = logging.DEBUG if mode == QtMsgType.QtDebugMsg else logging.WARNING
    logging.getLogger("qt").log(level, "%s", message)


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    qInstallMessageHandler(_qt_message_handler)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("counselor-app")
    app.setApplicationDisplayName("相談記録")
    app.setOrganizationName("counselor")
    return app


def show_fatal_error(message: str, *, interactive: bool = True) -> None:
    """Tell the user why the app cannot start: stderr always, a dialog when a screen exists.

    ``interactive=False`` (screenshots) never opens a dialog: nobody would close it.
    """
    print(f"counselor-app: {message}", file=sys.stderr)
    from counselor_app.qt_runtime import display_problem

    offscreen = os.environ.get("QT_QPA_PLATFORM") == "offscreen" or "offscreen" in (
        sys.argv + [str(QApplication.platformName())]
    )
    if interactive and display_problem() is None and not offscreen:
        app = _application()
        ensure_japanese_font(app, resources_dir() / "fonts")
        QMessageBox.critical(None, "相談記録", message)


SignIn = Callable[[Services, "str | None"], "Actor | None"]


def interactive_sign_in(
    services: Services, login: str | None = None, *, typed: tuple[str, str] | None = None
) -> Actor | None:
    """The first-run wizard on a database without an administrator, else the sign-in dialog.

    ``typed`` (the COUNSELOR_UI_SCRIPT test hook) fills in the dialog and presses sign-in
    as a user would; the password is verified exactly as when typed by hand.
    """
    settings = services.setup.settings()
    office_code = str(settings.get("office_code"))
    dialog: FirstRunDialog | LoginDialog
    if services.auth.needs_first_run():
        dialog = FirstRunDialog(services.auth, office_code=office_code)
    else:
        offices = {office.code: office.name for office in services.setup.offices()}
        label = (
            QCoreApplication.translate("App", "所属: %1（%2）")
            .replace("%1", offices.get(office_code, office_code))
            .replace("%2", office_code)
        )
        dialog = LoginDialog(services.auth, office_label=label, login=login or "")
        if typed is not None:
            login_dialog = dialog

            def _type_credentials() -> None:
                login_dialog.login_edit.setText(typed[0])
                login_dialog.password_edit.setText(typed[1])
                login_dialog.sign_in_button.click()

            QTimer.singleShot(0, _type_credentials)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


class _InputBlocker(QObject):
    """Swallows keyboard and mouse input: the screenshot window shows, it cannot be used."""

    _BLOCKED = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
            QEvent.Type.InputMethod,
            QEvent.Type.Shortcut,
            QEvent.Type.ShortcutOverride,
        }
    )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        return event.type() in self._BLOCKED


def _daily_backup(services: Services, *, refresh: bool) -> None:
    try:
        services.backups.daily(refresh=refresh)
    except Exception:  # a failed automatic backup must not stop the desk; the log says why
        log.exception("automatic daily backup failed")


def save_screenshot(window: MainWindow, path: Path) -> bool:
    """Render the window to a PNG (offscreen works)."""
    pixmap = window.grab()
    return bool(pixmap.save(str(path), "PNG"))


def prepare_application(language: str | None = None) -> tuple[QApplication, list[object]]:
    """The QApplication with the Japanese font and the translators installed (kept referenced)."""
    app = _application()
    resources = resources_dir()
    family = ensure_japanese_font(app, resources / "fonts")
    log.info("UI font: %s", family)
    translators = install_translators(app, language or "ja", resources / "i18n")
    # Window managers show it after every window title: in the interface language too.
    app.setApplicationDisplayName(QCoreApplication.translate("App", "相談記録"))
    return app, list(translators)


def run(
    paths: AppPaths,
    services: Services,
    *,
    screenshot: str | None = None,
    language: str | None = None,
    user: str | None = None,
    sign_in: SignIn | None = None,
    preferences: Preferences | None = None,
) -> int:
    """Build the GUI over open services, sign in, run the event loop; returns the exit code.

    ``preferences`` (language, font size, theme) are read from the user's config dir
    when not given; ``language`` (``--lang``) wins over the stored language.

    With ``screenshot`` nobody signs in: a view-only session (audited as
    ``screenshot``) renders the main window, which takes no input, saves it and exits.
    """
    store = PreferencesStore(paths.settings_file)
    if preferences is None:
        preferences = store.load()
    language = effective_language(preferences, language)
    app, translators = prepare_application(language)
    appearance = Appearance(app, preferences, store, language=language)
    appearance.apply()
    services.setup.initialise(Actor(login="system", role="admin", office_code="000000"))
    background = Background(app)
    session: DeskSession | None = None
    blocker: _InputBlocker | None = None
    if screenshot:
        actor = services.auth.screenshot_session(getpass.getuser())
        blocker = _InputBlocker(app)
        app.installEventFilter(blocker)
    else:
        # Today's automatic backup (if there is none yet) runs while the user signs in.
        background.start(lambda: _daily_backup(services, refresh=False), lambda _r: None, lambda _e: None)
        script = os.environ.get("COUNSELOR_UI_SCRIPT")
        if sign_in is None and script:
            from counselor_app.ui.debug_script import scripted_credentials

            typed = scripted_credentials(Path(script))
            signed_in = interactive_sign_in(services, user, typed=typed)
        else:
            signed_in = (sign_in or interactive_sign_in)(services, user)
        if signed_in is None:
            background.wait()
            del translators
            return 0
        actor = signed_in
    desk = Desk(services, actor, appearance=appearance)
    window = desk.main_window
    window.resize(*SCREENSHOT_SIZE)
    if not screenshot:
        session = DeskSession(window, services, actor)
        session.actor_changed.connect(desk.replace_actor)
    window.show()
    runner = None
    script = os.environ.get("COUNSELOR_UI_SCRIPT")
    if script:
        # Hidden test hook (crash-recovery test): see counselor_app/ui/debug_script.py.
        from counselor_app.ui.debug_script import ScriptRunner

        runner = ScriptRunner(desk, Path(script))
        runner.start()
    exit_code = 0
    if os.environ.get("COUNSELOR_REPORT_STARTUP"):
        # benchmarks/scale.py: wall-clock moment the window has been painted with its first page.
        QTimer.singleShot(0, lambda: print(f"window-ready {time.time():.6f}", flush=True))
    if screenshot:
        target = Path(screenshot)

        def _shoot() -> None:
            nonlocal exit_code
            if not save_screenshot(window, target):
                print(f"counselor-app: スクリーンショットを保存できません: {target}", file=sys.stderr)
                exit_code = 1
            app.quit()

        QTimer.singleShot(SCREENSHOT_DELAY_MS, _shoot)
    result = app.exec()
    if blocker is not None:
        app.removeEventFilter(blocker)
    # Close the windows now and let one short event loop take the quit requests still queued,
    # so that none is left for the next event loop of this process (tests run the app in-process).
    window.close()
    desk.workspace.close()
    settle = QEventLoop()
    QTimer.singleShot(0, settle.quit)
    settle.exec()
    # Background work (dashboard counts, report generation) ends before the database closes.
    QThreadPool.globalInstance().waitForDone(30_000)
    window.wait_for_background()
    if session is not None:
        session.end()
        background.wait()
        _daily_backup(services, refresh=True)
    del translators, runner
    return exit_code or int(result)


# -- opening a locked or damaged database ------------------------------------------------------

AskPassphrase = Callable[[str, "str | None"], "str | None"]
ConfirmRestore = Callable[[str, BackupInfo], bool]
Tell = Callable[[str], None]


def confirm_restore(problem: str, backup: BackupInfo) -> bool:
    """Offer the newest good backup after the database failed to open."""
    text = (
        QCoreApplication.translate(
            "App",
            "データベースを開けません：%1\n\n最新の正常なバックアップ（%2、%3）から復元しますか？"
            "\n壊れたファイルは backups フォルダーに残します。",
        )
        .replace("%1", problem)
        .replace("%2", f"{wareki(backup.modified.date())} {backup.modified:%H:%M}")
        .replace("%3", backup.path.name)
    )
    answer = QMessageBox.warning(
        None,
        QCoreApplication.translate("App", "相談記録 — データベースの復元"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def _tell(message: str) -> None:
    print(f"counselor-app: {message}", file=sys.stderr)
    QMessageBox.critical(None, QCoreApplication.translate("App", "相談記録"), message)


def open_with_recovery(
    paths: AppPaths,
    target: object,
    error: Exception,
    *,
    ask: AskPassphrase | None = None,
    confirm: ConfirmRestore | None = None,
    tell: Tell | None = None,
) -> Services | None:
    """Open a database that needs a passphrase or is damaged, asking the user; None when they give up.

    An encrypted database asks for its passphrase (again after a wrong one). A
    damaged file offers the newest backup that passes validation; the damaged file
    is kept beside the backups and the restore is audited.
    """
    from counselor_app.bootstrap import backup_dir_for, open_services
    from counselor_app.persistence.engine import (
        DamagedDatabaseError,
        DatabaseOpenError,
        DatabaseTarget,
        PassphraseRequiredError,
        WrongPassphraseError,
    )

    assert isinstance(target, DatabaseTarget)
    ask = ask or (lambda where, problem: ask_passphrase(where, problem))
    confirm = confirm or confirm_restore
    tell = tell or _tell
    backup_dir = backup_dir_for(paths, target) if target.path is not None else None
    current: Exception = error
    for _attempt in range(20):
        if isinstance(current, PassphraseRequiredError | WrongPassphraseError):
            # A backup that opens with this passphrase proves it right: the file is damaged.
            if (
                isinstance(current, WrongPassphraseError)
                and backup_dir is not None
                and newest_good_backup(backup_dir, target.passphrase, limit=3) is not None
            ):
                current = DamagedDatabaseError(str(current))
                continue
            problem = (
                QCoreApplication.translate("App", "パスフレーズが違います。もう一度入力してください。")
                if isinstance(current, WrongPassphraseError)
                else None
            )
            passphrase = ask(target.describe(), problem)
            if passphrase is None:
                return None
            target = dataclasses.replace(target, passphrase=passphrase)
        elif isinstance(current, DamagedDatabaseError) and backup_dir is not None:
            good = newest_good_backup(backup_dir, target.passphrase)
            if good is None:
                tell(
                    QCoreApplication.translate("App", "%1\n使えるバックアップが見つかりません（%2）。")
                    .replace("%1", str(current))
                    .replace("%2", str(backup_dir))
                )
                return None
            if not confirm(str(current), good):
                return None
            try:
                result = restore_database(target, good.path, backup_dir, now=SystemClock().now())
                services, _migration = open_services(paths, target, create=False)
            except (DatabaseOpenError, OSError) as exc:
                tell(str(exc))
                return None
            services.audit.record_now(
                "system",
                "restore",
                "database",
                None,
                source=good.path.name,
                replaced_copy=result.replaced_copy.name if result.replaced_copy else None,
                reason="damaged_at_start",
            )
            return services
        else:
            tell(str(current))
            return None
        try:
            services, _migration = open_services(paths, target, create=True)
        except (PassphraseRequiredError, WrongPassphraseError, DamagedDatabaseError) as exc:
            current = exc
            continue
        except DatabaseOpenError as exc:
            tell(str(exc))
            return None
        return services
    return None
