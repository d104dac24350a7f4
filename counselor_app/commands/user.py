"""`counselor user`: add, list, disable/enable, reset passwords, change roles and unlock users (admin path)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from counselor_app.commands._common import cli_actor, open_services, run_as_cli_actor

ROLES = ("counselor", "supervisor", "admin")


def register(commands: Any) -> None:
    """Add the ``user`` parser and its sub-commands."""
    parser = commands.add_parser("user", help="利用者を管理する（追加・一覧・無効化・パスワード再設定）")
    actions = parser.add_subparsers(dest="user_action", metavar="ACTION", parser_class=type(parser))
    actions.required = True

    add = actions.add_parser("add", help="利用者を追加する")
    add.add_argument("--login", required=True, help="ログイン名（英数字と . _ -）")
    add.add_argument("--name", required=True, help="表示名（例: 佐藤 陽子）")
    add.add_argument("--role", required=True, choices=ROLES, help="役割")
    add.add_argument("--office", help="所属コード（既定: この端末の所属）")
    add.add_argument("--password-file", required=True, help="初期パスワードを1行で書いたファイル")
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="利用者の一覧")
    listing.add_argument("--json", action="store_true", help="JSON で出力する")
    listing.set_defaults(handler=run_list)

    for name, text in (("disable", "利用者を無効にする（記録は残る）"), ("enable", "無効にした利用者を戻す")):
        sub = actions.add_parser(name, help=text)
        sub.add_argument("login")
        sub.set_defaults(handler=run_active, active=name == "enable")

    reset = actions.add_parser("reset-password", help="パスワードを再設定する（ロックも解除）")
    reset.add_argument("login")
    reset.add_argument("--password-file", required=True, help="新しいパスワードを1行で書いたファイル")
    reset.set_defaults(handler=run_reset)

    role = actions.add_parser("set-role", help="役割を変える")
    role.add_argument("login")
    role.add_argument("role", choices=ROLES)
    role.set_defaults(handler=run_role)

    unlock = actions.add_parser("unlock", help="ログイン失敗によるロックを解除する")
    unlock.add_argument("login")
    unlock.set_defaults(handler=run_unlock)


def _password(path: str) -> str:
    from counselor_app.bootstrap import read_secret_file

    return read_secret_file(path, "パスワード")


def run_add(args: argparse.Namespace) -> int:
    """Create a user who can sign in."""
    password = _password(args.password_file)
    services = open_services(args, create=False)
    try:
        actor = cli_actor(services)
        office = args.office or actor.office_code
        account = services.users.add(
            actor, login=args.login, display_name=args.name, role=args.role, office_code=office, password=password
        )
    finally:
        services.close()
    print(f"利用者を追加しました: {account.login}（{account.role}、所属 {account.office_code}）")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Print users (never hashes)."""
    services = open_services(args, create=False)
    try:
        accounts = services.users.accounts(cli_actor(services))
        now = services.clock.now()
    finally:
        services.close()
    rows = [
        {
            "login": account.login,
            "name": account.display_name,
            "role": account.role,
            "office": account.office_code,
            "active": account.active,
            "can_sign_in": account.active and account.has_password,
            "locked": account.is_locked(now),
            "failed_logins": account.failed_logins,
            "last_login_at": account.last_login_at.isoformat() if account.last_login_at else None,
        }
        for account in accounts
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        state = "有効" if row["active"] else "無効"
        if row["locked"]:
            state += "・ロック中"
        if not row["can_sign_in"] and row["active"]:
            state += "・パスワード未設定"
        print(f"{row['login']:<16} {row['role']:<10} {row['office']}  {state}  {row['name']}")
    return 0


def run_active(args: argparse.Namespace) -> int:
    """Disable or re-enable a user."""
    run_as_cli_actor(args, lambda services, actor: services.users.set_active(actor, args.login, args.active))
    print(f"{args.login} を{'有効' if args.active else '無効'}にしました")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    """Set a new password."""
    password = _password(args.password_file)
    run_as_cli_actor(args, lambda services, actor: services.users.reset_password(actor, args.login, password))
    print(f"{args.login} のパスワードを再設定しました")
    return 0


def run_role(args: argparse.Namespace) -> int:
    """Change a role."""
    run_as_cli_actor(args, lambda services, actor: services.users.set_role(actor, args.login, args.role))
    print(f"{args.login} の役割を {args.role} にしました")
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    """Lift a lockout."""
    run_as_cli_actor(args, lambda services, actor: services.users.unlock(actor, args.login))
    print(f"{args.login} のロックを解除しました")
    return 0

