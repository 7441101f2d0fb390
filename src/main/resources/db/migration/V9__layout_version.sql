-- A center's layout (its fields, counters and what they serve, priority groups, counter states)
-- changes rarely but is read by every action on the floor. Servers keep it in memory and check
-- this number, read with the center, to know their copy is current: every change to the layout
-- bumps it in the changing transaction, on whichever node made it.
ALTER TABLE center ADD COLUMN layout_version bigint NOT NULL DEFAULT 0;

CREATE FUNCTION bump_layout_version(changed_center bigint) RETURNS void LANGUAGE sql AS
    'UPDATE center SET layout_version = layout_version + 1 WHERE id = $1';

CREATE FUNCTION layout_changed_by_center() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM bump_layout_version(CASE WHEN TG_OP = 'DELETE' THEN OLD.center_id ELSE NEW.center_id END);
    RETURN NULL;
END $$;

CREATE FUNCTION layout_changed_by_counter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM bump_layout_version(c.center_id) FROM counter c
        WHERE c.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.counter_id ELSE NEW.counter_id END;
    RETURN NULL;
END $$;

CREATE TRIGGER field_layout AFTER INSERT OR UPDATE OR DELETE ON field
    FOR EACH ROW EXECUTE FUNCTION layout_changed_by_center();
CREATE TRIGGER priority_group_layout AFTER INSERT OR UPDATE OR DELETE ON priority_group
    FOR EACH ROW EXECUTE FUNCTION layout_changed_by_center();
CREATE TRIGGER counter_added_layout AFTER INSERT OR DELETE ON counter
    FOR EACH ROW EXECUTE FUNCTION layout_changed_by_center();
-- a call updates its counter (the officer, the priority ratio count) without changing the layout
CREATE TRIGGER counter_changed_layout AFTER UPDATE ON counter
    FOR EACH ROW WHEN ((OLD.number, OLD.label, OLD.state, OLD.display_address)
                       IS DISTINCT FROM (NEW.number, NEW.label, NEW.state, NEW.display_address))
    EXECUTE FUNCTION layout_changed_by_center();
CREATE TRIGGER counter_field_layout AFTER INSERT OR UPDATE OR DELETE ON counter_field
    FOR EACH ROW EXECUTE FUNCTION layout_changed_by_counter();
