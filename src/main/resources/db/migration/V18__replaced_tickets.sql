-- An online ticket that a hand-back cancels (its kiosk gave up on the answer and gave the citizen
-- an offline number) was never a citizen's: it names the offline ticket that replaced it, and the
-- reports leave it out, so the citizen counts as one arrival, not an arrival and a cancellation.
-- Checked at commit: the twin is cancelled before the offline ticket is inserted.
ALTER TABLE ticket ADD COLUMN replaced_by uuid REFERENCES ticket (id) DEFERRABLE INITIALLY DEFERRED;
