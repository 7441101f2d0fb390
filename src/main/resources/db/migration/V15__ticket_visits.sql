-- A transfer takes a ticket from the counter that called it (and perhaps served it for a while)
-- and sends it to wait again; the ticket row then holds only its last visit. Each visit a
-- transfer ends is kept here, so the first counter's and officer's work stays in the figures, and
-- the citizen's wait is counted from the issue to the first call, each later wait from its transfer.
CREATE TABLE ticket_visit (
    ticket_id    uuid         NOT NULL REFERENCES ticket (id),
    center_id    bigint       NOT NULL REFERENCES center (id),
    service_day  date         NOT NULL,
    -- the field the ticket was in during the visit, before the transfer
    field_id     bigint       NOT NULL REFERENCES field (id),
    counter_id   bigint       NOT NULL REFERENCES counter (id),
    officer      varchar(64),
    called_at    timestamptz  NOT NULL,
    started_at   timestamptz,
    ended_at     timestamptz  NOT NULL
);

CREATE INDEX ticket_visit_day_idx ON ticket_visit (center_id, service_day);
CREATE INDEX ticket_visit_ticket_idx ON ticket_visit (ticket_id);
