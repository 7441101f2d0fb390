-- A center's closed dates: public holidays (Tết, Giỗ Tổ Hùng Vương, 30/4, 1/5, 2/9), a day of
-- training or of moving house. The center is closed all that (local) day, whatever its weekdays.
-- Past dates are kept, not pruned: they are the record of why a working day had no ticket, and a
-- center closes some 10–20 days a year, so the list stays short.
CREATE TABLE center_closed_day (
    id         bigserial   PRIMARY KEY,
    center_id  bigint      NOT NULL REFERENCES center (id),
    day        date        NOT NULL,
    reason     text,
    UNIQUE (center_id, day)
);

-- Every read of a center (a kiosk ticket, the floor snapshot, the counters left open…) judges
-- whether it is open now: the dates ride on the center's row, as "2027-02-16,2027-02-17", so no
-- reader can forget to load them. Kept by the database itself, in the changing transaction.
ALTER TABLE center ADD COLUMN closed_days text NOT NULL DEFAULT '';

CREATE FUNCTION closed_days_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.center_id ELSE NEW.center_id END;
BEGIN
    UPDATE center SET closed_days = coalesce(
        (SELECT string_agg(to_char(day, 'YYYY-MM-DD'), ',' ORDER BY day) FROM center_closed_day WHERE center_id = changed), '')
        WHERE id = changed;
    RETURN NULL;
END $$;

CREATE TRIGGER center_closed_days AFTER INSERT OR UPDATE OR DELETE ON center_closed_day
    FOR EACH ROW EXECUTE FUNCTION closed_days_changed();
