-- The client address that asked for a pairing code: each address keeps only its newest few
-- codes waiting, so one machine flooding the public request cannot fill the list every new
-- screen of the province needs a code from.
ALTER TABLE pairing ADD COLUMN address varchar(64);
