-- Pairing a device with a one-time code: the device asks for a code and shows it; an admin types
-- it in and chooses what the device is; the device then collects its token, once. Codes live ten
-- minutes. The device proves it is the one that asked with a secret only it knows (hashed here).
CREATE TABLE pairing (
    code         char(6)     PRIMARY KEY,
    secret_hash  char(64)    NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    device_id    bigint REFERENCES device (id),
    token        varchar(64)
);

-- Where the bridge finds a counter's LED number display (e.g. "modbus:3", "tcp:10.0.0.7:4001").
ALTER TABLE counter ADD COLUMN display_address varchar(40);
