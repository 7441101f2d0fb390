-- A counter taken off the floor (a desk removed, one made by mistake). Its row stays, for the
-- tickets served at it and the reports that name its number; retired, it is on no screen, kiosk
-- or list, takes no call, and saving a counter of that number again brings it back.
ALTER TABLE counter ADD COLUMN retired_at timestamptz;
