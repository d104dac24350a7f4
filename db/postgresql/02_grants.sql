-- 相談記録 on a PostgreSQL server, step 2 of 2: what the desks' role may do.
-- Run as counselor_owner in the database AFTER the schema exists (`counselor --db postgresql://counselor_owner@…/counselor init`):
--   psql "postgresql://counselor_owner@db.example.lg.jp/counselor?sslmode=verify-full" -v ON_ERROR_STOP=1 -f 02_grants.sql
-- Run it again after every upgrade that adds tables (the default privileges below cover most of that).

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO counselor_app;

-- Rows, not the schema.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO counselor_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO counselor_app;

-- The audit trails are append-only for the desks (the head row moves with every append).
REVOKE UPDATE, DELETE ON audit_event, imported_audit_event FROM counselor_app;
-- Only the owner stamps schema revisions.
REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM counselor_app;

-- Tables created by later upgrades.
ALTER DEFAULT PRIVILEGES FOR ROLE counselor_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO counselor_app;
ALTER DEFAULT PRIVILEGES FOR ROLE counselor_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO counselor_app;
