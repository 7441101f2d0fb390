-- The id a kiosk gives each ticket request. A kiosk that waits too long for an answer gives the
-- citizen a leased number instead (see KioskLeases), while the request it gave up on may still
-- commit: a second ticket, printed for nobody, that a counter would call and wait for. The offline
-- ticket carries the same id when it is handed back. Whichever of the two is written first claims
-- the id here: a late online request is then refused, and an online ticket written first is
-- cancelled by the hand-back if it still waits.
CREATE TABLE ticket_request (
    center_id   bigint       NOT NULL REFERENCES center (id),
    request_id  varchar(64)  NOT NULL,
    -- checked at commit: a hand-back claims the id before it inserts its ticket
    ticket_id   uuid         NOT NULL REFERENCES ticket (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (center_id, request_id)
);
