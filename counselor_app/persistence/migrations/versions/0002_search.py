"""Full-text search: folded text and n-grams per case (case_search_text), FTS5 on SQLite, pg_trgm/GIN on PostgreSQL; narrow live-case index

Revision ID: 0002_search
Revises: 0001
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from counselor_app.domain.search import char_ngrams, index_text

revision: str = "0002_search"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5_000

_SQLITE_TRIGGERS = (
    """CREATE TRIGGER case_search_ai AFTER INSERT ON case_search_text BEGIN
         INSERT INTO case_fts_tri(rowid, search_text) VALUES (new.case_id, new.search_text);
         INSERT INTO case_fts_ngram(rowid, search_ngrams) VALUES (new.case_id, new.search_ngrams);
       END""",
    """CREATE TRIGGER case_search_ad AFTER DELETE ON case_search_text BEGIN
         INSERT INTO case_fts_tri(case_fts_tri, rowid, search_text) VALUES ('delete', old.case_id, old.search_text);
         INSERT INTO case_fts_ngram(case_fts_ngram, rowid, search_ngrams) VALUES ('delete', old.case_id, old.search_ngrams);
       END""",
    """CREATE TRIGGER case_search_au AFTER UPDATE ON case_search_text BEGIN
         INSERT INTO case_fts_tri(case_fts_tri, rowid, search_text) VALUES ('delete', old.case_id, old.search_text);
         INSERT INTO case_fts_ngram(case_fts_ngram, rowid, search_ngrams) VALUES ('delete', old.case_id, old.search_ngrams);
         INSERT INTO case_fts_tri(rowid, search_text) VALUES (new.case_id, new.search_text);
         INSERT INTO case_fts_ngram(rowid, search_ngrams) VALUES (new.case_id, new.search_ngrams);
       END""",
)


def _backfill() -> None:
    """Compute the search text of existing cases (subject, narrative, business, handling log)."""
    bind = op.get_bind()
    last_id = 0
    while True:
        rows = bind.execute(
            sa.text(
                "SELECT id, subject, narrative, business_name FROM case_record WHERE id > :last ORDER BY id LIMIT :n"
            ),
            {"last": last_id, "n": _BATCH},
        ).fetchall()
        if not rows:
            return
        ids = [row[0] for row in rows]
        handling: dict[int, list[str]] = {}
        for case_id, text in bind.execute(
            sa.text("SELECT case_id, text FROM handling_entry WHERE case_id >= :low AND case_id <= :high ORDER BY id"),
            {"low": ids[0], "high": ids[-1]},
        ):
            handling.setdefault(case_id, []).append(text)
        values = []
        for case_id, subject, narrative, business in rows:
            folded = index_text([subject, narrative, business, *handling.get(case_id, [])])
            values.append({"id": case_id, "t": folded, "n": char_ngrams(folded)})
        bind.execute(
            sa.text("INSERT INTO case_search_text (case_id, search_text, search_ngrams) VALUES (:id, :t, :n)"), values
        )
        last_id = ids[-1]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "case_search_text",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("search_ngrams", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"]),
        sa.PrimaryKeyConstraint("case_id"),
    )
    with op.batch_alter_table("case_record", recreate="never") as batch_op:
        batch_op.drop_index("ix_case_received_at")
        batch_op.create_index("ix_case_live", ["deleted_at", "received_at"], unique=False)
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE case_fts_tri USING fts5("
            "search_text, content='case_search_text', content_rowid='case_id', tokenize='trigram')"
        )
        op.execute(
            "CREATE VIRTUAL TABLE case_fts_ngram USING fts5("
            "search_ngrams, content='case_search_text', content_rowid='case_id', tokenize='unicode61 remove_diacritics 0')"
        )
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)
        _backfill()
    else:
        _backfill()
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_case_search_trgm ON case_search_text USING gin (search_text gin_trgm_ops)")
        op.execute(
            "CREATE INDEX ix_case_search_ngrams ON case_search_text USING gin ((string_to_array(search_ngrams, ' ')))"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("case_search_ai", "case_search_ad", "case_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS case_fts_tri")
        op.execute("DROP TABLE IF EXISTS case_fts_ngram")
    op.drop_table("case_search_text")
    with op.batch_alter_table("case_record", recreate="never") as batch_op:
        batch_op.drop_index("ix_case_live")
        batch_op.create_index("ix_case_received_at", ["received_at"], unique=False)
