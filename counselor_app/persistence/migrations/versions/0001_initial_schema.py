"""initial schema: the whole data model of DESIGN.md §3

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=True),
        sa.Column("detail", sa.String(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "bundle_import",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )
    op.create_table(
        "business",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("normalized_key", sa.String(), nullable=False),
        sa.Column("corporate_number", sa.String(length=13), nullable=True),
        sa.Column("phones", sa.JSON(), nullable=False),
        sa.Column("addresses", sa.JSON(), nullable=False),
        sa.Column("urls", sa.JSON(), nullable=False),
        sa.Column("sector", sa.String(length=32), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["business.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("business", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_business_corporate_number"), ["corporate_number"], unique=False)
        batch_op.create_index("ix_business_normalized_key", ["normalized_key"], unique=False)

    op.create_table(
        "case_number_counter",
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("office_code", "fiscal_year"),
    )
    op.create_table(
        "directory_entry",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("parent", sa.String(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("hours", sa.String(), nullable=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("contact_note", sa.String(), nullable=True),
        sa.Column("regime", sa.String(length=16), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("successor_id", sa.String(length=64), nullable=True),
        sa.Column("legal_basis", sa.String(), nullable=True),
        sa.Column("legal_basis_2005", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("local", sa.Boolean(), nullable=False),
        sa.Column("office_code", sa.String(length=16), nullable=True),
        sa.Column("annotation", sa.String(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "office",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("parent_code", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_uuid", sa.String(length=36), nullable=False),
        sa.Column("peer_office", sa.String(length=16), nullable=False),
        sa.Column("theirs", sa.JSON(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_case_uuid"), ["case_uuid"], unique=False)

    op.create_table(
        "sync_peer_state",
        sa.Column("case_uuid", sa.String(length=36), nullable=False),
        sa.Column("peer_office", sa.String(length=16), nullable=False),
        sa.Column("exchanged_version", sa.Integer(), nullable=False),
        sa.Column("exchanged_hash", sa.String(length=64), nullable=False),
        sa.Column("exchanged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("case_uuid", "peer_office"),
    )
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_code"],
            ["office.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("login"),
    )
    op.create_table(
        "business_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("business_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(), nullable=False),
        sa.Column("normalized_key", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["business.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("business_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_business_alias_business_id"), ["business_id"], unique=False)
        batch_op.create_index("ix_business_alias_key", ["normalized_key"], unique=False)

    op.create_table(
        "business_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kept_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("moved_case_ids", sa.JSON(), nullable=False),
        sa.Column("moved_alias_ids", sa.JSON(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by", sa.String(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kept_id"],
            ["business.id"],
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"],
            ["business.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "case_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("case_no", sa.String(length=32), nullable=True),
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=True),
        sa.Column("category", sa.String(length=8), nullable=True),
        sa.Column("harm", sa.Boolean(), nullable=False),
        sa.Column("danger", sa.Boolean(), nullable=False),
        sa.Column("via_center", sa.Boolean(), nullable=False),
        sa.Column("party_same_as_consultant", sa.Boolean(), nullable=False),
        sa.Column("business_id", sa.Integer(), nullable=True),
        sa.Column("business_name", sa.String(), nullable=True),
        sa.Column("product", sa.String(length=8), nullable=True),
        sa.Column("sales_form", sa.String(length=8), nullable=True),
        sa.Column("payment", sa.String(length=8), nullable=True),
        sa.Column("contract_amount", sa.BigInteger(), nullable=True),
        sa.Column("paid_amount", sa.BigInteger(), nullable=True),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("result", sa.String(length=8), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("counselor", sa.String(length=64), nullable=True),
        sa.Column("approved_by", sa.String(length=64), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("review_comment", sa.String(), nullable=True),
        sa.Column("related_case_uuid", sa.String(length=36), nullable=True),
        sa.Column("classification_version", sa.String(length=16), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["business.id"],
        ),
        sa.ForeignKeyConstraint(
            ["office_code"],
            ["office.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_no"),
        sa.UniqueConstraint("office_code", "fiscal_year", "seq", name="uq_case_office_year_seq"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.create_index("ix_case_business", ["business_id"], unique=False)
        batch_op.create_index("ix_case_counselor", ["counselor"], unique=False)
        batch_op.create_index("ix_case_office_received", ["office_code", "received_at"], unique=False)
        batch_op.create_index("ix_case_product", ["product"], unique=False)
        batch_op.create_index("ix_case_received_at", ["received_at"], unique=False)
        batch_op.create_index("ix_case_status_received", ["status", "received_at"], unique=False)

    op.create_table(
        "case_keyword",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
        ),
        sa.PrimaryKeyConstraint("case_id", "code"),
    )
    op.create_table(
        "case_method",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
        ),
        sa.PrimaryKeyConstraint("case_id", "code"),
    )
    op.create_table(
        "case_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("comment", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_review_case_id"), ["case_id"], unique=False)

    op.create_table(
        "draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draft_key", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("draft_key"),
    )
    op.create_table(
        "handling_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("counterpart", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("handling_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handling_entry_case_id"), ["case_id"], unique=False)

    op.create_table(
        "party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("name_kana", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("postal_code", sa.String(), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("age_band", sa.String(length=8), nullable=True),
        sa.Column("gender", sa.String(length=8), nullable=True),
        sa.Column("occupation", sa.String(length=8), nullable=True),
        sa.Column("relation", sa.String(length=8), nullable=True),
        sa.Column("prefecture", sa.String(length=8), nullable=True),
        sa.Column("municipality", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "role", name="uq_party_case_role"),
    )
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_party_case_id"), ["case_id"], unique=False)

    op.create_table(
        "pi_assessment",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("related", sa.String(length=12), nullable=False),
        sa.Column("issues", sa.JSON(), nullable=False),
        sa.Column("holder", sa.String(length=16), nullable=True),
        sa.Column("sector", sa.String(length=32), nullable=True),
        sa.Column("regime", sa.String(length=16), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("cues", sa.JSON(), nullable=False),
        sa.Column("suggested_related", sa.Boolean(), nullable=True),
        sa.Column("suggested_issues", sa.JSON(), nullable=False),
        sa.Column("suggested_holder", sa.String(length=16), nullable=True),
        sa.Column("overridden", sa.Boolean(), nullable=False),
        sa.Column("assessed_at", sa.DateTime(), nullable=True),
        sa.Column("assessed_by", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
        ),
        sa.PrimaryKeyConstraint("case_id"),
    )
    with op.batch_alter_table("pi_assessment", schema=None) as batch_op:
        batch_op.create_index("ix_pi_related", ["related"], unique=False)

    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("destination_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=True),
        sa.Column("reason", sa.String(), nullable=True),
        sa.Column("consent", sa.Boolean(), nullable=True),
        sa.Column("consent_at", sa.Date(), nullable=True),
        sa.Column("consent_scope", sa.JSON(), nullable=False),
        sa.Column("shared_fields", sa.JSON(), nullable=False),
        sa.Column("request", sa.String(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reply_text", sa.String(), nullable=True),
        sa.Column("reply_date", sa.Date(), nullable=True),
        sa.Column("created_by", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
        ),
        sa.ForeignKeyConstraint(
            ["destination_id"],
            ["directory_entry.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_case_id"), ["case_id"], unique=False)
        batch_op.create_index("ix_referral_status_due", ["status", "due_date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index("ix_referral_status_due")
        batch_op.drop_index(batch_op.f("ix_referral_case_id"))

    op.drop_table("referral")
    with op.batch_alter_table("pi_assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_pi_related")

    op.drop_table("pi_assessment")
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_party_case_id"))

    op.drop_table("party")
    with op.batch_alter_table("handling_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handling_entry_case_id"))

    op.drop_table("handling_entry")
    op.drop_table("draft")
    with op.batch_alter_table("case_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_review_case_id"))

    op.drop_table("case_review")
    op.drop_table("case_method")
    op.drop_table("case_keyword")
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.drop_index("ix_case_status_received")
        batch_op.drop_index("ix_case_received_at")
        batch_op.drop_index("ix_case_product")
        batch_op.drop_index("ix_case_office_received")
        batch_op.drop_index("ix_case_counselor")
        batch_op.drop_index("ix_case_business")

    op.drop_table("case_record")
    op.drop_table("business_merge")
    with op.batch_alter_table("business_alias", schema=None) as batch_op:
        batch_op.drop_index("ix_business_alias_key")
        batch_op.drop_index(batch_op.f("ix_business_alias_business_id"))

    op.drop_table("business_alias")
    op.drop_table("app_user")
    op.drop_table("sync_peer_state")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_case_uuid"))

    op.drop_table("sync_conflict")
    op.drop_table("setting")
    op.drop_table("office")
    op.drop_table("directory_entry")
    op.drop_table("case_number_counter")
    with op.batch_alter_table("business", schema=None) as batch_op:
        batch_op.drop_index("ix_business_normalized_key")
        batch_op.drop_index(batch_op.f("ix_business_corporate_number"))

    op.drop_table("business")
    op.drop_table("bundle_import")
    op.drop_table("audit_event")
