-- 相談記録 on a PostgreSQL server, step 1 of 2: roles and the database.
-- Run once as a superuser, e.g.  sudo -u postgres psql -v ON_ERROR_STOP=1 -f 01_roles_and_database.sql
-- Replace both passwords first (or set them afterwards with \password).
--
-- counselor_owner owns the database and its tables; it runs the schema upgrades (`counselor init`).
-- counselor_app is what every desk connects as: rows only, no DDL (see 02_grants.sql).

CREATE ROLE counselor_owner LOGIN PASSWORD 'change-me-owner';
CREATE ROLE counselor_app LOGIN PASSWORD 'change-me-app';

-- UTF-8 with a UTF-8 character type: pg_trgm only makes trigrams of Japanese text when
-- LC_CTYPE is a UTF-8 locale (with 'C' the search index stays empty and searches scan).
CREATE DATABASE counselor
    OWNER counselor_owner
    ENCODING 'UTF8'
    LOCALE 'C.UTF-8'
    TEMPLATE template0;

-- Nobody else may connect.
REVOKE ALL ON DATABASE counselor FROM PUBLIC;
GRANT CONNECT ON DATABASE counselor TO counselor_app;
