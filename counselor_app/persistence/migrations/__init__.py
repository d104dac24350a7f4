"""Alembic migration scripts; run programmatically by persistence.migrate at start-up."""
