-- Wrong passwords counted per username and per client address (LoginAttempts), shared by every
-- node of a cluster and kept over a restart: counted in each node's memory, a guesser spread over
-- N nodes got N times the tries, and a restart gave them all back.
CREATE TABLE sign_in_limit (
    kind varchar(8) NOT NULL CHECK (kind IN ('USER', 'ADDRESS')),
    -- the username, lower-cased, or the client address
    key varchar(300) NOT NULL,
    -- failures since the last lock (a username) or in the current window (an address)
    failures integer NOT NULL,
    -- how often a username was locked since its count last started again: each lock doubles
    locks integer NOT NULL,
    -- a username's last failure; an address's window start
    since timestamptz NOT NULL,
    locked_until timestamptz,
    PRIMARY KEY (kind, key)
);
-- the periodic clean-up drops the stale rows (a flood of made-up usernames leaves many)
CREATE INDEX sign_in_limit_since ON sign_in_limit (since);
