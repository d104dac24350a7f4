"""Start-up of `counselor-app`: parse args -> paths -> logging -> DB open+migrate -> app (Qt last)."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from collections.abc import Sequence

from counselor_app import __version__


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """GUI options; parsed before any Qt import so that --version is instant."""
    parser = argparse.ArgumentParser(prog="counselor-app", description="相談記録（画面）")
    parser.add_argument("--version", action="version", version=f"counselor-app {__version__}")
    parser.add_argument("--db", help="データベース: ファイルパス、sqlite:///… または postgresql://…")
    parser.add_argument("--data-dir", help="データディレクトリ（既定: OS のユーザーデータディレクトリ）")
    parser.add_argument("--passphrase-file", help="暗号化データベースのパスフレーズを書いたファイル")
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="起動後の画面を PNG に保存して終了する（ログインなし・操作不可の閲覧専用表示、監査ログに記録）",
    )
    parser.add_argument("--user", metavar="LOGIN", help="ログイン画面に入れておくログイン名")
    parser.add_argument("--lang", choices=("ja", "en"), help="表示言語（既定: 設定または ja）")
    parser.add_argument("--log-level", choices=("debug", "info", "warning"), default="info")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = parse_args(argv)
    from counselor_app.qt_runtime import display_problem

    if args.screenshot and display_problem() is not None:
        # A screenshot needs no screen: render offscreen rather than fail.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    problem = display_problem()
    if problem is not None:
        print(f"counselor-app: {problem}", file=sys.stderr)
        return 1

    from counselor_app.bootstrap import (
        PassphraseError,
        database_target,
        open_services,
        read_passphrase,
    )
    from counselor_app.domain.errors import DomainError
    from counselor_app.logging_setup import configure_logging
    from counselor_app.paths import AppPaths, DataDirError
    from counselor_app.persistence.engine import (
        DamagedDatabaseError,
        DatabaseOpenError,
        PassphraseRequiredError,
        WrongPassphraseError,
    )
    from counselor_app.services.preferences import PreferencesStore, effective_language

    recoverable: Exception | None = None
    try:
        paths = AppPaths.resolve(args.data_dir).create()
        configure_logging(paths.log_dir, args.log_level)
        # Preferences (language, font size, theme) are plain JSON: read before Qt starts.
        preferences = PreferencesStore(paths.settings_file).load()
        language = effective_language(preferences, args.lang)
        target = database_target(paths, args.db, read_passphrase(args.passphrase_file))
        services, _migration = open_services(paths, target, create=True)
    except (PassphraseRequiredError, WrongPassphraseError, DamagedDatabaseError) as exc:
        # A person can answer these (passphrase, restore from backup); a screenshot cannot.
        if args.screenshot or target.path is None:
            from counselor_app.app import show_fatal_error

            show_fatal_error(str(exc), interactive=not args.screenshot)
            return 1
        recoverable = exc
    except (DomainError, DatabaseOpenError, DataDirError, PassphraseError) as exc:
        from counselor_app.app import show_fatal_error

        show_fatal_error(str(exc), interactive=not args.screenshot)
        return 1

    from counselor_app.app import open_with_recovery, prepare_application, run

    if recoverable is not None:
        _app, translators = prepare_application(language)
        opened = open_with_recovery(paths, target, recoverable)
        del translators
        if opened is None:
            return 1
        services = opened

    try:
        return run(
            paths,
            services,
            screenshot=args.screenshot,
            language=args.lang,
            user=args.user,
            preferences=preferences,
        )
    finally:
        services.close()


if __name__ == "__main__":
    # A frozen build starts the import's search-text helper process (services/index_helper)
    # from this same executable; freeze_support makes that run the helper, not a second app.
    multiprocessing.freeze_support()
    sys.exit(main())
