-- The field whose numbering made a ticket's code. field_id moves with a transfer; this does not.
-- A field may take a prefix (or number block) during the day only if no other field's numbering
-- made a code it could make again (TodaysCodes): a ticket sent on to another field still counts
-- for the field that gave it. Tickets from before this column read as their field_id, which is
-- right for every ticket never transferred; NULL there keeps this ALTER instant on a big table.
ALTER TABLE ticket ADD COLUMN issued_field_id bigint;
