-- Taking a counter off the floor, or bringing it back, changes what every screen and kiosk lists:
-- the layout's version moves with retired_at too, not only because the counter's fields go with it.
DROP TRIGGER counter_changed_layout ON counter;
CREATE TRIGGER counter_changed_layout AFTER UPDATE ON counter
    FOR EACH ROW WHEN ((OLD.number, OLD.label, OLD.state, OLD.display_address, OLD.retired_at)
                       IS DISTINCT FROM (NEW.number, NEW.label, NEW.state, NEW.display_address, NEW.retired_at))
    EXECUTE FUNCTION layout_changed_by_center();
