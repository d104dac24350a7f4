"""Helpers shared by `counselor` subcommands: opening services, the CLI actor, argument types."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class CliError(Exception):
    """An expected failure: printed as one line, exit code 1."""


def date_arg(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日付は YYYY-MM-DD で指定してください: {text}") from exc


def non_negative(text: str) -> int:
    """argparse type for counts."""
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"整数を指定してください: {text}") from exc
    if value < 0:
        raise argparse.ArgumentTypeError(f"0以上を指定してください: {text}")
    return value


# Heavy modules (SQLAlchemy, reportlab) are imported inside these helpers so that
# `counselor --version` and `--help` answer instantly.


def app_paths(args: argparse.Namespace) -> Any:
    """AppPaths from --data-dir."""
    from counselor_app.paths import AppPaths

    return AppPaths.resolve(args.data_dir)


def open_services(args: argparse.Namespace, *, create: bool) -> Any:
    """Open the database named by the global options and build services."""
    from counselor_app.bootstrap import database_target, open_services, read_passphrase

    paths = app_paths(args)
    target = database_target(paths, args.db, read_passphrase(args.passphrase_file))
    services, _migration = open_services(paths, target, create=create)
    return services


def cli_actor(services: Any) -> Any:
    """The audited actor of command-line administration."""
    from counselor_app.bootstrap import system_actor

    return system_actor(services, f"cli:{getpass.getuser()}")


def run_as_cli_actor(args: argparse.Namespace, work: Callable[[Any, Any], T]) -> T:
    """Open the database, run ``work(services, actor)`` as the command-line actor, close it again."""
    services = open_services(args, create=False)
    try:
        return work(services, cli_actor(services))
    finally:
        services.close()
