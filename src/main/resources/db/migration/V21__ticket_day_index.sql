-- The province's and the country's reports ask for every center over some days: with only
-- (center_id, service_day, code) to go by, that read the whole ticket history. Neither column
-- ever changes on a ticket, so its state changes stay heap-only updates.
CREATE INDEX ticket_day_idx ON ticket (service_day, center_id);
