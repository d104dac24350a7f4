"""security: account lockout time, audit lookups by record, and the audit chain's head

Revision ID: 0003_security
Revises: 0002_search
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_security"
down_revision: str | None = "0002_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
    op.create_index("ix_audit_entity", "audit_event", ["entity", "entity_id"], unique=False)
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    # Anchor an existing trail at its newest event, so later deletions at the end show.
    op.execute(
        "INSERT INTO audit_head (id, seq, hash) "
        "SELECT 1, seq, hash FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)"
    )


def downgrade() -> None:
    op.drop_table("audit_head")
    op.drop_index("ix_audit_entity", table_name="audit_event")
    with op.batch_alter_table("app_user") as batch:
        batch.drop_column("locked_until")
