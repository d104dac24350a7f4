"""`counselor office`: register branch offices (so their bundles can be imported) and list offices."""

from __future__ import annotations

import argparse
import json
from typing import Any

from counselor_app.commands._common import cli_actor, open_services


def register(commands: Any) -> None:
    """Add the ``office`` parser and its actions."""
    parser = commands.add_parser("office", help="所属（センター・支所）の登録と一覧")
    actions = parser.add_subparsers(dest="office_action", metavar="ACTION", parser_class=type(parser))
    actions.required = True
    add = actions.add_parser("add", help="支所などの所属を登録する（管理者）")
    add.add_argument("code", metavar="CODE", help="所属コード（6桁）")
    add.add_argument("--name", required=True, help="所属名")
    add.add_argument("--parent", help="親の所属コード（例: センター）")
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help="登録されている所属を表示する")
    listing.add_argument("--json", action="store_true", help="JSON で出力する")
    listing.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace) -> int:
    """Register an office (idempotent)."""
    from counselor_app.domain.entities import Office

    services = open_services(args, create=False)
    try:
        created = services.sync.register_office(
            cli_actor(services), Office(code=args.code, name=args.name, parent_code=args.parent)
        )
    finally:
        services.close()
    print(f"所属 {args.code} を登録しました" if created else f"所属 {args.code} はすでに登録されています")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Print the offices."""
    services = open_services(args, create=False)
    try:
        offices = services.setup.offices()
    finally:
        services.close()
    if args.json:
        print(
            json.dumps(
                [{"code": o.code, "name": o.name, "parent": o.parent_code} for o in offices], ensure_ascii=False, indent=2
            )
        )
        return 0
    for office in offices:
        parent = f"（親 {office.parent_code}）" if office.parent_code else ""
        print(f"{office.code}  {office.name}{parent}")
    return 0
