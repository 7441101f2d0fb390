-- A ticket's language is the voice pack the kiosk speaks, which may be a tag like zh-Hant: room
-- for a language tag of a language and up to three subtags.
ALTER TABLE ticket ALTER COLUMN language TYPE varchar(35);
