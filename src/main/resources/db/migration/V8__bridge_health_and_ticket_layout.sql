-- A bridge's whole health report (every printer and LED display it drives), as it last sent it:
-- managers see it in the device list. A printer whose roll runs low still prints (PAPER_LOW).
ALTER TABLE device
    ADD COLUMN health jsonb,
    DROP CONSTRAINT device_printer_state_check,
    ADD CONSTRAINT device_printer_state_check
        CHECK (printer_state IN ('READY', 'PAPER_LOW', 'OUT_OF_PAPER', 'OFFLINE', 'ERROR'));

-- What a center adds to its paper tickets: a logo and its own lines above and below. One row per
-- center that changed the default; the logo is kept as the PNG or JPEG it was uploaded as.
CREATE TABLE ticket_layout (
    center_id   bigint      PRIMARY KEY REFERENCES center (id),
    header      text        NOT NULL DEFAULT '',
    footer      text        NOT NULL DEFAULT '',
    logo        bytea,
    updated_at  timestamptz NOT NULL
);
