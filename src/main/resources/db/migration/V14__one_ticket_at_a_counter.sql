-- One citizen at a counter at a time, held by the database and not only by the call's checks:
-- at most one ticket of a service day is called or served at each counter. A ticket left at a
-- counter when its day ended does not hold the counter on the next day.
--
-- Before this index, two "Next" pressed at once could call two citizens to one counter (the
-- check read a snapshot older than the lock it waited for). Such pairs are settled first: the
-- one called last is the one the officer went on with; the others are marked not shown.
UPDATE ticket t SET state = 'NO_SHOW', finished_at = COALESCE(t.finished_at, t.called_at), version = t.version + 1
    WHERE t.state IN ('CALLED', 'SERVING')
      AND EXISTS (SELECT 1 FROM ticket later
                  WHERE later.counter_id = t.counter_id AND later.service_day = t.service_day
                    AND later.state IN ('CALLED', 'SERVING')
                    AND (later.called_at, later.id) > (t.called_at, t.id));

DROP INDEX ticket_counter_idx;
CREATE UNIQUE INDEX ticket_at_counter_idx ON ticket (counter_id, service_day) WHERE state IN ('CALLED', 'SERVING');
