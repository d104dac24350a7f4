"""The only package that touches SQLModel/SQLAlchemy: engine, tables, repositories, migrations."""
