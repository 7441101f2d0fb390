-- A leased number's code is made with the field's numbering as it was when leased: a kiosk may have
-- printed A995 before a manager changed the field's prefix to H, and the citizen holds A995. The
-- hand-back records it as such, and the lease's free numbers are looked for under those codes.
ALTER TABLE kiosk_lease ADD COLUMN prefix varchar(2);
ALTER TABLE kiosk_lease ADD COLUMN number_block int;
UPDATE kiosk_lease l SET prefix = f.prefix, number_block = f.number_block FROM field f WHERE f.id = l.field_id;
ALTER TABLE kiosk_lease ADD CONSTRAINT kiosk_lease_numbering CHECK ((prefix IS NULL) <> (number_block IS NULL));
