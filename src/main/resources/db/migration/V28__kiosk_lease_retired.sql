-- A kiosk that asks for its lease holding no record of today's numbers (its browser's storage
-- emptied, or restored from an older day) may have given some of them on paper or on screen:
-- those blocks are retired, never offered again, and it gets a new block. A retired block's
-- numbers are still taken back, should a copy of the kiosk that kept them hand them in.
ALTER TABLE kiosk_lease ADD COLUMN retired_at timestamptz;
