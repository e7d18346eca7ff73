-- One database and one role per service; each role reaches only its own database.
CREATE ROLE contacts LOGIN PASSWORD 'contacts';
CREATE ROLE portal LOGIN PASSWORD 'portal';
CREATE ROLE notifications LOGIN PASSWORD 'notifications';
CREATE ROLE importer LOGIN PASSWORD 'importer';
CREATE ROLE billing LOGIN PASSWORD 'billing';
CREATE ROLE keycloak LOGIN PASSWORD 'keycloak';
CREATE DATABASE contacts OWNER contacts;
CREATE DATABASE portal OWNER portal;
CREATE DATABASE notifications OWNER notifications;
CREATE DATABASE importer OWNER importer;
CREATE DATABASE billing OWNER billing;
CREATE DATABASE keycloak OWNER keycloak;
REVOKE CONNECT ON DATABASE contacts, portal, notifications, importer, billing, keycloak FROM PUBLIC;
GRANT CONNECT ON DATABASE contacts TO contacts;
GRANT CONNECT ON DATABASE portal TO portal;
GRANT CONNECT ON DATABASE notifications TO notifications;
GRANT CONNECT ON DATABASE importer TO importer;
GRANT CONNECT ON DATABASE billing TO billing;
GRANT CONNECT ON DATABASE keycloak TO keycloak;
\c contacts
CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS citext;
\c portal
CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS citext;
\c notifications
CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS citext;
\c importer
CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS citext;
\c billing
CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS citext;
