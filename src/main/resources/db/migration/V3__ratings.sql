-- The citizen's satisfaction with a served ticket, given on the counter's screen: one per ticket.
-- The ticket already names its counter and officer, which is what reports group by.
ALTER TABLE ticket
    ADD COLUMN rating   varchar(16) CHECK (rating IN ('VERY_SATISFIED', 'SATISFIED', 'UNSATISFIED')),
    ADD COLUMN rated_at timestamptz;
