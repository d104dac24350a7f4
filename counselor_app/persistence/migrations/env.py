"""Alembic environment: runs on the connection handed over by persistence.migrate."""

from alembic import context
from sqlmodel import SQLModel

from counselor_app.persistence import tables  # noqa: F401 - registers the tables on the metadata
from counselor_app.persistence.migrate import include_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_object=include_object,
    # Each migration commits on its own, so an interrupted upgrade stops at a
    # known revision instead of half-way through one.
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
