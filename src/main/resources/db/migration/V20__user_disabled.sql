-- An account can be switched off (an officer who left, a lost phone) without deleting it: its
-- name stays in the audit log and the day's figures, and it can be switched on again.
ALTER TABLE app_user ADD COLUMN disabled boolean NOT NULL DEFAULT false;
