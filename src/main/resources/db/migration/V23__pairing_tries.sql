-- A manager's wrong pairing codes (PairingClaims) are counted here too, for every node: counted in
-- each node's memory, a script whose claims a load balancer spread over N nodes got N times the
-- tries at the six-digit codes of the screens being set up, and a restart gave them all back.
-- A PAIRING row: key is the signed-in username, failures the wrong codes in the window that
-- started at since; locks and locked_until are unused (the window's end is the lock).
ALTER TABLE sign_in_limit DROP CONSTRAINT sign_in_limit_kind_check;
ALTER TABLE sign_in_limit ADD CONSTRAINT sign_in_limit_kind_check CHECK (kind IN ('USER', 'ADDRESS', 'PAIRING'));
