-- When a device's last socket on a node closed. A screen switched off or a bridge that died used to
-- read as online until its last sighting was 2½ minutes old; a device is now offline once it has
-- left after it was last seen, and online again when it connects after that.
ALTER TABLE device ADD COLUMN left_at timestamptz;
