-- Kiosks: the days a center opens (ISO day numbers, Monday = 1), the printer (a bridge) that
-- serves a kiosk and what the bridge last said about it, and one print job per printed ticket.
ALTER TABLE center
    ADD COLUMN open_days varchar(13) NOT NULL DEFAULT '1,2,3,4,5'
        CHECK (open_days ~ '^[1-7](,[1-7]){0,6}$');

ALTER TABLE device
    ADD COLUMN printer_id       bigint REFERENCES device (id),
    ADD COLUMN printer_state    varchar(16) CHECK (printer_state IN ('READY', 'OUT_OF_PAPER', 'OFFLINE', 'ERROR')),
    ADD COLUMN printer_state_at timestamptz;

CREATE TABLE print_job (
    id          uuid        PRIMARY KEY,
    center_id   bigint      NOT NULL REFERENCES center (id),
    ticket_id   uuid        NOT NULL REFERENCES ticket (id),
    -- the kiosk the ticket was taken at, and the bridge that prints for it (null: none paired)
    kiosk_id    bigint REFERENCES device (id),
    printer_id  bigint REFERENCES device (id),
    payload     jsonb       NOT NULL,
    state       varchar(16) NOT NULL CHECK (state IN ('PENDING', 'PRINTED', 'FAILED', 'NO_PRINTER')),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX print_job_waiting ON print_job (printer_id, created_at) WHERE state = 'PENDING';
CREATE INDEX print_job_ticket ON print_job (ticket_id);

-- What the guidance officer noted about a priority (e.g. "đi nạng", on crutches): staff see it,
-- screens and the public never do.
ALTER TABLE ticket ADD COLUMN priority_note varchar(200);
