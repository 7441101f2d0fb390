-- Numbers a kiosk may issue on its own while the server is out of reach (a remote commune's link
-- fails more often than its kiosk). They are taken from the top of the field's day, 990-999 first,
-- so they never meet the numbers issued online from 1 upwards.

-- the lowest number leased to kiosks for the field's day; null while none is
ALTER TABLE ticket_number ADD COLUMN lease_floor int;

CREATE TABLE kiosk_lease (
    id            bigserial    PRIMARY KEY,
    device_id     bigint       NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    field_id      bigint       NOT NULL REFERENCES field (id),
    service_day   date         NOT NULL,
    first_number  int          NOT NULL,
    last_number   int          NOT NULL,
    created_at    timestamptz  NOT NULL
);

CREATE INDEX kiosk_lease_device_day_idx ON kiosk_lease (device_id, service_day);
