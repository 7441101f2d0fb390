-- When a counter last changed state (opened, paused, closed): a counter still open long after its
-- center closed, with nobody called at it for an hour, was left open by an officer who went
-- home, and is closed by LeftOpenCounters so that the next morning's kiosks and hall do not count
-- it as serving. Counters open now count from this migration.
ALTER TABLE counter ADD COLUMN state_since timestamptz NOT NULL DEFAULT now();
