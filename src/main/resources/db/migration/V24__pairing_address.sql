-- The client address that asked for a pairing code: when the list of waiting codes is full, the
-- address holding the most gives up its oldest, so one machine flooding the public request cannot
-- keep the province's new screens from a code.
ALTER TABLE pairing ADD COLUMN address varchar(64);
