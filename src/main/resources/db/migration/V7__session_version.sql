-- Signing out ends every session of the user: a session carries the version it was opened with,
-- and signing out moves the version on (a copied cookie dies with it).
ALTER TABLE app_user ADD COLUMN session_version int NOT NULL DEFAULT 0;
